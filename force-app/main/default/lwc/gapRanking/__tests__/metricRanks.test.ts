/** @jest-environment node */
import fc from 'fast-check';
import { rankMetric } from '../gapRanking';

/** The definition, O(n²): averaged rank and competition place with 1 = highest. */
function naiveRanks(values: number[]): { ranks: number[]; places: number[] } {
  const greater = values.map((v) => values.filter((w) => w > v).length);
  const equal = values.map((v) => values.filter((w) => w === v).length);
  return {
    ranks: values.map((_, i) => greater[i] + (equal[i] + 1) / 2),
    places: values.map((_, i) => greater[i] + 1)
  };
}

const engineRanks = (values: number[]) => {
  const { ranks, places } = rankMetric(Float64Array.from(values));
  return { ranks: Array.from(ranks), places: Array.from(places) };
};

describe('rankMetric', () => {
  it('ranks counts, cent amounts and other finite numbers like the definition', () => {
    const cases = [
      [],
      [7],
      [3, 1, 3, 2, 3],
      [0, -0, 0.1, 0.2, 0.30000000000000004, 0.3, 1234.56, 1234.56],
      [2 ** 40, 2 ** 40 + 1, 0, 1e15, 1e15],
      [-1, 0, 1]
    ];
    for (const values of cases) expect(engineRanks(values)).toEqual(naiveRanks(values));
  });

  it('ranks small counts (counted per value) and large whole amounts (sorted) alike', () => {
    const counts = Array.from({ length: 200 }, (_, i) => (i * 7) % 23);
    const amounts = counts.map((count) => count * 100_000 + (count % 3));
    expect(engineRanks(counts)).toEqual(naiveRanks(counts));
    expect(engineRanks(amounts)).toEqual(naiveRanks(amounts));
  });

  it('agrees with the definition on any finite values (fast-check)', () => {
    const valueArb = fc.oneof(
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100),
      fc.double({ min: -1e6, max: 1e16, noNaN: true, noDefaultInfinity: true })
    );
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 40 }), (values) => {
        expect(engineRanks(values)).toEqual(naiveRanks(values));
      })
    );
  });
});
