/**
 * Non-dominated sorting of points given as per-dimension value columns (higher is better).
 * Returns each point's layer, 1 = not dominated by any point. A point dominates another when it is
 * >= on every dimension and > on one; equal points share a layer. Efficient non-dominated sort with
 * binary search over layers (Zhang et al., IEEE TEVC 2015): presort lexicographically so a point
 * can only be dominated by earlier ones.
 */
export function paretoLayers(columns: readonly Float64Array[], n: number): Int32Array {
  const layers = new Int32Array(n).fill(1);
  const dims = columns.length;
  if (dims === 0 || n === 0) return layers;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    for (let d = 0; d < dims; d++) {
      const diff = columns[d][b] - columns[d][a];
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  const fronts: number[][] = [];
  const dominates = (a: number, b: number): boolean => {
    let strict = false;
    for (let d = 0; d < dims; d++) {
      const va = columns[d][a];
      const vb = columns[d][b];
      if (va < vb) return false;
      if (va > vb) strict = true;
    }
    return strict;
  };
  const dominatedBy = (front: number[], point: number): boolean => {
    // Later members are closer in sort order, so more likely to dominate: scan backwards.
    for (let q = front.length - 1; q >= 0; q--) if (dominates(front[q], point)) return true;
    return false;
  };
  for (let p = 0; p < n; p++) {
    const point = order[p];
    let lo = 0;
    let hi = fronts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dominatedBy(fronts[mid], point)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === fronts.length) fronts.push([]);
    fronts[lo].push(point);
    layers[point] = lo + 1;
  }
  return layers;
}
