import { parseMethod, parseWeights } from 'c/gapRanking';
import type {
  RankingMethod,
  Weights
} from 'c/gapRanking';
import { CliInputError } from './errors';

export interface CliOptions {
  file: string;
  method: RankingMethod;
  weights: Weights;
  top: number;
  seed: number;
  json: boolean;
}

export const USAGE = `Usage: npx tsx scripts/rank/cli.ts <file> [--method borda|rrf|pareto|score]
         [--weights arr=1,accounts=1,strategic=1,p0=1,tam=0,lost=0] [--top 10] [--seed N] [--json]
<file>: submission rows (CSV or JSON array, see examples/README.md) or a metric table {"gaps":[...]}.`;

function integer(flag: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^-?\d+$/.test(value.trim()) || Number(value) < min) {
    throw new CliInputError(
      `${flag} expects an integer >= ${min}, got ${value === undefined ? 'nothing' : `"${value}"`}`
    );
  }
  return Number(value);
}

/** Parses CLI arguments (`--flag value` or `--flag=value`); null for --help; CliInputError otherwise. */
export function parseArgs(argv: readonly string[]): CliOptions | null {
  const options: Omit<CliOptions, 'file'> & { file?: string } = {
    method: 'borda',
    weights: parseWeights(''),
    top: 10,
    seed: 1,
    json: false
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return null;
    if (!arg.startsWith('--')) {
      if (options.file !== undefined)
        throw new CliInputError(`unexpected argument "${arg}": one input file only`);
      options.file = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (flag === '--json') {
      options.json = true;
      continue;
    }
    if (!['--method', '--weights', '--top', '--seed'].includes(flag)) {
      throw new CliInputError(`unknown option "${flag}"`);
    }
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new CliInputError(`${flag} expects a value`);
    if (flag === '--method') options.method = parseMethod(value);
    else if (flag === '--weights') options.weights = parseWeights(value);
    else if (flag === '--top') options.top = integer(flag, value, 1);
    else options.seed = integer(flag, value, 0);
  }
  if (options.file === undefined) throw new CliInputError('missing input file');
  return options as CliOptions;
}
