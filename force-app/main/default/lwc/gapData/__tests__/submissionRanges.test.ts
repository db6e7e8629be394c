// The submission ranges of the parallel load: planned from the counts (one range outside the
// counted gaps, balanced ranges inside), spread over the cursors five to a request, each alias
// with its own cursor; a read range reads nothing while the others of its request go on.
import { RANGES_PER_REQUEST, acceptCounts, acceptPartitionData, planRanges } from 'c/gapData';
import type { ReadData, ReadRequest } from 'c/gapData';
import { startParallelLoad } from 'c/gapData';

const count = (gapId: string, n: number) => ({ gapId, count: n });
const countsData = (...entries: [string, number][]) =>
  ({
    uiapi: {
      aggregate: {
        Product_Gap_Submission__c: {
          edges: entries.map(([id, n]) => ({
            node: { aggregate: { Product_Gap__c: { value: id }, Id: { count: { value: n } } } }
          }))
        }
      }
    }
  }) as unknown as ReadData;
const row = (id: string, gapId: string) => ({
  node: { Id: id, Product_Gap__c: { value: gapId }, CreatedDate: { value: '2026-01-01' } }
});
const connection = (edges: unknown[], endCursor: string | null, more = false) => ({
  totalCount: edges.length,
  pageInfo: { hasNextPage: more, endCursor },
  edges
});
const answer = (aliases: Record<string, unknown>) =>
  ({ uiapi: { query: aliases } }) as unknown as ReadData;
const vars = (request: ReadRequest | null) => request!.variables;

describe('planRanges', () => {
  it('plans one range outside the counted gaps and balanced ranges inside them', () => {
    const counts = ['d', 'b', 'a', 'c'].map((id) => count(id, 10));
    expect(planRanges(counts, 4)).toEqual([
      { from: 'a', to: 'd', outside: true },
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' }
    ]);
    // Fewer gaps than parts: one range per gap; one gap: the outside range holds everything.
    expect(planRanges([count('a', 3), count('b', 3)], 30)).toEqual([
      { from: 'a', to: 'b', outside: true },
      { from: 'a', to: 'b' }
    ]);
    expect(planRanges([count('a', 3)], 30)).toEqual([{ from: 'a', to: 'a', outside: true }]);
  });

  it('plans one range over everything without counts', () => {
    expect(planRanges(null, 30)).toEqual([{ from: null, to: null }]);
    expect(planRanges([], 30)).toEqual([{ from: null, to: null }]);
  });
});

describe('the range requests', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `g${String(i).padStart(2, '0')}`);

  it('sends five ranges a request over six cursors, the outside range first', () => {
    const load = acceptCounts(
      startParallelLoad(),
      countsData(...ids.map((id): [string, number] => [id, 5]))
    );
    expect(load.partitions).toHaveLength(6);
    expect(load.partitions.map((p) => p.ranges.length)).toEqual([5, 5, 5, 5, 5, 5]);
    const first = load.partitions[0].next!;
    expect(first.operationName).toBe('RankingRangesOuter');
    expect(first.variables).toMatchObject({ low: 'g00', high: 'g39', after0: null });
    const second = load.partitions[1].next!;
    expect(second.operationName).toBe('RankingRanges');
    expect(second.variables.upperBound).toBe(load.partitions[0].next!.variables.upperBound);
    for (let i = 0; i < RANGES_PER_REQUEST; i++) {
      expect(second.variables[`after${i}`]).toBeNull();
      expect(second.variables[`from${i}`]).not.toBe(second.variables[`to${i}`]);
    }
  });

  it('leaves unused aliases empty, and reads a range with nothing more as nothing', () => {
    // Three gaps: the outside range and two inside ranges, one per cursor.
    let load = acceptCounts(startParallelLoad(), countsData(['a', 2], ['b', 2], ['c', 2]));
    expect(load.partitions).toHaveLength(3);
    const outer = vars(load.partitions[0].next);
    for (let i = 1; i < RANGES_PER_REQUEST; i++) {
      expect(outer[`from${i}`]).toBe('a');
      expect(outer[`to${i}`]).toBe('a');
    }
    // The outside range has a second page; its next request asks for it.
    load = acceptPartitionData(load, 0, answer({ r0: connection([row('s1', 'c')], 'cur1', true) }));
    expect(vars(load.partitions[0].next).after0).toBe('cur1');
    load = acceptPartitionData(load, 0, answer({ r0: connection([row('s2', 'c')], 'cur2') }));
    expect(load.partitions[0].next).toBeNull();
    expect(load.partitions[0].ranges[0].page.rows).toHaveLength(2);
  });

  it('keeps paging one alias while the others of its request are read', () => {
    const load = acceptCounts(
      startParallelLoad(),
      countsData(...ids.map((id): [string, number] => [id, 5]))
    );
    const data = answer({
      r0: connection([row('s1', 'g01')], 'c0'),
      r1: connection([row('s2', 'g07')], 'c1', true),
      r2: connection([], null),
      r3: connection([row('s3', 'g20')], 'c3'),
      r4: connection([row('s4', 'g30')], 'c4')
    });
    const next = acceptPartitionData(load, 1, data);
    const request = vars(next.partitions[1].next);
    const [, reading] = next.partitions[1].ranges;
    expect(request.after1).toBe('c1');
    expect(request.from1).toBe(reading.range.from);
    // Read ranges: an empty range from their cursor's first Id, no cursor.
    for (const i of [0, 2, 3, 4]) {
      expect(request[`from${i}`]).toBe(request[`to${i}`]);
      expect(request[`after${i}`]).toBeNull();
    }
    const done = acceptPartitionData(next, 1, answer({ r1: connection([row('s5', 'g08')], 'c5') }));
    expect(done.partitions[1].next).toBeNull();
    expect(done.partitions[1].ranges.flatMap((r) => r.page.rows)).toHaveLength(5);
  });

  it('asks the read outside range for what lies after its last record while others go on', () => {
    const load = acceptCounts(
      startParallelLoad(),
      countsData(...ids.map((id): [string, number] => [id, 5]))
    );
    const next = acceptPartitionData(
      load,
      0,
      answer({
        r0: connection([row('s1', 'g39')], 'end0'),
        r1: connection([row('s2', 'g02')], 'c1', true),
        r2: connection([], null),
        r3: connection([], null),
        r4: connection([], null)
      })
    );
    expect(vars(next.partitions[0].next)).toMatchObject({ after0: 'end0', after1: 'c1' });
  });

  it('ends a range whose alias is missing from the answer as incomplete', () => {
    const load = acceptCounts(startParallelLoad(), countsData(['a', 2], ['b', 2]));
    const next = acceptPartitionData(load, 1, answer({ unexpected: true }));
    expect(next.partitions[1].next).toBeNull();
    expect(next.partitions[1].ranges[0].page.incomplete).toBe(true);
    expect(acceptPartitionData(next, 1, answer({}))).toBe(next);
  });
});
