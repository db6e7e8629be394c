/** @jest-environment node */
import fc from 'fast-check';
import {
  RANKING_METHODS,
  computeConfidence,
  pathIntoTopN,
  prepareRanking,
  rankGaps
} from '../gapRanking';
import type { MetricKey, MetricRow, RankingMethod } from '../gapRanking';

const KEYS: MetricKey[] = ['arr', 'accounts', 'strategic', 'p0', 'tam', 'lost'];
// Small value ranges so ties, the hard case, are frequent.
const metricsArb = fc.record({
  arr: fc.integer({ min: 0, max: 6 }).map((v) => v * 1000),
  accounts: fc.integer({ min: 0, max: 5 }),
  strategic: fc.integer({ min: 0, max: 3 }),
  p0: fc.integer({ min: 0, max: 3 }),
  tam: fc.integer({ min: 0, max: 4 }),
  lost: fc.integer({ min: 0, max: 4 })
});
const rowsArb = fc
  .array(metricsArb, { minLength: 1, maxLength: 14 })
  .map((list) =>
    list.map((metrics, i): MetricRow => ({ id: `G${i}`, name: `Gap ${i % 4}`, metrics }))
  );
const weightsArb = fc.record({
  arr: fc.constantFrom(0, 0.5, 1, 2),
  accounts: fc.constantFrom(0, 1, 3),
  strategic: fc.constantFrom(0, 1),
  p0: fc.constantFrom(1, 2),
  tam: fc.constantFrom(0, 1),
  lost: fc.constantFrom(0, 0.5)
});
const gridRow = (
  i: number,
  name: string,
  arr: number,
  strategic: number,
  p0: number,
  tam: number
) =>
  ({ id: `G${i}`, name, metrics: { arr, accounts: 0, strategic, p0, tam, lost: 0 } }) as MetricRow;
const GRID_ROUNDING_ROWS: MetricRow[] = [
  gridRow(0, 'Gap 0', 0, 1, 1, 3),
  gridRow(1, 'Gap 1', 0, 0, 0, 1),
  gridRow(2, 'Gap 2', 5000, 2, 0, 1),
  gridRow(3, 'Gap 3', 2000, 1, 0, 0),
  gridRow(4, 'Gap 0', 0, 3, 0, 4)
];
const GRID_ROUNDING_WEIGHTS = { arr: 1, accounts: 0, strategic: 1, p0: 1, tam: 1, lost: 0 };
const methodArb = fc.constantFrom<RankingMethod>(...RANKING_METHODS);
const raise = (rows: MetricRow[], target: MetricRow, key: MetricKey, increase: number) =>
  rows.map((row) => {
    if (row !== target) return row;
    return { ...row, metrics: { ...row.metrics, [key]: row.metrics[key] + increase } };
  });
const ids = (rows: MetricRow[], method: RankingMethod, weights: Record<MetricKey, number>) =>
  rankGaps(rows, { method, weights }).gaps.map((gap) => gap.id);

describe('ranking invariants (fast-check)', () => {
  it('input order never changes the result', () => {
    fc.assert(
      fc.property(rowsArb, weightsArb, methodArb, fc.integer(), (rows, weights, method, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length }), {
          seed,
          numRuns: 1
        })[0];
        expect(rankGaps(shuffled, { method, weights })).toEqual(
          rankGaps(rows, { method, weights })
        );
      })
    );
  });

  it('raising one metric of a gap never lowers its position (borda, rrf, score)', () => {
    fc.assert(
      fc.property(
        rowsArb,
        weightsArb,
        fc.constantFrom<RankingMethod>('borda', 'rrf', 'score'),
        fc.nat(),
        fc.constantFrom(...KEYS),
        fc.integer({ min: 1, max: 3000 }),
        (rows, weights, method, pick, key, increase) => {
          const target = rows[pick % rows.length];
          const before = ids(rows, method, weights).indexOf(target.id);
          const raised = raise(rows, target, key, increase);
          expect(ids(raised, method, weights).indexOf(target.id)).toBeLessThanOrEqual(before);
        }
      )
    );
  });

  it('a gap that beats another on every weighted metric ranks above it under every method', () => {
    fc.assert(
      fc.property(rowsArb, weightsArb, methodArb, fc.nat(), (rows, weights, method, pick) => {
        const strong = rows[pick % rows.length];
        const better: MetricRow = {
          id: 'Better',
          name: 'Zzz', // the worst name: only the metrics may put it above
          metrics: Object.fromEntries(
            KEYS.map((k) => [k, strong.metrics[k] + 1])
          ) as MetricRow['metrics']
        };
        const order = ids([...rows, better], method, weights);
        expect(order.indexOf('Better')).toBeLessThan(order.indexOf(strong.id));
      })
    );
  });

  it('same seed, same confidence; every share is in [0, 1] and Top N shares sum to N', () => {
    fc.assert(
      fc.property(rowsArb, weightsArb, methodArb, fc.integer(), (rows, weights, method, seed) => {
        const model = prepareRanking(rows, { method, weights });
        const first = computeConfidence(model, { topN: 3, samples: 20, seed });
        expect(computeConfidence(model, { topN: 3, samples: 20, seed })).toEqual(first);
        const values = [...first.values()];
        expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
        expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.min(3, rows.length), 9);
      })
    );
  });

  it('pathIntoTopN is exact: the increase brings the gap in, one step less does not', () => {
    fc.assert(
      fc.property(rowsArb, weightsArb, methodArb, fc.nat(), (rows, weights, method, pick) => {
        const topN = 3;
        const model = prepareRanking(rows, { method, weights });
        const target = rows[pick % rows.length];
        const path = pathIntoTopN(model, target.id, topN)!;
        const inTop = (key: MetricKey, increase: number) => {
          const raised = raise(rows, target, key, increase);
          return ids(raised, method, weights).indexOf(target.id) < topN;
        };
        const already = model.ranking.gaps.findIndex((gap) => gap.id === target.id) < topN;
        // Collect every broken expectation so the property makes one unconditional assertion.
        const broken: string[] = [];
        for (const key of KEYS) {
          const increase = path[key];
          const step = key === 'arr' || key === 'tam' || key === 'lost' ? 0.01 : 1;
          if (already) {
            if (increase !== 0) broken.push(`${key}: ${increase} for a gap already in`);
          } else if (weights[key] === 0) {
            if (increase !== null) broken.push(`${key}: ${increase} for a weight-0 metric`);
          } else if (increase === null) {
            if (inTop(key, 1e9)) broken.push(`${key}: null, but a huge increase gets in`);
          } else {
            if (!inTop(key, increase)) broken.push(`${key}: +${increase} is not enough`);
            const less = Math.round((increase - step) * 100) / 100;
            if (inTop(key, less)) broken.push(`${key}: +${less} is already enough`);
          }
        }
        expect(broken).toEqual([]);
      }),
      // The counterexample of seed -1653808226: the score method's grid probed 0 + 380 * 0.01
      // (3.8000000000000003) but reported +3.8, which ties instead of passing.
      { numRuns: 150, examples: [[GRID_ROUNDING_ROWS, GRID_ROUNDING_WEIGHTS, 'score', 3]] }
    );
  });
});
