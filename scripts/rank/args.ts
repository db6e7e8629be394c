import { parseMethod, parseWeights } from 'c/gapRanking';
import type { RankingMethod, Weights } from 'c/gapRanking';
import { ArgsError, parseCommandLine } from '../../tools/shared/args';
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

function integer(flag: string, value: string, min: number): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) {
    throw new CliInputError(`${flag} expects an integer >= ${min}, got "${value}"`);
  }
  return Number(value);
}

/** Parses CLI arguments (`--flag value` or `--flag=value`); null for --help; CliInputError otherwise. */
export function parseArgs(argv: readonly string[]): CliOptions | null {
  let parsed;
  try {
    parsed = parseCommandLine(
      argv,
      {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        method: { type: 'string' },
        weights: { type: 'string' },
        top: { type: 'string' },
        seed: { type: 'string' }
      },
      true
    );
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    if (error.kind === 'unknown') throw new CliInputError(`unknown option "${error.flag}"`);
    throw new CliInputError(`${error.flag} expects a value`);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length > 1)
    throw new CliInputError(`unexpected argument "${positionals[1]}": one input file only`);
  const file = positionals[0];
  if (file === undefined) throw new CliInputError('missing input file');
  return {
    file,
    method: parseMethod(values.method ?? 'borda'),
    weights: parseWeights(values.weights ?? ''),
    top: values.top === undefined ? 10 : integer('--top', values.top, 1),
    seed: values.seed === undefined ? 1 : integer('--seed', values.seed, 0),
    json: values.json ?? false
  };
}
