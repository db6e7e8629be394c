/**
 * Ranks of one metric: 1 = highest value; equal values share the averaged rank (a tie of three at
 * positions 2–4 all get 3) and the competition place of the group (2). Sorts once, O(n log n).
 */
export function rankMetric(values: Float64Array): { ranks: Float64Array; places: Float64Array } {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[b] - values[a]);
  const ranks = new Float64Array(n);
  const places = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) end++;
    const averaged = (start + 1 + end) / 2;
    for (let p = start; p < end; p++) {
      ranks[order[p]] = averaged;
      places[order[p]] = start + 1;
    }
    start = end;
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
