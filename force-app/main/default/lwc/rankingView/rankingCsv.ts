// The CSV export of the ranking as the table shows it (current filters and sort): every column
// of the table, each metric's place (1 + gaps with a better value; ties share it) in its own
// column, plus the record Id for re-import.
import { toCsv } from './csv';
import type { CsvValue } from './csv';
import { METRIC_COLUMNS } from './rows';
import type { WorkbenchRow } from './rows';
import type { MetricKey } from 'c/gapRanking';

/** Column headings of the export, supplied by the screen from its Custom Labels. */
export interface CsvHeadings {
  rank: string;
  name: string;
  id: string;
  status: string;
  productArea: string;
  metrics: Record<MetricKey, string>;
  /** Heading of a metric's rank column; `{0}` is replaced by the metric heading. */
  metricRank: string;
  score: string;
  confidence: string;
  githubUrl: string;
}

/**
 * The rows as CSV text (RFC 4180, formula-safe): one heading line then one line per row in the
 * given order; score to 6 decimals, confidence as a 0–1 share (empty while not computed).
 */
export function rankingCsv(rows: readonly WorkbenchRow[], headings: CsvHeadings): string {
  const header: CsvValue[] = [
    headings.rank,
    headings.name,
    headings.id,
    headings.status,
    headings.productArea
  ];
  for (const key of METRIC_COLUMNS) {
    header.push(headings.metrics[key], headings.metricRank.replace('{0}', headings.metrics[key]));
  }
  header.push(headings.score, headings.confidence, headings.githubUrl);
  const lines: CsvValue[][] = [header];
  for (const row of rows) {
    const line: CsvValue[] = [row.rank, row.name, row.id, row.status, row.productArea];
    for (const key of METRIC_COLUMNS) line.push(row.metrics[key], row.metricPlaces[key]);
    line.push(Math.round(row.score * 1e6) / 1e6, row.confidence, row.githubUrl);
    lines.push(line);
  }
  return toCsv(lines);
}

/** A file name for the export: top-10-ranking-<yyyy-mm-dd>.csv for the given date (UTC). */
export function csvFileName(date: Date): string {
  return `top-10-ranking-${date.toISOString().slice(0, 10)}.csv`;
}
