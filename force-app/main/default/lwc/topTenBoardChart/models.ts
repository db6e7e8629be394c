// The board's two charts from a revision's entries: impacted ARR stacked open / won / lost, and
// accounts per severity. Formatting through c/format; labels from the chart's Custom Labels.
import type { EntryView } from 'c/gapData';
import { formatCompactMoney, formatLabel, formatMoney, formatNumber, formatRank } from 'c/format';
import { groupedBarChart, stackedBarChart } from './charts';
import type { ChartModel } from './charts';

export type { ChartModel };
import { LABELS } from './labels';

/** The charts the board draws. */
export type ChartKind = 'arr' | 'severity';

function sum(entries: readonly EntryView[], pick: (entry: EntryView) => number | null): number {
  return entries.reduce((total, entry) => total + (pick(entry) ?? 0), 0);
}

/** "#2 Name": the entry's rank and name, as the chart rows and table headings read. */
export function itemLabel(entry: EntryView): string {
  const rank = entry.rank === null ? '—' : formatRank(entry.rank);
  return `${rank} ${entry.gapName ?? LABELS.UNNAMED_GAP}`;
}

/** Impacted ARR per gap, stacked open / won / lost, with its summary and table. */
export function arrChart(entries: readonly EntryView[]): ChartModel {
  const open = sum(entries, (e) => e.openArr);
  const won = sum(entries, (e) => e.wonArr);
  const lost = sum(entries, (e) => e.lostArr);
  return stackedBarChart(
    entries.map((entry) => ({
      key: entry.id,
      label: itemLabel(entry),
      values: [entry.openArr, entry.wonArr, entry.lostArr]
    })),
    [
      { key: 'open', label: LABELS.SERIES_OPEN },
      { key: 'won', label: LABELS.SERIES_WON },
      { key: 'lost', label: LABELS.SERIES_LOST }
    ],
    {
      title: LABELS.CHART_ARR_TITLE,
      summary: formatLabel(
        LABELS.CHART_ARR_SUMMARY,
        formatMoney(open + won + lost),
        formatMoney(open),
        formatMoney(won),
        formatMoney(lost)
      ),
      itemHeading: LABELS.CHART_GAP,
      totalHeading: LABELS.CHART_TOTAL,
      format: (value) => formatCompactMoney(value)
    }
  );
}

/** Accounts per gap by severity, one bar per severity (an account may count in several). */
export function severityChart(entries: readonly EntryView[]): ChartModel {
  return groupedBarChart(
    entries.map((entry) => ({
      key: entry.id,
      label: itemLabel(entry),
      values: [entry.p0Accounts, entry.p1Accounts, entry.p2Accounts]
    })),
    [
      { key: 'p0', label: LABELS.SERIES_P0 },
      { key: 'p1', label: LABELS.SERIES_P1 },
      { key: 'p2', label: LABELS.SERIES_P2 }
    ],
    {
      title: LABELS.CHART_SEVERITY_TITLE,
      summary: formatLabel(
        LABELS.CHART_SEVERITY_SUMMARY,
        formatNumber(sum(entries, (e) => e.p0Accounts)),
        formatNumber(sum(entries, (e) => e.p1Accounts)),
        formatNumber(sum(entries, (e) => e.p2Accounts))
      ),
      itemHeading: LABELS.CHART_GAP,
      format: (value) => formatNumber(value)
    }
  );
}

/** The chart of `kind` for the entries; null when there is nothing to draw or the kind is unknown. */
export function chartOf(
  entries: readonly EntryView[] | null | undefined,
  kind: string | null | undefined
): ChartModel | null {
  if (!Array.isArray(entries) || entries.length === 0) return null;
  if (kind === 'arr') return arrChart(entries);
  if (kind === 'severity') return severityChart(entries);
  return null;
}
