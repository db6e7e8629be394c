// Command-line options of the soak: --users N --seconds S --port P --seed N --max-actions N.
import { ArgsError, parseCommandLine } from '../../tools/shared/args';
import type { SoakOptions } from './run';

export const USAGE =
  'Usage: npx tsx preview/soak/soak.ts [--users 20] [--seconds 20] [--port 0] [--seed 1] [--max-actions 100000]';

const LIMITS: Record<keyof SoakOptions, [string, number, number]> = {
  users: ['--users', 1, 200],
  seconds: ['--seconds', 1, 600],
  port: ['--port', 0, 65535],
  seed: ['--seed', 0, 2 ** 31 - 1],
  maxActions: ['--max-actions', 1, 10_000_000]
};

/** Parses the soak's arguments; throws with the usage line on anything unknown or out of range. */
export function parseSoakArgs(argv: string[]): SoakOptions {
  const options: SoakOptions = { users: 20, seconds: 20, port: 0, seed: 1, maxActions: 100_000 };
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseCommandLine(
      argv,
      Object.fromEntries(
        Object.values(LIMITS).map(([flag]) => [flag.slice(2), { type: 'string' as const }])
      )
    ));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    if (error.kind === 'missing') throw new Error(`${error.flag} needs a value\n${USAGE}`);
    throw new Error(`Unknown option ${error.flag}\n${USAGE}`);
  }
  for (const key of Object.keys(LIMITS) as (keyof SoakOptions)[]) {
    const [flag, min, max] = LIMITS[key];
    const raw = values[flag.slice(2)];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new Error(`${flag} takes a whole number from ${min} to ${max}, got ${raw}\n${USAGE}`);
    }
    options[key] = n;
  }
  return options;
}
