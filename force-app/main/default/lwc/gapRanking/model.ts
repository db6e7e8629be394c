import { normalised, percentile, rankMetric, reciprocal } from './metricRanks';
import { paretoLayers } from './pareto';
import { rankedGaps } from './rankedGaps';
import { METRIC_KEYS } from './types';
import type { MetricKey, MetricRow, RankOptions, Ranking, RankingMethod, Weights } from './types';
import { activeMetrics, parseMethod, RankingInputError, resolveWeights } from './weights';

/**
 * Everything the methods, explanations, what-ifs and confidence share, computed once: metric
 * columns, per-metric ranks, each active metric's per-gap term, layers and the static tie order.
 */
export interface RankingModel {
  method: RankingMethod;
  weights: Weights;
  rows: readonly MetricRow[];
  n: number;
  /** Metrics with weight > 0, in METRIC_KEYS order: the only ones any method reads. */
  active: MetricKey[];
  values: Record<MetricKey, Float64Array>;
  ranks: Record<MetricKey, Float64Array>;
  places: Record<MetricKey, Float64Array>;
  /** Per active metric (same order as `active`), the method's per-gap term before weighting. */
  terms: Float64Array[];
  /** Pareto layer per gap (all 1 for the other methods). */
  layers: Int32Array;
  /** Position of each gap in the tie-break order (active metric values desc, name, id). */
  tieOrder: Int32Array;
  scores: Float64Array;
  ranking: Ranking;
}

/** A finite number >= 0, else 0: bad metric values never crash the ranking. */
function metricValue(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** Tie-break after score: higher active metric values in METRIC_KEYS order, then name, then id. */
export function compareByTieBreak(
  active: readonly MetricKey[],
  valueA: (key: MetricKey) => number,
  valueB: (key: MetricKey) => number,
  rowA: MetricRow,
  rowB: MetricRow
): number {
  for (const key of active) {
    const diff = valueB(key) - valueA(key);
    if (diff !== 0) return diff;
  }
  if (rowA.name !== rowB.name) return rowA.name < rowB.name ? -1 : 1;
  if (rowA.id !== rowB.id) return rowA.id < rowB.id ? -1 : 1;
  return 0;
}

/** The method's per-gap term of one metric, from its ranks or values. */
export function methodTerms(
  method: RankingMethod,
  ranks: Float64Array,
  values: Float64Array,
  n: number
): Float64Array {
  const terms = new Float64Array(n);
  if (method === 'score') {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      if (values[i] < min) min = values[i];
      if (values[i] > max) max = values[i];
    }
    for (let i = 0; i < n; i++) terms[i] = normalised(values[i], min, max);
  } else if (method === 'rrf') {
    for (let i = 0; i < n; i++) terms[i] = reciprocal(ranks[i]);
  } else {
    for (let i = 0; i < n; i++) terms[i] = percentile(ranks[i], n);
  }
  return terms;
}

/**
 * Aggregates weighted terms: Borda / Pareto / score take the weighted mean, RRF the weighted sum
 * (its published form). Every caller goes through here so equal inputs give bit-equal scores.
 */
export function aggregate(
  method: RankingMethod,
  weightList: ArrayLike<number>,
  terms: readonly ArrayLike<number>[],
  i: number
): number {
  let sum = 0;
  let total = 0;
  for (let m = 0; m < terms.length; m++) {
    sum += weightList[m] * terms[m][i];
    total += weightList[m];
  }
  return method === 'rrf' ? sum : sum / total;
}

/** Builds the metric columns, checking ids are unique (RankingInputError otherwise). */
function columns(rows: readonly MetricRow[]): Record<MetricKey, Float64Array> {
  const n = rows.length;
  const seen = new Set<string>();
  const arr = new Float64Array(n);
  const accounts = new Float64Array(n);
  const strategic = new Float64Array(n);
  const p0 = new Float64Array(n);
  const tam = new Float64Array(n);
  const lost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (seen.has(row.id)) throw new RankingInputError(`Gap id "${row.id}" appears twice`);
    seen.add(row.id);
    const metrics = row.metrics;
    if (!metrics) continue;
    arr[i] = metricValue(metrics.arr);
    accounts[i] = metricValue(metrics.accounts);
    strategic[i] = metricValue(metrics.strategic);
    p0[i] = metricValue(metrics.p0);
    tam[i] = metricValue(metrics.tam);
    lost[i] = metricValue(metrics.lost);
  }
  return { arr, accounts, strategic, p0, tam, lost };
}

/**
 * Gap indexes in tie-break order (compareByTieBreak): placed by the first active metric's
 * competition place (`firstPlaces`), then only gaps sharing that place are compared, inline on
 * the columns.
 */
function tieBreakOrder(
  rows: readonly MetricRow[],
  activeColumns: readonly Float64Array[],
  firstPlaces: Float64Array
): Int32Array {
  const n = rows.length;
  const byTie = new Int32Array(n);
  const filled = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = firstPlaces[i] - 1;
    byTie[start + filled[start]++] = i;
  }
  const compare = (a: number, b: number): number => {
    for (let m = 1; m < activeColumns.length; m++) {
      const diff = activeColumns[m][b] - activeColumns[m][a];
      if (diff !== 0) return diff;
    }
    const rowA = rows[a];
    const rowB = rows[b];
    if (rowA.name !== rowB.name) return rowA.name < rowB.name ? -1 : 1;
    if (rowA.id !== rowB.id) return rowA.id < rowB.id ? -1 : 1;
    return 0;
  };
  for (let start = 0; start < n; start += Math.max(1, filled[start])) {
    if (filled[start] > 1) byTie.subarray(start, start + filled[start]).sort(compare);
  }
  return byTie;
}

/**
 * `byTie` (gap indexes in tie-break order) reordered by score descending, equal scores keeping
 * their tie-break order: a counting placement behind one native sort, no comparator calls.
 */
function byScore(byTie: Int32Array, scores: Float64Array): Int32Array {
  const n = byTie.length;
  const sorted = scores.slice().sort();
  // Gaps with equal scores share a start (the count of higher scores); filled[start] counts them.
  const filled = new Int32Array(n);
  const order = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const gap = byTie[t];
    const score = scores[gap];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= score) lo = mid + 1;
      else hi = mid;
    }
    const start = n - lo;
    order[start + filled[start]++] = gap;
  }
  return order;
}

/**
 * Ranks gaps from ready metric rows with one method and weights (defaults: borda, DEFAULT_WEIGHTS)
 * and keeps the intermediate columns for explanations and confidence. Order: layer (pareto), then
 * score desc, then the tie-break of compareByTieBreak. Throws RankingInputError for an unknown
 * method, a bad weight, all weights 0, or a duplicate gap id.
 */
export function prepareRanking(
  rows: readonly MetricRow[],
  options: RankOptions = {}
): RankingModel {
  const method = parseMethod(options.method);
  const weights = resolveWeights(options.weights);
  const active = activeMetrics(weights);
  if (active.length === 0) throw new RankingInputError('At least one weight must be > 0');
  const n = rows.length;
  const values = columns(rows);
  const ranks = {} as Record<MetricKey, Float64Array>;
  const places = {} as Record<MetricKey, Float64Array>;
  for (const key of METRIC_KEYS) {
    const ranked = rankMetric(values[key]);
    ranks[key] = ranked.ranks;
    places[key] = ranked.places;
  }
  const termMethod = method === 'pareto' ? 'borda' : method;
  const terms = active.map((key) => methodTerms(termMethod, ranks[key], values[key], n));
  const weightList = active.map((key) => weights[key]);
  const layers =
    method === 'pareto'
      ? paretoLayers(
          active.map((key) => values[key]),
          n
        )
      : new Int32Array(n).fill(1);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = aggregate(method, weightList, terms, i);

  const byTie = tieBreakOrder(
    rows,
    active.map((key) => values[key]),
    places[active[0]]
  );
  const tieOrder = new Int32Array(n);
  byTie.forEach((gap, position) => (tieOrder[gap] = position));
  const order =
    method === 'pareto'
      ? byTie
          .slice()
          .sort(
            (a, b) => layers[a] - layers[b] || scores[b] - scores[a] || tieOrder[a] - tieOrder[b]
          )
      : byScore(byTie, scores);
  const gaps = rankedGaps(order, rows, {
    active,
    weightList,
    terms,
    values,
    ranks,
    places,
    scores,
    layers
  });
  return {
    method,
    weights,
    rows,
    n,
    active,
    values,
    ranks,
    places,
    terms,
    layers,
    tieOrder,
    scores,
    ranking: { method, weights, gaps }
  };
}

/** Ranks gaps from metric rows (computed or read from a metric table); see prepareRanking. */
export function rankGaps(rows: readonly MetricRow[], options: RankOptions = {}): Ranking {
  return prepareRanking(rows, options).ranking;
}
