// Small cuts of the submissions by gap Id, the counts read from the aggregate answer, and the
// parallel load's state on answers it did not ask for (the load itself is checked against the
// emulator in preview/emulator/__tests__/parallelLoad.test.ts).
import {
  acceptBaseData,
  acceptCounts,
  acceptPartitionData,
  countsOf,
  smallestRangeCuts,
  oneRangeAfterRefusal,
  parallelProgress,
  startParallelLoad
} from 'c/gapData';
import type { ReadData } from 'c/gapData';

describe('smallestRangeCuts and countsOf', () => {
  const count = (gapId: string, n: number) => ({ gapId, count: n });

  it('cuts even counts into even ranges, sorting the gaps by Id first', () => {
    const counts = ['f', 'b', 'd', 'a', 'c', 'e'].map((id) => count(id, 10));
    expect(smallestRangeCuts(counts, 3)).toEqual(['c', 'e']);
    expect(smallestRangeCuts(counts, 6)).toEqual(['b', 'c', 'd', 'e', 'f']);
  });

  it('gives fewer ranges for fewer gaps, no rows or a single part; a huge gap stands alone', () => {
    expect(smallestRangeCuts([count('a', 5), count('b', 5)], 6)).toEqual(['b']);
    // One gap holds nearly everything: it is a range of its own, the small ones share the other.
    expect(smallestRangeCuts([count('a', 1000), count('b', 1), count('c', 1)], 3)).toEqual(['b']);
    expect(smallestRangeCuts([count('a', 1), count('b', 1000), count('c', 1)], 2)).toEqual(['c']);
    expect(smallestRangeCuts([], 6)).toEqual([]);
    expect(smallestRangeCuts([count('a', 0), count('b', 0)], 6)).toEqual([]);
    expect(smallestRangeCuts([count('a', 5), count('b', 5)], 1)).toEqual([]);
  });

  it('cuts so that the largest range is as small as it can be', () => {
    const counts = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => count(id, [5, 1, 1, 1, 1, 5][i]));
    // The big gaps stand alone; the others within ceil(14 / 6) = 3: a | b..d | e | f.
    expect(smallestRangeCuts(counts, 6)).toEqual(['b', 'e', 'f']);
    // Fewer parts: the cap grows until the ranges fit, a | b..e | f.
    expect(smallestRangeCuts(counts, 3)).toEqual(['b', 'f']);
    expect(smallestRangeCuts(counts, 2)).toEqual(['d']);
    // A lumpy set where equal shares overflow one range: the cap keeps every range within 3.
    const lumpy = ['a', 'b', 'c', 'd'].map((id, i) => count(id, [2, 1, 2, 1][i]));
    expect(smallestRangeCuts(lumpy, 2)).toEqual(['c']);
    expect(smallestRangeCuts([], 6)).toEqual([]);
    expect(smallestRangeCuts([count('a', 5), count('a', 5), count('b', 1)], 3)).toEqual(['b']);
    expect(smallestRangeCuts(counts, 1)).toEqual([]);
  });

  it('reads the counts of an aggregate answer and ignores bad groups', () => {
    const node = (id: unknown, n: unknown) => ({
      node: { aggregate: { Product_Gap__c: { value: id }, Id: { count: { value: n } } } }
    });
    const data = {
      uiapi: {
        aggregate: {
          Product_Gap_Submission__c: {
            edges: [node('a', 3), node(null, 4), node('b', 'x'), node('c', 0), null, node('d', '2')]
          }
        }
      }
    } as unknown as ReadData;
    expect(countsOf(data)).toEqual([count('a', 3), count('d', 2)]);
    expect(countsOf(null)).toBeNull();
    expect(countsOf({ uiapi: { aggregate: null } })).toBeNull();
  });

  it('ignores answers for a cursor with nothing to read, and a base page without gaps', () => {
    const start = startParallelLoad();
    expect(acceptPartitionData(start, 0, {})).toBe(start);
    const noCounts = acceptCounts(start, null);
    expect(acceptCounts(noCounts, null)).toBe(noCounts);
    const base = acceptBaseData(noCounts, { uiapi: { query: null } });
    expect(base.gaps.incomplete).toBe(true);
    expect(acceptBaseData(base, {})).toBe(base);
    expect(parallelProgress(start)).toEqual({ loaded: 0, total: null, fraction: 0, requests: 0 });
  });

  it('falls back to one range from the start once, after a refused range read', () => {
    const counts = {
      uiapi: {
        aggregate: {
          Product_Gap_Submission__c: {
            edges: ['a', 'b'].map((id) => ({
              node: { aggregate: { Product_Gap__c: { value: id }, Id: { count: { value: 5 } } } }
            }))
          }
        }
      }
    } as unknown as ReadData;
    const split = acceptCounts(startParallelLoad(), counts, 2);
    // Outside [a, b) (gap b and anything new), and [a, b): one range per cursor.
    expect(split.partitions.map((p) => p.ranges.map((r) => r.range))).toEqual([
      [{ from: 'a', to: 'b', outside: true, counted: 5 }],
      [{ from: 'a', to: 'b', counted: 5 }]
    ]);
    const one = oneRangeAfterRefusal(split)!;
    expect(one.partitions).toHaveLength(1);
    expect(one.partitions[0].next!.operationName).toBe('RankingPartitionAll');
    expect(one.partitions[0].next!.variables.after).toBeNull();
    expect(oneRangeAfterRefusal(one)).toBeNull();
    expect(oneRangeAfterRefusal(startParallelLoad())).toBeNull();
  });
});
