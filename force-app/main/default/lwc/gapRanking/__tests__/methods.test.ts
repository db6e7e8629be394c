/** @jest-environment node */
import {
  DEFAULT_WEIGHTS,
  RankingInputError,
  parseWeights,
  prepareRanking,
  rankGaps
} from '../gapRanking';
import type { MetricRow, MetricValues, Weights } from '../gapRanking';

const ZERO: MetricValues = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
const row = (id: string, metrics: Partial<MetricValues>, name = id): MetricRow => ({
  id,
  name,
  metrics: { ...ZERO, ...metrics }
});
const only = (weights: Partial<Weights>): Weights => ({ ...ZERO, ...weights });
const order = (rows: MetricRow[], options: Parameters<typeof rankGaps>[1]) =>
  rankGaps(rows, options).gaps.map((gap) => gap.id);

describe('weighted Borda on the published Tennessee example', () => {
  // Worked example of the Borda count (Wikipedia, "Borda count", section "An example", as kept by
  // liquisearch.com/borda_count/an_example): voter groups of 42, 26, 15, 17 % rank four cities;
  // n - i points give Memphis 126, Nashville 194, Chattanooga 173, Knoxville 107.
  // Each voter group is one metric (value 4 - ballot position), its share of voters the weight;
  // our score is the weighted mean percentile = points / (3 · 100).
  const ballots: Record<string, [number, number, number, number]> = {
    Memphis: [4, 1, 1, 1],
    Nashville: [3, 4, 2, 2],
    Chattanooga: [2, 3, 4, 3],
    Knoxville: [1, 2, 3, 4]
  };
  const rows = Object.entries(ballots).map(([city, [a, b, c, d]]) =>
    row(city, { arr: a, accounts: b, strategic: c, p0: d })
  );
  const ranking = rankGaps(rows, {
    method: 'borda',
    weights: only({ arr: 42, accounts: 26, strategic: 15, p0: 17 })
  });

  it('gives the published point totals', () => {
    const points = Object.fromEntries(
      ranking.gaps.map((gap) => [gap.id, Math.round(gap.score * 300)])
    );
    expect(points).toEqual({ Memphis: 126, Nashville: 194, Chattanooga: 173, Knoxville: 107 });
  });

  it('elects Nashville, then Chattanooga, Memphis, Knoxville', () => {
    expect(ranking.gaps.map((gap) => gap.id)).toEqual([
      'Nashville',
      'Chattanooga',
      'Memphis',
      'Knoxville'
    ]);
    expect(ranking.gaps.map((gap) => gap.rank)).toEqual([1, 2, 3, 4]);
  });
});

describe('weighted reciprocal rank fusion', () => {
  // RRF(d) = Σ 1 / (k + rank), k = 60 (Cormack, Clarke & Büttcher, SIGIR 2009). Worked example of
  // notes.priyanshsinghal.com/docs/rag-course/15-rrf: dense [d3, d1, d7, d2], bm25 [d1, d9, d3, d5]
  // fuse to d1 first, then d3 ("they're in both"). Documents a list leaves out share its last ranks.
  const dense = { d3: 4, d1: 3, d7: 2, d2: 1 } as Record<string, number>;
  const bm25 = { d1: 4, d9: 3, d3: 2, d5: 1 } as Record<string, number>;
  const ids = ['d1', 'd2', 'd3', 'd5', 'd7', 'd9'];
  const rows = ids.map((id) => row(id, { arr: dense[id] ?? 0, accounts: bm25[id] ?? 0 }));
  const ranking = rankGaps(rows, { method: 'rrf', weights: only({ arr: 1, accounts: 1 }) });

  it('puts d1 then d3 first with the published scores', () => {
    expect(ranking.gaps.slice(0, 2).map((gap) => gap.id)).toEqual(['d1', 'd3']);
    expect(ranking.gaps[0].score).toBeCloseTo(1 / 62 + 1 / 61, 15);
    expect(ranking.gaps[1].score).toBeCloseTo(1 / 61 + 1 / 63, 15);
  });

  it('multiplies each metric term by its weight', () => {
    const weighted = rankGaps(rows, { method: 'rrf', weights: only({ arr: 3, accounts: 1 }) });
    expect(weighted.gaps[0].id).toBe('d3');
    expect(weighted.gaps[0].score).toBeCloseTo(3 / 61 + 1 / 63, 15);
  });
});

describe('averaged ties', () => {
  const rows = [
    row('A', { arr: 5 }),
    row('B', { arr: 9 }),
    row('C', { arr: 5 }),
    row('D', { arr: 5 }),
    row('E', { arr: 1 })
  ];
  const ranking = rankGaps(rows, { weights: only({ arr: 1 }) });
  const byId = new Map(ranking.gaps.map((gap) => [gap.id, gap]));

  it('share the averaged rank and keep the competition place', () => {
    expect(['A', 'C', 'D'].map((id) => byId.get(id)!.metricRanks.arr)).toEqual([3, 3, 3]);
    expect(byId.get('A')!.metricPlaces.arr).toBe(2);
    expect(byId.get('E')!.metricRanks.arr).toBe(5);
  });

  it('give equal Borda scores, ordered by the documented tie-break (name, then id)', () => {
    expect(byId.get('A')!.score).toBe(0.5);
    expect(ranking.gaps.map((gap) => gap.id)).toEqual(['B', 'A', 'C', 'D', 'E']);
  });
});

describe('weights', () => {
  const rows = [row('A', { arr: 10, tam: 0 }), row('B', { arr: 1, tam: 1000 })];

  it('a metric weighted 0 takes no part in any method, even as a tie-break', () => {
    for (const method of ['borda', 'rrf', 'pareto', 'score'] as const) {
      expect(order(rows, { method, weights: only({ arr: 1 }) })).toEqual(['A', 'B']);
      expect(order(rows, { method, weights: only({ tam: 1 }) })).toEqual(['B', 'A']);
    }
    const tied = [row('Z', { arr: 1, tam: 5 }), row('Y', { arr: 1, tam: 0 })];
    expect(order(tied, { weights: only({ arr: 1 }) })).toEqual(['Y', 'Z']);
    expect(rankGaps(rows, { weights: only({ arr: 1 }) }).gaps[0].shares).toEqual({
      ...ZERO,
      arr: 1
    });
  });

  it('defaults to borda with arr, accounts, strategic, p0 at 1', () => {
    const ranking = rankGaps(rows);
    expect(ranking.method).toBe('borda');
    expect(ranking.weights).toEqual(DEFAULT_WEIGHTS);
  });

  it('rejects all weights 0, an unknown metric or method, negative or non-numeric weights', () => {
    expect(() => rankGaps(rows, { weights: only({}) })).toThrow(RankingInputError);
    expect(() => rankGaps(rows, { weights: { bogus: 1 } as Partial<Weights> })).toThrow(/bogus/);
    expect(() => rankGaps(rows, { weights: { arr: -1 } })).toThrow(/arr/);
    expect(() => rankGaps(rows, { method: 'median' as never })).toThrow(/median/);
  });

  it('rejects duplicate gap ids', () => {
    expect(() => rankGaps([row('A', {}), row('A', {})])).toThrow(/"A" appears twice/);
  });

  it('counts missing or bad metric values as 0', () => {
    const bad = [
      { id: 'A', name: 'A', metrics: { arr: Number.NaN } as MetricValues },
      row('B', { arr: 1 })
    ];
    const ranking = rankGaps(bad, { weights: only({ arr: 1 }) });
    expect(ranking.gaps.map((gap) => [gap.id, gap.metrics.arr])).toEqual([
      ['B', 1],
      ['A', 0]
    ]);
  });
});

describe('parseWeights', () => {
  it('reads name=value lists and Weights__c JSON, keeping defaults for names not given', () => {
    expect(parseWeights('arr=2, lost=0.5')).toEqual({ ...DEFAULT_WEIGHTS, arr: 2, lost: 0.5 });
    expect(parseWeights('{"tam":1,"p0":0}')).toEqual({ ...DEFAULT_WEIGHTS, tam: 1, p0: 0 });
    expect(parseWeights('')).toEqual(DEFAULT_WEIGHTS);
    expect(parseWeights(null)).toEqual(DEFAULT_WEIGHTS);
  });

  it.each([
    ['arr=x', /Weight "arr"/],
    ['arr=', /Weight "arr"/],
    ['revenue=1', /Unknown weight "revenue"/],
    ['arr', /name=number/],
    ['{"arr":', /not valid JSON/],
    ['{"arr":-2}', /Weight "arr"/],
    ['[1]', /name=number/]
  ])('rejects %s', (text, message) => {
    expect(() => parseWeights(text)).toThrow(message);
  });

  it('accepts numeric strings in Weights__c JSON', () => {
    expect(() => parseWeights('{}')).not.toThrow();
    expect(() => parseWeights('{"arr":"2"}')).not.toThrow();
    expect(parseWeights('{"arr":"2"}').arr).toBe(2);
  });
});

describe('score method (min-max)', () => {
  it('averages the normalised values; a metric that does not vary adds 0', () => {
    const rows = [
      row('A', { arr: 100, accounts: 2 }),
      row('B', { arr: 50, accounts: 2 }),
      row('C', { arr: 0, accounts: 2 })
    ];
    const ranking = rankGaps(rows, { method: 'score', weights: only({ arr: 1, accounts: 1 }) });
    expect(ranking.gaps.map((gap) => [gap.id, gap.score])).toEqual([
      ['A', 0.5],
      ['B', 0.25],
      ['C', 0]
    ]);
  });

  it('rewards the size of a lead, unlike Borda', () => {
    const rows = [
      row('A', { arr: 1000, accounts: 1 }),
      row('B', { arr: 10, accounts: 2 }),
      row('C', { arr: 0, accounts: 0 })
    ];
    const weights = only({ arr: 1, accounts: 1 });
    expect(order(rows, { method: 'score', weights })).toEqual(['A', 'B', 'C']);
    expect(order(rows, { method: 'borda', weights })).toEqual(['A', 'B', 'C']);
    const rows2 = [
      row('A', { arr: 1000, accounts: 1 }),
      row('B', { arr: 999, accounts: 3 }),
      row('C', { arr: 0, accounts: 2 })
    ];
    expect(order(rows2, { method: 'score', weights })).toEqual(['B', 'A', 'C']);
  });
});

describe('pareto layers', () => {
  const rows = [
    row('Top', { arr: 10, accounts: 10 }),
    row('Arr', { arr: 20, accounts: 1 }),
    row('Mid', { arr: 5, accounts: 5 }),
    row('Low', { arr: 1, accounts: 1 }),
    row('Acc', { arr: 0, accounts: 30 }),
    row('MidTwin', { arr: 5, accounts: 5 })
  ];
  const ranking = rankGaps(rows, { method: 'pareto', weights: only({ arr: 1, accounts: 1 }) });
  const layer = Object.fromEntries(ranking.gaps.map((gap) => [gap.id, gap.layer]));

  it('puts non-dominated gaps in layer 1, equal gaps in the same layer', () => {
    expect(layer).toEqual({ Top: 1, Arr: 1, Acc: 1, Mid: 2, MidTwin: 2, Low: 3 });
  });

  it('orders by layer, then Borda inside the layer', () => {
    expect(ranking.gaps.map((gap) => gap.id)).toEqual([
      'Top',
      'Arr',
      'Acc',
      'Mid',
      'MidTwin',
      'Low'
    ]);
  });

  it('ranks a single gap and an empty list', () => {
    expect(rankGaps([row('A', { arr: 1 })], { method: 'pareto' }).gaps[0]).toMatchObject({
      rank: 1,
      layer: 1,
      score: 1
    });
    expect(rankGaps([], { method: 'pareto' }).gaps).toEqual([]);
  });
});

describe('prepareRanking', () => {
  it('exposes the ranking it computed', () => {
    const rows = [row('A', { arr: 1 }), row('B', { arr: 2 })];
    const model = prepareRanking(rows, { method: 'rrf' });
    expect(model.ranking.gaps.map((gap) => gap.id)).toEqual(['B', 'A']);
    expect(model.active).toEqual(['arr', 'accounts', 'strategic', 'p0']);
  });
});
