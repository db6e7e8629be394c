// Command-line arguments of the sample-data CLI (see cli.ts).
import { ArgsError, parseCommandLine } from '../args';
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
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseCommandLine(argv, {
      gaps: { type: 'string' },
      submissions: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      tree: { type: 'string' },
      'as-of': { type: 'string' },
      revisions: { type: 'string' }
    }));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    if (error.kind === 'missing') throw new Error(`${error.flag} needs a value\n${USAGE}`);
    throw new Error(`Unknown argument "${error.flag}"\n${USAGE}`);
  }
  const int = (flag: string, fallback: number) => {
    const raw = values[flag.slice(2)];
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`${flag} must be a whole number, got "${raw}"`);
    return Number(raw);
  };
  const out = values.out ?? null;
  const tree = values.tree ?? null;
  if (!out && !tree) throw new Error(`Nothing to write: give --out and/or --tree\n${USAGE}`);
  return {
    options: {
      seed: int('--seed', 42),
      gaps: int('--gaps', SMALL_SIZES.gaps),
      submissions: int('--submissions', SMALL_SIZES.submissions),
      revisions: int('--revisions', 3),
      asOf: values['as-of']
    },
    out,
    tree
  };
}
