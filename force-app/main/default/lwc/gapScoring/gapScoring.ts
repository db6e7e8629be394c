// The panel's arithmetic, all delegated to the engine: the gap's own metrics from its detail, and
// its place among all open gaps from either the aggregate totals (cheap estimate) or the full
// paged load (exact, the same input as the Top 10 tab), ranks first and confidence after the
// paint (the callers defer it with c/paintTiming). No platform imports.
import {
  DEFAULT_WEIGHTS,
  METRIC_KEYS,
  computeConfidence,
  computeGapMetrics,
  explainGap,
  parseMethod,
  pathIntoTopN,
  prepareRanking,
  rankMetric
} from 'c/gapRanking';
import type {
  GapExplanation,
  GapMetrics,
  GapRecord,
  MetricKey,
  MetricRow,
  MetricsInput,
  MetricsReport,
  RankingMethod,
  RankingModel,
  Weights
} from 'c/gapRanking';
import { isRecordId, startPaging, toCaseSafeId, toMetricsInput } from 'c/gapData';
import type { GapDetail, RankingLoad, RevisionView } from 'c/gapData';

/** The size of the published list. */
export const TOP_N = 10;

const MONEY_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>(['arr', 'tam', 'lost']);

/** True for the metrics that are amounts of money (ARR, TAM, lost ARR), false for counts. */
export function isMoneyMetric(key: MetricKey): boolean {
  return MONEY_METRICS.has(key);
}

/** True when two record Ids name the same record (15- or 18-character forms). */
export function sameRecord(a: string | null | undefined, b: string | null | undefined): boolean {
  return isRecordId(a) && isRecordId(b) && toCaseSafeId(a) === toCaseSafeId(b);
}

export interface OwnMetrics {
  /** The gap's metrics with its merged duplicates folded in, whatever its status. */
  metrics: GapMetrics;
  report: MetricsReport;
}

/**
 * The gap's exact metrics from its GapDetail (its submissions and those of the gaps merged into
 * it). A closed gap is measured as if open, so the panel still shows what it stood for.
 */
export function ownMetrics(detail: GapDetail): OwnMetrics {
  const gapId = detail.gap.id;
  const gaps: GapRecord[] = [
    { ...detail.gap, status: 'Open', duplicateOfId: null },
    ...detail.mergedGaps.map((merged) => ({ ...merged, duplicateOfId: gapId }))
  ];
  const load: RankingLoad = {
    gaps: { ...startPaging<never>(), rows: gaps as never[], done: true },
    submissions: detail.submissions,
    revision: null,
    requests: 0,
    next: null,
    done: true
  };
  const input = toMetricsInput(load);
  const result = computeGapMetrics({ ...input, gaps });
  return { metrics: result.gaps[0], report: result.report };
}

export interface RankingSettings {
  method: RankingMethod;
  weights: Weights;
  /** The revision the method and weights come from, null for the engine defaults. */
  revision: RevisionView | null;
}

/** Method and weights of the published revision, else the engine defaults (borda, DEFAULT_WEIGHTS). */
export function rankingSettings(revision: RevisionView | null): RankingSettings {
  if (!revision || !revision.weights) {
    return { method: 'borda', weights: { ...DEFAULT_WEIGHTS }, revision: null };
  }
  try {
    return { method: parseMethod(revision.method), weights: revision.weights, revision };
  } catch {
    return { method: 'borda', weights: { ...DEFAULT_WEIGHTS }, revision: null };
  }
}

export interface PanelRanking {
  /**
   * 'estimate' from aggregate totals, 'live' from every submission (the Top 10 tab's input),
   * 'partial' from aggregate totals that lack a weighed metric: per-metric places only.
   */
  source: 'estimate' | 'live' | 'partial';
  settings: RankingSettings;
  /** Open gaps ranked. */
  openGaps: number;
  /** The gap's explanation (overall rank, per-metric places), null when it is not ranked. */
  explanation: GapExplanation | null;
  /**
   * Per-metric competition place and whether it is shared, for every metric; for a 'partial'
   * ranking also whether it may still drop (`uncertain`) and how far (`lowest`, when known: see
   * partialRanking).
   */
  places: Record<
    MetricKey,
    { place: number; tied: boolean; uncertain?: boolean; lowest?: number }
  > | null;
  /** Smallest single-metric increase into the Top 10 per active metric (null = none suffices); null when in. */
  path: { key: MetricKey; increase: number | null }[] | null;
  /** Share of weight perturbations keeping it in the Top 10. */
  confidence: number | null;
  /** Totals reached the page size: some gaps may be missing from the estimate. */
  truncated: boolean;
  /** Weighed metrics whose place waits for the exact read ('partial' only; absent means none). */
  pending?: MetricKey[];
}

/** The gap's confidence in `model` (the share of weight perturbations keeping it in the Top 10). */
function confidenceOf(model: RankingModel, gapId: string): number | null {
  const row = model.rows.find((candidate) => sameRecord(candidate.id, gapId));
  return row ? (computeConfidence(model, { topN: TOP_N }).get(row.id) ?? null) : null;
}

/** The panel's ranking of `gapId` in `model`, its confidence null (see confidenceOf). */
function rankFrom(
  source: PanelRanking['source'],
  model: RankingModel,
  gapId: string,
  settings: RankingSettings,
  truncated: boolean,
  missing: readonly MetricKey[] = []
): PanelRanking {
  const row = model.rows.find((candidate) => sameRecord(candidate.id, gapId));
  const explanation = row ? explainGap(model.ranking, row.id) : null;
  const ranked = row ? model.ranking.gaps.find((gap) => gap.id === row.id) : undefined;
  let places: PanelRanking['places'] = null;
  if (ranked) {
    places = {} as Record<MetricKey, { place: number; tied: boolean }>;
    for (const key of Object.keys(ranked.metricPlaces) as MetricKey[]) {
      if (missing.includes(key)) continue; // 0 for every other gap in the totals: no place
      const place = ranked.metricPlaces[key];
      places[key] = { place, tied: ranked.metricRanks[key] !== place };
    }
  }
  let path: PanelRanking['path'] = null;
  if (row && explanation && explanation.rank > TOP_N) {
    const increases = pathIntoTopN(model, row.id, TOP_N);
    path = model.active.map((key) => ({ key, increase: increases ? increases[key] : null }));
  }
  return {
    source,
    settings,
    openGaps: model.n,
    explanation,
    places,
    path,
    confidence: null,
    truncated
  };
}

/**
 * True when the aggregate totals can rank with these settings: every metric they lack (sums of
 * parent fields, which no documented aggregate gives) has weight 0.
 */
export function totalsCover(totals: { missing: MetricKey[] }, settings: RankingSettings): boolean {
  return splitWeighedMetrics(totals, settings).pending.length === 0;
}

/**
 * A ranking shown before its confidence: the ranks at once, and `confidence()`, the slow part
 * (hundreds of re-rankings of every gap), to run after the ranks are painted.
 */
export interface StagedRanking<R extends PanelRanking = PanelRanking> {
  /** The ranking with confidence null. */
  ranking: R;
  /** The gap's confidence (null when it is not ranked); pure, computed on each call. */
  confidence: () => number | null;
}

/** Aggregate totals of all open gaps as the panel reads them (c/gapData's MetricTotals). */
export interface TotalsInput {
  rows: MetricRow[];
  truncated: boolean;
  /** Metrics the totals cannot give (0 in every row): they get no place from the totals. */
  missing?: MetricKey[];
  /** Case-safe Ids of the gaps others were merged into; null or absent when not known. */
  mergedInto?: string[] | null;
  /**
   * Per gap others were merged into (case-safe Id), the sum of its merged gaps' totals: at least
   * what the merge can add to each count; null or absent when not known.
   */
  mergedBound?: Record<string, Partial<Record<MetricKey, number>>> | null;
}

/** The gap the panel shows: its Id, name, and whether it is ranked (open, not merged). */
export interface PanelGap {
  id: string;
  name: string;
  ranked: boolean;
}

/**
 * The totals' rows with the gap's own row replaced by its exact metrics (added when the totals
 * missed it); an unranked gap or one without metrics is left out. Other gaps keep their totals.
 */
export function totalsRows(
  totals: TotalsInput,
  own: OwnMetrics | null,
  gap: PanelGap
): MetricRow[] {
  const rows = (totals.rows ?? []).filter((row) => !sameRecord(row.id, gap.id));
  if (gap.ranked && own) rows.push({ id: gap.id, name: gap.name, metrics: own.metrics.metrics });
  return rows;
}

/**
 * The gap's place from the aggregate totals of all open gaps (totalsRows); no place for a metric
 * the totals lack. An unranked gap (closed) is left out.
 */
export function estimateRankingStaged(
  totals: TotalsInput,
  own: OwnMetrics | null,
  gap: PanelGap,
  settings: RankingSettings
): StagedRanking {
  const model = prepareRanking(totalsRows(totals, own, gap), settings);
  return {
    ranking: rankFrom('estimate', model, gap.id, settings, totals.truncated, totals.missing),
    confidence: () => confidenceOf(model, gap.id)
  };
}

/**
 * The weighed metrics (weight > 0) split by whether the totals give them: `exact` get their
 * place from the totals, `pending` wait for the read of every submission.
 */
export function splitWeighedMetrics(
  totals: { missing?: MetricKey[] },
  settings: RankingSettings
): { exact: MetricKey[]; pending: MetricKey[] } {
  const missing = totals.missing ?? [];
  const weighed = METRIC_KEYS.filter((key) => Number(settings.weights?.[key]) > 0);
  return {
    exact: weighed.filter((key) => !missing.includes(key)),
    pending: weighed.filter((key) => missing.includes(key))
  };
}

/**
 * While the exact read runs: the gap's place by each weighed metric the totals give, among the
 * same rows as estimateRankingStaged (competition places, ties shared), no overall rank, and the
 * weighed metrics the totals lack as `pending`. A gap others were merged into counts only its own
 * submissions in the totals; exactly, it can only count more. So a place is `uncertain` (it may
 * drop) when such a gap, not already above, could pass it (mayPass), with the lowest place it
 * could drop to when the merged gaps' totals are known; the others are the exact read's. Null when nothing can be shown: the gap is not ranked or has no
 * metrics, no weighed metric is in the totals (weights all 0 included).
 */
export function partialRanking(
  totals: TotalsInput,
  own: OwnMetrics | null,
  gap: PanelGap,
  settings: RankingSettings
): PanelRanking | null {
  const { exact, pending } = splitWeighedMetrics(totals, settings);
  if (!gap.ranked || !own || exact.length === 0) return null;
  const rows = totalsRows(totals, own, gap);
  const at = rows.length - 1; // the gap's own row, pushed last
  const places = {} as NonNullable<PanelRanking['places']>;
  for (const key of exact) {
    const values = Float64Array.from(rows, (row) => Number(row.metrics[key]) || 0);
    const ranked = rankMetric(values);
    const passers = mayPass(rows.slice(0, at), values, values[at], key, totals);
    const place = ranked.places[at];
    places[key] = { place, tied: ranked.ranks[at] !== place, uncertain: passers !== 0 };
    if (passers) places[key].lowest = place + passers;
  }
  return {
    source: 'partial',
    settings,
    openGaps: rows.length,
    explanation: null,
    places,
    path: null,
    confidence: null,
    truncated: totals.truncated,
    pending
  };
}

/**
 * How many gaps not above `mine` by `key` could pass it once their merged gaps count: those whose
 * merged gaps' summed totals (`mergedBound`) would carry them past. Null when that is not known
 * (no bound) and some gap could: then any gap others were merged into (`mergedInto`), or any gap at
 * all when neither is known, may pass.
 */
function mayPass(
  others: MetricRow[],
  values: Float64Array,
  mine: number,
  key: MetricKey,
  totals: TotalsInput
): number | null {
  const bound = totals.mergedBound;
  const targets = totals.mergedInto ? new Set(totals.mergedInto) : null;
  let passers = 0;
  for (let i = 0; i < others.length; i++) {
    if (values[i] > mine) continue;
    const id = isRecordId(others[i].id) ? toCaseSafeId(others[i].id) : null;
    if (bound) {
      if (id !== null && values[i] + (Number(bound[id]?.[key]) || 0) > mine) passers++;
    } else if (!targets || (id !== null && targets.has(id))) return null;
  }
  return passers;
}

/** estimateRankingStaged with its confidence computed at once. */
export function estimateRanking(
  totals: TotalsInput,
  own: OwnMetrics | null,
  gap: PanelGap,
  settings: RankingSettings
): PanelRanking {
  const staged = estimateRankingStaged(totals, own, gap, settings);
  return { ...staged.ranking, confidence: staged.confidence() };
}

/**
 * The gap's exact place from every open gap and submission (the same input as the Top 10 tab),
 * confidence to follow (StagedRanking).
 */
export function liveRankingStaged(
  input: MetricsInput,
  gapId: string,
  settings: RankingSettings
): StagedRanking<PanelRanking & { report: MetricsReport }> {
  const metrics = computeGapMetrics(input);
  const model = prepareRanking(metrics.gaps, settings);
  return {
    ranking: { ...rankFrom('live', model, gapId, settings, false), report: metrics.report },
    confidence: () => confidenceOf(model, gapId)
  };
}

/** liveRankingStaged with its confidence computed at once. */
export function liveRanking(
  input: MetricsInput,
  gapId: string,
  settings: RankingSettings
): PanelRanking & { report: MetricsReport } {
  const staged = liveRankingStaged(input, gapId, settings);
  return { ...staged.ranking, confidence: staged.confidence() };
}
