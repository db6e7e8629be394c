import type { GapExplanation, MetricKey } from 'c/gapRanking';

const HEADINGS: Record<MetricKey, string> = {
  arr: 'ARR',
  accounts: 'Accounts',
  strategic: 'Strategic',
  p0: 'P0',
  tam: 'TAM',
  lost: 'Lost ARR'
};

const MONEY = new Set<MetricKey>(['arr', 'tam', 'lost']);

function metricCell(key: MetricKey, value: number, rank: number): string {
  const shown = MONEY.has(key)
    ? value.toLocaleString('en-US', { maximumFractionDigits: 2 })
    : String(value);
  return `${shown} (${rank})`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * Renders explained gaps as an aligned text table: rank, gap, score, each active metric as
 * "value (rank)", layer for pareto, confidence in %. Numbers are right-aligned.
 */
export function formatTable(
  rows: readonly GapExplanation[],
  confidence: ReadonlyMap<string, number>,
  showLayer: boolean
): string {
  const keys = rows[0]?.metrics.map((metric) => metric.key) ?? [];
  const header = [
    '#',
    'Gap',
    'Score',
    ...keys.map((key) => HEADINGS[key]),
    ...(showLayer ? ['Layer'] : []),
    'Confidence'
  ];
  const body = rows.map((row) => [
    String(row.rank),
    truncate(row.name, 40),
    row.score.toFixed(4),
    ...row.metrics.map((metric) => metricCell(metric.key, metric.value, metric.rank)),
    ...(showLayer ? [String(row.layer)] : []),
    `${Math.round((confidence.get(row.id) ?? 0) * 100)}%`
  ]);
  const widths = header.map((cell, c) =>
    Math.max(cell.length, ...body.map((line) => line[c].length))
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ');
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(render)].join(
    '\n'
  );
}
