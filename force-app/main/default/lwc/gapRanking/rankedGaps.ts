// The ranking's plain objects, built from the model's columns with one fixed shape per object.
import { METRIC_KEYS } from './types';
import type { MetricKey, MetricRow, MetricValues, RankedGap } from './types';

type Columns = Record<MetricKey, Float64Array>;

/** Row i of the six metric columns as a plain MetricValues object (METRIC_KEYS order). */
export function valuesAt(columns: Columns, i: number): MetricValues {
  return {
    arr: columns.arr[i],
    accounts: columns.accounts[i],
    strategic: columns.strategic[i],
    p0: columns.p0[i],
    tam: columns.tam[i],
    lost: columns.lost[i]
  };
}

/**
 * Metric `k` (its position in METRIC_KEYS) of `values`. Loads by name: a load by a key that takes
 * six values goes through V8's slow generic path, per gap and metric.
 */
export function metricAt(values: MetricValues, k: number): number {
  switch (k) {
    case 0:
      return values.arr;
    case 1:
      return values.accounts;
    case 2:
      return values.strategic;
    case 3:
      return values.p0;
    case 4:
      return values.tam;
    default:
      return values.lost;
  }
}

/** Positions in METRIC_KEYS of the active metrics, in order. */
export function keyPositions(active: readonly MetricKey[]): Int32Array {
  return Int32Array.from(active, (key) => METRIC_KEYS.indexOf(key));
}

/**
 * Each active metric's share of gap i's weighted terms (0 for the others, all 0 when they sum to
 * 0); `scratch` holds six numbers, `positions` the active metrics' places in METRIC_KEYS.
 */
export function sharesAt(
  positions: Int32Array,
  weightList: readonly number[],
  terms: readonly Float64Array[],
  i: number,
  scratch: Float64Array
): MetricValues {
  scratch.fill(0);
  let total = 0;
  for (let m = 0; m < positions.length; m++) {
    const weighted = weightList[m] * terms[m][i];
    scratch[positions[m]] = weighted;
    total += weighted;
  }
  if (total > 0) for (let k = 0; k < 6; k++) scratch[k] /= total;
  else scratch.fill(0);
  return {
    arr: scratch[0],
    accounts: scratch[1],
    strategic: scratch[2],
    p0: scratch[3],
    tam: scratch[4],
    lost: scratch[5]
  };
}

/** The ranked gaps in `order` (indexes into rows and columns), rank = position + 1. */
export function rankedGaps(
  order: ArrayLike<number>,
  rows: readonly MetricRow[],
  model: {
    active: readonly MetricKey[];
    weightList: readonly number[];
    terms: readonly Float64Array[];
    values: Columns;
    ranks: Columns;
    places: Columns;
    scores: Float64Array;
    layers: Int32Array;
  }
): RankedGap[] {
  const { active, weightList, terms, values, ranks, places, scores, layers } = model;
  const scratch = new Float64Array(METRIC_KEYS.length);
  const positions = keyPositions(active);
  const gaps: RankedGap[] = new Array(order.length);
  for (let position = 0; position < order.length; position++) {
    const i = order[position];
    gaps[position] = {
      id: rows[i].id,
      name: rows[i].name,
      rank: position + 1,
      score: scores[i],
      layer: layers[i],
      metrics: valuesAt(values, i),
      metricRanks: valuesAt(ranks, i),
      metricPlaces: valuesAt(places, i),
      shares: sharesAt(positions, weightList, terms, i, scratch)
    };
  }
  return gaps;
}
