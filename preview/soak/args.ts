// Command-line options of the soak: --users N --seconds S --port P --seed N --max-actions N.
import type { SoakOptions } from './run';

export const USAGE =
  'Usage: npx tsx preview/soak/soak.ts [--users 20] [--seconds 20] [--port 0] [--seed 1] [--max-actions 100000]';

const LIMITS: Record<string, [keyof SoakOptions, number, number]> = {
  '--users': ['users', 1, 200],
  '--seconds': ['seconds', 1, 600],
  '--port': ['port', 0, 65535],
  '--seed': ['seed', 0, 2 ** 31 - 1],
  '--max-actions': ['maxActions', 1, 10_000_000]
};

/** Parses the soak's arguments; throws with the usage line on anything unknown or out of range. */
export function parseSoakArgs(argv: string[]): SoakOptions {
  const options: SoakOptions = { users: 20, seconds: 20, port: 0, seed: 1, maxActions: 100_000 };
  for (let i = 0; i < argv.length; i += 2) {
    const limit = LIMITS[argv[i]];
    if (!limit) throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    const [key, min, max] = limit;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new Error(
        `${argv[i]} takes a whole number from ${min} to ${max}, got ${argv[i + 1]}\n${USAGE}`
      );
    }
    options[key] = n;
  }
  return options;
}
