import { aggregate } from './model';
import type { RankingModel } from './model';
import { mulberry32 } from './random';

export interface ConfidenceOptions {
  /** Top N to stay in; default 10. */
  topN?: number;
  /** Number of perturbed weight sets; default 200. */
  samples?: number;
  /** PRNG seed; default 1. */
  seed?: number;
}

/**
 * Per gap id, the share (0–1) of seeded weight perturbations — each non-zero weight times a factor
 * drawn uniformly in [0.5, 1.5] — in which the gap is in the Top N. Reuses the model's metric
 * terms, layers and tie order: each sample only re-aggregates scores and selects the Top N, so
 * the cost is O(samples · gaps · metrics). Same model and options, same result.
 */
export function computeConfidence(
  model: RankingModel,
  options: ConfidenceOptions = {}
): Map<string, number> {
  const topN = Math.max(0, Math.floor(options.topN ?? 10));
  const samples = Math.max(1, Math.floor(options.samples ?? 200));
  const random = mulberry32(options.seed ?? 1);
  const { n, terms, layers, tieOrder, method } = model;
  const baseWeights = model.active.map((key) => model.weights[key]);
  const weights = new Float64Array(baseWeights.length);
  const scores = new Float64Array(n);
  const hits = new Int32Array(n);
  const size = Math.min(topN, n);
  const best = new Int32Array(size); // the Top N so far, best first
  // True when gap a goes before gap b in this sample's order.
  const before = (a: number, b: number): boolean => {
    if (layers[a] !== layers[b]) return layers[a] < layers[b];
    if (scores[a] !== scores[b]) return scores[a] > scores[b];
    return tieOrder[a] < tieOrder[b];
  };
  for (let sample = 0; sample < samples; sample++) {
    for (let m = 0; m < weights.length; m++) weights[m] = baseWeights[m] * (0.5 + random());
    let filled = 0;
    for (let j = 0; j < n; j++) {
      scores[j] = aggregate(method, weights, terms, j);
      if (size === 0) continue;
      if (filled === size && !before(j, best[size - 1])) continue;
      // Insertion into the short sorted list; most gaps fail the test above and cost O(1).
      let p = filled < size ? filled++ : size - 1;
      while (p > 0 && before(j, best[p - 1])) {
        best[p] = best[p - 1];
        p--;
      }
      best[p] = j;
    }
    for (let q = 0; q < filled; q++) hits[best[q]]++;
  }
  const confidence = new Map<string, number>();
  model.rows.forEach((row, j) => confidence.set(row.id, hits[j] / samples));
  return confidence;
}
