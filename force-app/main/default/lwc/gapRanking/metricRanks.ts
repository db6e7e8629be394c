/** First position in ascending `sorted` whose value is >= v. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TWO_TO_53 = 9007199254740992;

/**
 * 1 or 100 when every value times it is a non-negative integer small enough that
 * `integer * slots + index` stays exact in a double (counts; money in whole units or cents), with
 * the largest such integer; else scale 0.
 */
function packingScale(values: Float64Array, slots: number): { scale: number; max: number } {
  for (const scale of [1, 100]) {
    let max = 0;
    let fits = true;
    for (let i = 0; i < values.length && fits; i++) {
      const key = Math.round(values[i] * scale);
      fits = values[i] >= 0 && key / scale === values[i];
      if (key > max) max = key;
    }
    if (fits && (max + 1) * slots <= TWO_TO_53) return { scale, max };
  }
  return { scale: 0, max: 0 };
}

/** Writes one group's averaged rank and competition place (positions lo..hi-1 ascending of n). */
function groupRank(n: number, lo: number, hi: number): { rank: number; place: number } {
  const greater = n - hi;
  return { rank: (greater + 1 + n - lo) / 2, place: greater + 1 };
}

/**
 * Ranks of one metric (finite values): 1 = highest value; equal values share the averaged rank (a
 * tie of three at positions 2–4 all get 3) and the competition place of the group (2). No
 * comparator call: small whole counts (at most 4n) are counted per value; other values that pack
 * with their index into one exact double (whole or cent amounts) are sorted with it by one native
 * numeric sort and read in one walk; others are found again by one binary search each in the
 * sorted values.
 */
export function rankMetric(values: Float64Array): { ranks: Float64Array; places: Float64Array } {
  const n = values.length;
  const ranks = new Float64Array(n);
  const places = new Float64Array(n);
  let slots = 1;
  while (slots < n) slots *= 2;
  const { scale, max } = packingScale(values, slots);
  if (scale === 0) rankBySearch(values, ranks, places);
  else if (max <= 4 * n) rankByCounting(values, scale, max, ranks, places);
  else rankByPackedSort(values, scale, slots, ranks, places);
  return { ranks, places };
}

/** rankMetric for integer keys (values * scale) up to `max`, small next to n: counts per key. */
function rankByCounting(
  values: Float64Array,
  scale: number,
  max: number,
  ranks: Float64Array,
  places: Float64Array
): void {
  const n = values.length;
  // atMost[key + 1]: how many values have a key <= key, once the counts are summed.
  const atMost = new Int32Array(max + 2);
  for (let i = 0; i < n; i++) atMost[Math.round(values[i] * scale) + 1]++;
  for (let key = 0; key <= max; key++) atMost[key + 1] += atMost[key];
  for (let i = 0; i < n; i++) {
    const key = Math.round(values[i] * scale);
    const { rank, place } = groupRank(n, atMost[key], atMost[key + 1]);
    ranks[i] = rank;
    places[i] = place;
  }
}

/** rankMetric for integer keys: each packed with its index into one double, one native sort. */
function rankByPackedSort(
  values: Float64Array,
  scale: number,
  slots: number,
  ranks: Float64Array,
  places: Float64Array
): void {
  const n = values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.round(values[i] * scale) * slots + i;
  keys.sort();
  let lo = 0;
  while (lo < n) {
    const value = Math.floor(keys[lo] / slots);
    let hi = lo + 1;
    while (hi < n && Math.floor(keys[hi] / slots) === value) hi++;
    const { rank, place } = groupRank(n, lo, hi);
    for (let k = lo; k < hi; k++) {
      const i = keys[k] - value * slots;
      ranks[i] = rank;
      places[i] = place;
    }
    lo = hi;
  }
}

/** rankMetric for any finite values: the end of each group in one backward walk, one search each. */
function rankBySearch(values: Float64Array, ranks: Float64Array, places: Float64Array): void {
  const n = values.length;
  const sorted = values.slice().sort();
  // groupEnd[k]: one past the last position holding sorted[k].
  const groupEnd = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    groupEnd[k] = k + 1 < n && sorted[k + 1] === sorted[k] ? groupEnd[k + 1] : k + 1;
  }
  for (let i = 0; i < n; i++) {
    const first = lowerBound(sorted, values[i]);
    const { rank, place } = groupRank(n, first, groupEnd[first]);
    ranks[i] = rank;
    places[i] = place;
  }
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
