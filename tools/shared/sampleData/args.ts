// Command-line arguments of the sample-data CLI (see cli.ts).
import { SMALL_SIZES, type GenerateOptions } from './generate';

const USAGE = `Usage: npx tsx tools/shared/sampleData/cli.ts [--gaps N] [--submissions N] [--seed N]
         [--as-of ISO-date] [--revisions 0-3] (--out file.json | --tree dir/)...
Defaults: --gaps ${SMALL_SIZES.gaps} --submissions ${SMALL_SIZES.submissions} --seed 42 --revisions 3.`;

export interface CliArgs {
  options: GenerateOptions;
  out: string | null;
  tree: string | null;
}

/** Parses argv (without node and script); throws Error with a usage message on bad input. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const known = [
      '--gaps',
      '--submissions',
      '--seed',
      '--out',
      '--tree',
      '--as-of',
      '--revisions'
    ];
    if (!known.includes(flag)) throw new Error(`Unknown argument "${flag}"\n${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new Error(`${flag} needs a value\n${USAGE}`);
    values.set(flag, value);
    i++;
  }
  const int = (flag: string, fallback: number) => {
    const raw = values.get(flag);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`${flag} must be a whole number, got "${raw}"`);
    return Number(raw);
  };
  const out = values.get('--out') ?? null;
  const tree = values.get('--tree') ?? null;
  if (!out && !tree) throw new Error(`Nothing to write: give --out and/or --tree\n${USAGE}`);
  return {
    options: {
      seed: int('--seed', 42),
      gaps: int('--gaps', SMALL_SIZES.gaps),
      submissions: int('--submissions', SMALL_SIZES.submissions),
      revisions: int('--revisions', 3),
      asOf: values.get('--as-of')
    },
    out,
    tree
  };
}
