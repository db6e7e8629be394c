/** @jest-environment node */
import {
  computeConfidence,
  describeRanking,
  explainGap,
  ordinal,
  pathIntoTopN,
  prepareRanking,
  proposeReplacements,
  rankGaps
} from '../gapRanking';
import type { GapRecord, MetricRow, MetricValues } from '../gapRanking';

const ZERO: MetricValues = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
const row = (id: string, metrics: Partial<MetricValues>): MetricRow => ({
  id,
  name: id,
  metrics: { ...ZERO, ...metrics }
});

const rows = [
  row('A', { arr: 900, accounts: 3, strategic: 2, p0: 2 }),
  row('B', { arr: 500, accounts: 5, strategic: 1, p0: 1 }),
  row('C', { arr: 100, accounts: 1, strategic: 0, p0: 0 }),
  row('D', { arr: 500, accounts: 2, strategic: 0, p0: 3 })
];

describe('explanations', () => {
  const ranking = rankGaps(rows);

  it('writes the sentence with places, "=" for a shared place, active metrics only', () => {
    expect(explainGap(ranking, 'B')!.sentence).toBe(
      '#2: =2nd by ARR, 1st by accounts, 2nd strategic, 3rd P0'
    );
    expect(explainGap(ranking, 'A')!.sentence).toBe(
      '#1: 1st by ARR, 2nd by accounts, 1st strategic, 2nd P0'
    );
  });

  it('gives each metric its rank and share of the score, shares summing to 1', () => {
    const b = explainGap(ranking, 'B')!;
    expect(b.metrics.map((m) => [m.key, m.rank])).toEqual([
      ['arr', 2.5],
      ['accounts', 1],
      ['strategic', 2],
      ['p0', 3]
    ]);
    // Borda percentiles: arr (4-2.5)/3 = .5, accounts 1, strategic 2/3, p0 1/3; total 2.5.
    expect(b.score).toBeCloseTo(2.5 / 4, 12);
    expect(b.metrics.map((m) => m.share)).toEqual([
      0.2,
      0.4,
      expect.closeTo(2 / 7.5, 12),
      expect.closeTo(1 / 7.5, 12)
    ]);
  });

  it('describes every gap in order and returns null for an unknown gap', () => {
    expect(describeRanking(prepareRanking(rows)).map((e) => e.id)).toEqual(['A', 'B', 'D', 'C']);
    expect(explainGap(ranking, 'nope')).toBeNull();
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [102, '102nd'],
    [111, '111th']
  ])('ordinal(%i) = %s', (n, text) => expect(ordinal(n)).toBe(text));
});

describe('pathIntoTopN', () => {
  it('gives the smallest single-metric increase, hand-checked for Borda', () => {
    // n = 4, percentile (4 - rank) / 3. Top 2 is A (.833), B (.625); D scores .5:
    // arr 2.5 → .5, accounts 3rd → 1/3, strategic tied 3.5 → 1/6, p0 1st → 1.
    const model = prepareRanking(rows);
    const path = pathIntoTopN(model, 'D', 2)!;
    // arr to 900 ties A (1.5 → .833) and drops B to 3rd (1/3): D = B = 2.333/4; the tie-break
    // (arr first) puts D ahead. 500.01 is not enough: D .542 < B .583.
    expect(path.arr).toBe(400);
    // accounts to 4: D 2/3 → .583 < B .625; to 5 ties B at 1.5: D .625 > B .583.
    expect(path.accounts).toBe(3);
    // strategic to 1 ties B: both .583, B wins the tie-break on accounts; to 2: D .667 > B .542.
    expect(path.strategic).toBe(2);
    expect(path.p0).toBeNull(); // already 1st by P0: nothing left to gain there
    expect(path.tam).toBeNull(); // weight 0
  });

  it('is 0 for a gap already in and null for an unknown gap', () => {
    const model = prepareRanking(rows);
    expect(pathIntoTopN(model, 'A', 2)).toEqual({ ...ZERO });
    expect(pathIntoTopN(model, 'nope', 2)).toBeNull();
  });

  it('solves the score method on its continuous scale', () => {
    const model = prepareRanking(
      [row('X', { arr: 100 }), row('Y', { arr: 40 }), row('Z', { arr: 0 })],
      {
        method: 'score',
        weights: { accounts: 0, strategic: 0, p0: 0 }
      }
    );
    expect(pathIntoTopN(model, 'Z', 1)!.arr).toBe(100.01);
    expect(pathIntoTopN(model, 'Z', 2)!.arr).toBe(40.01);
  });

  it('works for Pareto layers: no single metric lifts a gap that is last inside layer 1', () => {
    // C reaches layer 1 with any record value, but its Borda score stays lowest of the layer.
    const model = prepareRanking(rows, { method: 'pareto' });
    expect(pathIntoTopN(model, 'C', 3)).toEqual({
      arr: null,
      accounts: null,
      strategic: null,
      p0: null,
      tam: null,
      lost: null
    });
    expect(pathIntoTopN(model, 'D', 1)!.p0).toBeNull();
    // B to 900.01 on arr: B and A both score .75 in layer 1, B wins the tie-break on arr.
    expect(pathIntoTopN(model, 'B', 1)).toMatchObject({ arr: 400.01, strategic: null });
  });
});

describe('computeConfidence', () => {
  it('is 1 for a gap that tops every metric and 0 for one that is last on all', () => {
    const model = prepareRanking(rows);
    const confidence = computeConfidence(model, { topN: 1, samples: 50, seed: 3 });
    expect(confidence.get('A')).toBe(1);
    expect(confidence.get('C')).toBe(0);
  });

  it('splits between gaps whose order depends on the weights', () => {
    // P leads on arr, Q on accounts: equal weights tie them; perturbations decide.
    const model = prepareRanking(
      [row('P', { arr: 2, accounts: 1 }), row('Q', { arr: 1, accounts: 2 })],
      {
        weights: { strategic: 0, p0: 0 }
      }
    );
    const confidence = computeConfidence(model, { topN: 1, samples: 400, seed: 11 });
    expect(confidence.get('P')! + confidence.get('Q')!).toBeCloseTo(1, 12);
    expect(confidence.get('P')).toBeGreaterThan(0.35);
    expect(confidence.get('P')).toBeLessThan(0.65);
  });

  it('defaults to top 10 and 200 samples; top 0 gives 0 everywhere', () => {
    const model = prepareRanking(rows);
    expect([...computeConfidence(model).values()]).toEqual([1, 1, 1, 1]);
    expect([...computeConfidence(model, { topN: 0 }).values()]).toEqual([0, 0, 0, 0]);
  });
});

describe('proposeReplacements', () => {
  const gaps: GapRecord[] = [
    { id: 'A', name: 'A', status: 'Done' },
    { id: 'B', name: 'B', status: 'Open' },
    { id: 'C', name: 'C', status: "Won't Do" },
    { id: 'D', name: 'D', status: 'Open', duplicateOfId: 'B' },
    { id: 'E', name: 'E', status: 'In Review' },
    { id: 'F', name: 'F', status: 'Open' }
  ];
  const ranking = rankGaps([row('F', { arr: 9 }), row('B', { arr: 8 }), row('E', { arr: 5 })]);

  it("marks Done, Won't Do and merged entries and proposes the highest open gaps not listed", () => {
    const published = [
      { gapId: 'D', rank: 3 },
      { gapId: 'A', rank: 1 },
      { gapId: 'F', rank: 2 },
      { gapId: 'C', rank: 4 }
    ];
    const proposal = proposeReplacements(published, ranking, gaps);
    expect(proposal.resolved.map((r) => [r.entry.gapId, r.reason, r.mergedIntoId])).toEqual([
      ['A', 'done', null],
      ['D', 'merged', 'B'],
      ['C', 'wontDo', null]
    ]);
    expect(proposal.replacements.map((r) => [r.replaces.gapId, r.gapId, r.rank])).toEqual([
      ['A', 'B', 2],
      ['D', 'E', 3]
    ]);
    expect(proposal.unknown).toEqual([]);
  });

  it('leaves entries whose gap is not visible alone', () => {
    const proposal = proposeReplacements([{ gapId: 'Z', rank: 1 }], ranking, gaps);
    expect(proposal).toEqual({
      resolved: [],
      replacements: [],
      unknown: [{ gapId: 'Z', rank: 1 }]
    });
  });
});
