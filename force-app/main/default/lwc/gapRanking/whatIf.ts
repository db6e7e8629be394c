import { normalised, percentile, rankMetric, reciprocal } from './metricRanks';
import { aggregate, compareByTieBreak, methodTerms } from './model';
import type { RankingModel } from './model';
import { paretoLayers } from './pareto';
import { METRIC_KEYS } from './types';
import type { MetricKey } from './types';

/** Smallest meaningful increase per metric: a cent for money, one for counts. */
export const METRIC_STEPS: Readonly<Record<MetricKey, number>> = Object.freeze({
  arr: 0.01,
  accounts: 1,
  strategic: 1,
  p0: 1,
  tam: 0.01,
  lost: 0.01
});

// Past this a score-method search gives up: others' normalised terms are then ~0 anyway.
const SEARCH_LIMIT = 1e15;

/** Share of one comparison to another's averaged rank: above = 1, tied = 1/2, below = 0. */
function above(mine: number, theirs: number): number {
  return mine > theirs ? 1 : mine === theirs ? 0.5 : 0;
}

/**
 * 1-based position gap `i` would take if active metric `m` had value `target`, all else equal.
 * Borda / RRF / score update only metric m's terms (O(n · metrics), no sort); Pareto recomputes
 * that metric's ranks and the layers.
 */
export function positionWith(model: RankingModel, i: number, m: number, target: number): number {
  const { n, method, active, values, rows } = model;
  const key = active[m];
  const column = values[key];
  const current = column[i];
  const term = new Float64Array(n);
  let layers = model.layers;
  let probeColumn: Float64Array | null = null;
  if (method === 'pareto') {
    probeColumn = column.slice();
    probeColumn[i] = target;
    term.set(methodTerms('borda', rankMetric(probeColumn).ranks, probeColumn, n));
    layers = paretoLayers(
      active.map((k, d) => (d === m ? (probeColumn as Float64Array) : values[k])),
      n
    );
  } else if (method === 'score') {
    let min = target;
    let max = target;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      if (column[j] < min) min = column[j];
      if (column[j] > max) max = column[j];
    }
    for (let j = 0; j < n; j++) term[j] = normalised(j === i ? target : column[j], min, max);
  } else {
    const ranks = model.ranks[key];
    const termOf = method === 'rrf' ? reciprocal : (rank: number) => percentile(rank, n);
    let myRank = 1;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      myRank += above(column[j], target);
      term[j] = termOf(ranks[j] + above(target, column[j]) - above(current, column[j]));
    }
    term[i] = termOf(myRank);
  }
  const terms = model.terms.map((t, d) => (d === m ? term : t));
  const weightList = active.map((k) => model.weights[k]);
  const myScore = aggregate(method, weightList, terms, i);
  const myValue = (k: MetricKey) => (k === key ? target : values[k][i]);
  let position = 1;
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    if (layers[j] !== layers[i]) {
      if (layers[j] < layers[i]) position++;
      continue;
    }
    const score = aggregate(method, weightList, terms, j);
    if (score > myScore) position++;
    else if (
      score === myScore &&
      compareByTieBreak(active, (k) => values[k][j], myValue, rows[j], rows[i]) < 0
    ) {
      position++;
    }
  }
  return position;
}

/** Rounds an increase up to the metric's step, so the reported increase is always enough. */
function roundUp(increase: number, step: number): number {
  const steps = Math.ceil(increase / step - 1e-9);
  // Money steps are cents: print them as such, not as 200.01000000000002.
  return step < 1 ? Math.round(steps * step * 100) / 100 : steps * step;
}

function searchCandidates(
  model: RankingModel,
  i: number,
  m: number,
  topN: number,
  step: number
): number | null {
  const column = model.values[model.active[m]];
  const current = column[i];
  const targets = new Set<number>();
  for (let j = 0; j < model.n; j++) {
    if (j === i || column[j] < current) continue;
    if (column[j] > current) targets.add(column[j]);
    targets.add(column[j] + step);
  }
  // Ranks change only when this value meets or passes another gap's value (or leaves a tie).
  const sorted = Float64Array.from(targets).sort();
  if (sorted.length === 0) return null;
  if (positionWith(model, i, m, sorted[sorted.length - 1]) > topN) return null;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionWith(model, i, m, sorted[mid]) <= topN) hi = mid;
    else lo = mid + 1;
  }
  return roundUp(sorted[lo] - current, step);
}

function searchGrid(
  model: RankingModel,
  i: number,
  m: number,
  topN: number,
  step: number
): number | null {
  const current = model.values[model.active[m]][i];
  // Probe exactly the value a user gets by adding the reported (rounded) increase: current +
  // k * step can differ from it in the last bit and decide a tie the other way.
  const fits = (k: number) => positionWith(model, i, m, current + roundUp(k * step, step)) <= topN;
  let hi = 1;
  while (!fits(hi)) {
    if (hi * step > SEARCH_LIMIT) return null;
    hi *= 2;
  }
  let lo = Math.floor(hi / 2) + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return roundUp(hi * step, step);
}

/**
 * For a gap, the smallest increase of each metric alone (in its unit: currency to the cent, counts
 * by one) that would bring it into the Top N under the model's method and weights; null when no
 * increase of that metric alone suffices or the metric has weight 0; 0 for every metric when the
 * gap is already in. Exact: searches the thresholds where the position can change (other gaps'
 * values) or, for the score method, the step grid; the position is monotone in the value.
 * Returns null for an unknown gap id.
 */
export function pathIntoTopN(
  model: RankingModel,
  gapId: string,
  topN: number
): Record<MetricKey, number | null> | null {
  const i = model.rows.findIndex((row) => row.id === gapId);
  if (i < 0) return null;
  const ranked = model.ranking.gaps.find((gap) => gap.id === gapId);
  const result = {} as Record<MetricKey, number | null>;
  const inAlready = ranked !== undefined && ranked.rank <= topN;
  for (const key of METRIC_KEYS) result[key] = inAlready ? 0 : null;
  if (inAlready) return result;
  model.active.forEach((key, m) => {
    const step = METRIC_STEPS[key];
    result[key] =
      model.method === 'score'
        ? searchGrid(model, i, m, topN, step)
        : searchCandidates(model, i, m, topN, step);
  });
  return result;
}
