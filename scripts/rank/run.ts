import {
  RankingInputError,
  computeConfidence,
  computeGapMetrics,
  describeRanking,
  prepareRanking
} from 'c/gapRanking';
import type { MetricRow } from 'c/gapRanking';
import { USAGE, parseArgs } from './args';
import { CliInputError } from './errors';
import { formatTable } from './format';
import { parseInput } from './input';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Notes on what the metric computation could not count, one line each. */
function reportNotes(report: ReturnType<typeof computeGapMetrics>['report']): string[] {
  const notes: string[] = [];
  const missing = report.badNumbers.filter((bad) => bad.field === 'amount' || bad.field === 'tam');
  if (missing.length > 0) {
    notes.push(
      `${missing.length} missing amount(s)/TAM(s) counted as 0: ${missing.map((bad) => `${bad.recordId}.${bad.field}`).join(', ')}`
    );
  }
  for (const cycle of report.mergeCycles)
    notes.push(`merge cycle not ranked: ${cycle.join(' -> ')}`);
  if (report.submissionsOfUnknownGaps > 0) {
    notes.push(
      `${report.submissionsOfUnknownGaps} submission(s) of gaps in a merge cycle or not in the file`
    );
  }
  if (report.submissionsOfClosedGaps > 0)
    notes.push(
      `${report.submissionsOfClosedGaps} submission(s) of closed or merged gaps not ranked`
    );
  if (report.hiddenAccountSubmissions > 0)
    notes.push(`${report.hiddenAccountSubmissions} submission(s) without an account`);
  return notes;
}

/**
 * Runs the rank CLI on arguments and a file reader, without touching the process: returns the
 * exit code (0, or 2 for bad input or arguments: then stdout is empty) and both outputs.
 */
export function runCli(argv: readonly string[], readFile: (path: string) => string): CliResult {
  const notes: string[] = [];
  try {
    const options = parseArgs(argv);
    if (options === null) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    let source: string;
    try {
      source = readFile(options.file);
    } catch (error) {
      throw new CliInputError(`cannot read ${options.file}: ${(error as Error).message}`);
    }
    const input = parseInput(source);
    notes.push(...input.notes);
    let rows: MetricRow[];
    if (input.kind === 'metrics') rows = input.rows;
    else {
      const computed = computeGapMetrics(input.records);
      notes.push(...reportNotes(computed.report));
      rows = computed.gaps;
    }
    const model = prepareRanking(rows, { method: options.method, weights: options.weights });
    const confidence = computeConfidence(model, { topN: options.top, seed: options.seed });
    const explained = describeRanking(model);
    const stdout = options.json
      ? JSON.stringify(
          {
            method: model.method,
            weights: model.weights,
            ranking: model.ranking.gaps.map((gap) => ({
              id: gap.id,
              name: gap.name,
              rank: gap.rank,
              score: gap.score,
              metricRanks: Object.fromEntries(
                model.active.map((key) => [key, gap.metricRanks[key]])
              ),
              confidence: confidence.get(gap.id) ?? 0
            }))
          },
          null,
          2
        )
      : [
          `${model.method} ranking of ${rows.length} open gap(s), Top ${options.top}, confidence over 200 weight samples (seed ${options.seed})`,
          formatTable(explained.slice(0, options.top), confidence, model.method === 'pareto'),
          ...(rows.length > options.top
            ? [`(${rows.length - options.top} more; --top to show more, --json for all)`]
            : [])
        ].join('\n');
    return {
      code: 0,
      stdout: `${stdout}\n`,
      stderr: notes.map((note) => `note: ${note}\n`).join('')
    };
  } catch (error) {
    if (error instanceof CliInputError || error instanceof RankingInputError) {
      return { code: 2, stdout: '', stderr: `error: ${error.message}\n${USAGE}\n` };
    }
    throw error;
  }
}
