/** First position in ascending `sorted` whose value is >= v (strict: > v). */
function bound(sorted: Float64Array, v: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v || (strict && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranks of one metric (finite values): 1 = highest value; equal values share the averaged rank (a
 * tie of three at positions 2–4 all get 3) and the competition place of the group (2). One native
 * numeric sort, then two binary searches per value: O(n log n) without a comparator call.
 */
export function rankMetric(values: Float64Array): { ranks: Float64Array; places: Float64Array } {
  const n = values.length;
  const sorted = values.slice().sort();
  const ranks = new Float64Array(n);
  const places = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const greater = n - bound(sorted, v, true);
    const end = n - bound(sorted, v, false);
    ranks[i] = (greater + 1 + end) / 2;
    places[i] = greater + 1;
  }
  return { ranks, places };
}

/** Borda percentile of a rank among n: 1 for rank 1, 0 for rank n, 1 when n is 1. */
export function percentile(rank: number, n: number): number {
  return n <= 1 ? 1 : (n - rank) / (n - 1);
}

/** Reciprocal rank fusion constant (Cormack, Clarke & Büttcher, SIGIR 2009). */
export const RRF_K = 60;

/** Reciprocal rank term 1 / (k + rank). */
export function reciprocal(rank: number): number {
  return 1 / (RRF_K + rank);
}

/** Min-max normalised value in [0, 1]; 0 for every gap when the metric does not vary. */
export function normalised(value: number, min: number, max: number): number {
  return max > min ? (value - min) / (max - min) : 0;
}
