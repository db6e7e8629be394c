// View model of the ranking table: one plain row per ranked gap, built once per ranking, then
// filtered and sorted without touching the engine. Ranks always stay the overall ranks, so a
// filtered view still says where each gap stands among every open gap.
import { METRIC_KEYS } from 'c/gapRanking';
import type { GapMetrics, MetricKey, MetricValues, Ranking, Severity } from 'c/gapRanking';

export interface WorkbenchRow {
  id: string;
  rank: number;
  name: string;
  status: string;
  productArea: string | null;
  githubUrl: string | null;
  githubState?: string | null;
  metrics: MetricValues;
  /** Per-metric rank, 1 = best, ties averaged (the engine's metricRanks). */
  metricRanks: MetricValues;
  /** Per-metric competition place (1 + gaps with a strictly better value); tied when metricRanks differs. */
  metricPlaces: MetricValues;
  score: number;
  /** Share (0–1) of weight perturbations keeping the gap in the Top 10; null until computed. */
  confidence: number | null;
  submissionCount: number;
  /** Impacted ARR split by deal stage, and accounts by their most severe submission (null without details). */
  openArr: number | null;
  wonArr: number | null;
  lostArr: number | null;
  severityAccounts: Record<Severity, number> | null;
}

export type SortKey =
  'rank' | 'name' | 'status' | 'productArea' | MetricKey | 'score' | 'confidence';
export type SortDirection = 'asc' | 'desc';

/** Every sortable column, in table order. */
export const SORT_KEYS: readonly SortKey[] = [
  'rank',
  'name',
  'status',
  'productArea',
  ...METRIC_KEYS,
  'score',
  'confidence'
];

/** True for a column key the table can sort by. */
export function isSortKey(key: unknown): key is SortKey {
  return typeof key === 'string' && (SORT_KEYS as readonly string[]).includes(key);
}

export interface RowFilters {
  /** Product_Area__c value to keep, or null / '' for every area. */
  productArea?: string | null;
  /** Status__c value to keep, or null / '' for every open status. */
  status?: string | null;
  /** Case-insensitive text the gap name must contain; blank keeps every gap. */
  search?: string | null;
}

/**
 * Rows of a ranking in its order, joined to the gaps' metric details by id; confidence per gap id
 * when known (else null). A ranked gap missing from `details` keeps its ranking data with empty
 * status and area, so a row is never dropped silently.
 */
export function buildRows(
  ranking: Ranking,
  details: readonly GapMetrics[],
  confidence: ReadonlyMap<string, number> | null = null
): WorkbenchRow[] {
  const byId = new Map(details.map((gap) => [gap.id, gap]));
  return ranking.gaps.map((gap) => {
    const detail = byId.get(gap.id);
    return {
      id: gap.id,
      rank: gap.rank,
      name: gap.name,
      status: detail?.status ?? '',
      productArea: detail?.productArea ?? null,
      githubUrl: detail?.githubUrl ?? null,
      githubState: detail?.githubState ?? null,
      metrics: gap.metrics,
      metricRanks: gap.metricRanks,
      metricPlaces: gap.metricPlaces,
      score: gap.score,
      confidence: confidence?.get(gap.id) ?? null,
      submissionCount: detail?.submissionCount ?? 0,
      openArr: detail?.openArr ?? null,
      wonArr: detail?.wonArr ?? null,
      lostArr: detail?.lostArr ?? null,
      severityAccounts: detail?.severityAccounts ?? null
    };
  });
}

/** The same rows with confidence filled from the map (gaps absent from it get null); input untouched. */
export function withConfidence(
  rows: readonly WorkbenchRow[],
  confidence: ReadonlyMap<string, number>
): WorkbenchRow[] {
  return rows.map((row) => ({ ...row, confidence: confidence.get(row.id) ?? null }));
}

/** Rows matching every filter given (area and status exact, name contains the search text), order kept. */
export function filterRows(rows: readonly WorkbenchRow[], filters: RowFilters): WorkbenchRow[] {
  const area = filters.productArea || null;
  const status = filters.status || null;
  const search = (filters.search ?? '').trim().toLocaleLowerCase();
  if (!area && !status && !search) return rows.slice();
  return rows.filter(
    (row) =>
      (!area || row.productArea === area) &&
      (!status || row.status === status) &&
      (!search || row.name.toLocaleLowerCase().includes(search))
  );
}

function sortValue(row: WorkbenchRow, key: SortKey): string | number | null {
  if (key === 'rank' || key === 'score' || key === 'confidence') return row[key];
  if (key === 'name' || key === 'status') return row[key];
  if (key === 'productArea') return row.productArea;
  return row.metrics[key];
}

/**
 * Rows sorted by one column (numbers numerically, text by locale, empty values last in either
 * direction); equal values keep the overall rank order, so the sort is stable and deterministic.
 */
export function sortRows(
  rows: readonly WorkbenchRow[],
  key: SortKey,
  direction: SortDirection
): WorkbenchRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.slice().sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const aEmpty = va === null || va === '';
    const bEmpty = vb === null || vb === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    let diff = 0;
    if (!aEmpty && !bEmpty) {
      diff =
        typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : String(va).localeCompare(String(vb));
    }
    return diff !== 0 ? sign * diff : a.rank - b.rank;
  });
}

/** The direction a first click on a column sorts: biggest first for numbers that mean more, A–Z for text and rank. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'rank' || key === 'name' || key === 'status' || key === 'productArea'
    ? 'asc'
    : 'desc';
}

/** Distinct non-empty values of a text column, sorted, for filter options. */
export function distinctValues(
  rows: readonly { status: string; productArea: string | null }[],
  key: 'status' | 'productArea'
): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = row[key];
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}

/** The metric keys in display order, re-exported so the table and CSV agree on columns. */
export const METRIC_COLUMNS: readonly MetricKey[] = METRIC_KEYS;
