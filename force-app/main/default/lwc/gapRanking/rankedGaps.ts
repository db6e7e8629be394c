// The ranking's plain objects, built from the model's columns with one fixed shape per object.
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

/** Each active metric's share of gap i's weighted terms (0 for the others, all 0 when they sum to 0). */
export function sharesAt(
  active: readonly MetricKey[],
  weightList: readonly number[],
  terms: readonly Float64Array[],
  i: number,
  scratch: Float64Array
): MetricValues {
  const shares: MetricValues = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
  let total = 0;
  for (let m = 0; m < active.length; m++) {
    scratch[m] = weightList[m] * terms[m][i];
    total += scratch[m];
  }
  for (let m = 0; m < active.length; m++) shares[active[m]] = total > 0 ? scratch[m] / total : 0;
  return shares;
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
  const scratch = new Float64Array(active.length);
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
      shares: sharesAt(active, weightList, terms, i, scratch)
    };
  }
  return gaps;
}
