// What the ranking table renders, built once per rows / sort change: header cells with their
// sort state, and the visible rows' cells. Only the first `count` rows become cells, so a
// ranking of thousands of gaps costs a few hundred cells per update.
import {
  formatCompactMoney,
  formatDecimal,
  formatLabel,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRank
} from 'c/format';
import { isGitHubIssueUrl } from 'c/gapData';
import { METRIC_KEYS } from 'c/gapRanking';
import type { MetricKey } from 'c/gapRanking';
import { METRIC_LABELS } from 'c/rankingView';
import { LABELS } from './labels';

/** Rows rendered at first and added by each "show more": enough to scan, cheap to render. */
export const PAGE_SIZE = 100;

/** The fields of a ranked gap the table shows (the workbench's rows have them all). */
export interface TableInputRow {
  id: string;
  rank: number;
  name: string;
  status: string;
  productArea: string | null;
  githubUrl: string | null;
  githubState?: string | null;
  metrics: Record<MetricKey, number>;
  /** Averaged per-metric ranks (ties share the mean); a rank above the place marks a tie. */
  metricRanks: Record<MetricKey, number>;
  /** Per-metric competition places (1 + gaps with a better value); metricRanks when absent. */
  metricPlaces?: Record<MetricKey, number>;
  score: number;
  confidence: number | null;
  /** "Likely duplicate of #3 <name>" when the gap pairs with another of the proposed Top 10. */
  duplicateText?: string | null;
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface HeaderCell extends TableColumn {
  ariaSort: 'ascending' | 'descending' | 'none';
  isSorted: boolean;
  iconName: string;
  thClass: string;
  title: string | null;
}

export interface MetricCell {
  key: string;
  /** Counts grouped, money short ("$1.2M") with the whole amount in `title`. */
  text: string;
  title: string | null;
  rankText: string;
}

export interface TableRow {
  id: string;
  rankText: string;
  name: string;
  meta: string;
  status: string;
  recordUrl: string;
  githubUrl: string | null;
  githubState: string | null;
  cells: MetricCell[];
  scoreText: string;
  confidenceText: string;
  confidenceKnown: boolean;
  explainLabel: string;
  rowClass: string;
  duplicateText: string | null;
  expanded: boolean;
  detailKey: string;
}

const MONEY = new Set<string>(['arr', 'tam', 'lost']);
const STICKY: Record<string, string> = { rank: ' sticky-rank', name: ' sticky-gap' };

/** The table's columns in order: rank and gap (kept in view), each metric, score, confidence. */
export function tableColumns(): TableColumn[] {
  return [
    { key: 'rank', label: LABELS.COL_RANK },
    { key: 'name', label: LABELS.COL_GAP },
    ...METRIC_KEYS.map((key) => ({ key, label: METRIC_LABELS[key] })),
    { key: 'score', label: LABELS.COL_SCORE },
    { key: 'confidence', label: LABELS.COL_CONFIDENCE }
  ];
}

/** Header cells in the given column order, marking the sorted one (aria-sort, arrow icon). */
export function headerCells(
  columns: readonly TableColumn[],
  sortedBy: string | null | undefined,
  direction: 'asc' | 'desc' | null | undefined
): HeaderCell[] {
  return columns.map((column) => {
    const isSorted = column.key === sortedBy;
    const numeric = column.key !== 'name';
    return {
      ...column,
      isSorted,
      ariaSort: isSorted ? (direction === 'desc' ? 'descending' : 'ascending') : 'none',
      iconName: direction === 'desc' ? 'utility:arrowdown' : 'utility:arrowup',
      title: column.key === 'confidence' ? LABELS.CONFIDENCE_HELP : null,
      thClass: `slds-is-sortable${isSorted ? ' slds-is-sorted' : ''}${numeric ? ' numeric' : ''}${
        STICKY[column.key] ?? ''
      }`
    };
  });
}

/** The record page URL of a gap on the platform (the click itself goes through NavigationMixin). */
export function recordUrl(id: string): string {
  return `/lightning/r/Product_Gap__c/${encodeURIComponent(id)}/view`;
}

/** A metric's place as "#3", or "#3 (tied)" when other gaps share the value. */
export function metricRankText(row: TableInputRow, key: MetricKey): string {
  const rank = row.metricRanks?.[key];
  const place = row.metricPlaces?.[key] ?? rank;
  if (!Number.isFinite(place)) return '';
  return formatRank(Math.floor(place), rank !== place || !Number.isInteger(place));
}

function metricCell(row: TableInputRow, key: MetricKey): MetricCell {
  const value = row.metrics?.[key];
  const money = MONEY.has(key);
  return {
    key,
    text: money ? formatCompactMoney(value) : formatNumber(value),
    title: money ? formatMoney(value) : null,
    rankText: metricRankText(row, key)
  };
}

/**
 * The first `count` rows as table rows: rank as "#n", area and status under the name, metric
 * cells in METRIC_KEYS order, a GitHub link only when it is a GitHub issue / PR / discussion URL;
 * `expandedId` marks the row whose explanation is open.
 */
export function tableRows(
  rows: readonly TableInputRow[],
  count: number,
  expandedId: string | null
): TableRow[] {
  return rows.slice(0, Math.max(0, count)).map((row) => ({
    id: row.id,
    rankText: formatRank(row.rank),
    name: row.name,
    meta: [row.productArea, row.status].filter(Boolean).join(' · '),
    status: row.status,
    recordUrl: recordUrl(row.id),
    githubUrl: isGitHubIssueUrl(row.githubUrl) ? row.githubUrl : null,
    githubState: row.githubState ?? null,
    cells: METRIC_KEYS.map((key) => metricCell(row, key)),
    // Every score with three decimals, so the column lines up (0.500 above 0.633).
    scoreText: formatDecimal(row.score, 3, 3),
    confidenceText: row.confidence === null ? '' : formatPercent(row.confidence),
    confidenceKnown: row.confidence !== null,
    explainLabel: formatLabel(LABELS.EXPLAIN, row.name),
    duplicateText: row.duplicateText ?? null,
    rowClass: row.id === expandedId ? 'slds-hint-parent slds-is-selected' : 'slds-hint-parent',
    expanded: row.id === expandedId,
    detailKey: `${row.id}:explanation`
  }));
}
