// What the ranking table renders, built once per rows / sort change: header cells with their
// sort state, and the visible rows' cells. Only the first `count` rows become cells, so a
// ranking of thousands of gaps costs a few hundred cells per update.
import { formatLabel, formatNumber, formatPercent } from 'c/format';
import { isGitHubIssueUrl } from 'c/gapData';

/** Rows rendered at first and added by each "show more": enough to scan, cheap to render. */
export const PAGE_SIZE = 100;

export type MetricKey = 'arr' | 'accounts' | 'strategic' | 'p0' | 'tam' | 'lost';

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
  metricRanks: Record<MetricKey, number>;
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
  numeric: boolean;
  thClass: string;
}

export interface MetricCell {
  key: string;
  value: number;
  money: boolean;
  /** Counts as text (money goes through lightning-formatted-number for the user's currency). */
  text: string;
  rankText: string;
}

export interface TableRow {
  id: string;
  rank: number;
  name: string;
  status: string;
  productArea: string;
  recordUrl: string;
  githubUrl: string | null;
  githubState: string | null;
  cells: MetricCell[];
  score: number;
  scoreText: string;
  confidence: number | null;
  confidenceText: string;
  confidenceKnown: boolean;
  explainLabel: string;
  rowClass: string;
  duplicateText: string | null;
}

const METRICS: readonly MetricKey[] = ['arr', 'accounts', 'strategic', 'p0', 'tam', 'lost'];
const MONEY = new Set<string>(['arr', 'tam', 'lost']);
const TEXT_COLUMNS = new Set<string>(['name', 'status', 'productArea']);

/** Header cells in the given column order, marking the sorted one (aria-sort, arrow icon). */
export function headerCells(
  columns: readonly TableColumn[],
  sortedBy: string | null | undefined,
  direction: 'asc' | 'desc' | null | undefined
): HeaderCell[] {
  return columns.map((column) => {
    const isSorted = column.key === sortedBy;
    const numeric = !TEXT_COLUMNS.has(column.key);
    return {
      ...column,
      isSorted,
      numeric,
      ariaSort: isSorted ? (direction === 'desc' ? 'descending' : 'ascending') : 'none',
      iconName: direction === 'desc' ? 'utility:arrowdown' : 'utility:arrowup',
      thClass: `slds-is-sortable${isSorted ? ' slds-is-sorted' : ''}${numeric ? ' numeric' : ''}`
    };
  });
}

// Plain text for counts, scores and shares: a formatting component per cell would make a
// re-rank re-render hundreds of components; money keeps lightning-formatted-number (currency).

/** The record page URL of a gap on the platform (the click itself goes through NavigationMixin). */
export function recordUrl(id: string): string {
  return `/lightning/r/Product_Gap__c/${encodeURIComponent(id)}/view`;
}

/**
 * The first `count` rows as table rows: metric cells in METRICS order with "#rank" text from the
 * rank template, a GitHub link only when it is a GitHub issue / PR / discussion URL.
 */
export function tableRows(
  rows: readonly TableInputRow[],
  count: number,
  text: { rankShort: string; explain: string },
  selectedId: string | null
): TableRow[] {
  return rows.slice(0, Math.max(0, count)).map((row) => ({
    id: row.id,
    rank: row.rank,
    name: row.name,
    status: row.status,
    productArea: row.productArea ?? '',
    recordUrl: recordUrl(row.id),
    githubUrl: isGitHubIssueUrl(row.githubUrl) ? row.githubUrl : null,
    githubState: row.githubState ?? null,
    cells: METRICS.map((key) => ({
      key,
      value: row.metrics[key],
      money: MONEY.has(key),
      text: MONEY.has(key) ? '' : formatNumber(row.metrics[key]),
      rankText: formatLabel(text.rankShort, row.metricRanks[key])
    })),
    score: row.score,
    scoreText: row.score.toFixed(3),
    confidence: row.confidence,
    confidenceText: row.confidence === null ? '' : formatPercent(row.confidence),
    confidenceKnown: row.confidence !== null,
    explainLabel: formatLabel(text.explain, row.name),
    duplicateText: row.duplicateText ?? null,
    rowClass: row.id === selectedId ? 'slds-hint-parent slds-is-selected' : 'slds-hint-parent'
  }));
}
