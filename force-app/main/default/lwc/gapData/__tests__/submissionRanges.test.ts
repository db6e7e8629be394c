// The submission ranges of the parallel load: planned from the counts (one range outside the
// counted gaps, balanced ranges inside), spread over the cursors five to a request, each alias
// with its own cursor; a read range reads nothing while the others of its request go on.
import {
  RANGES_PER_REQUEST,
  RANKING_PARTITIONS,
  acceptCounts,
  acceptPartitionData,
  planRanges
} from 'c/gapData';
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
      { from: 'a', to: 'd', outside: true, counted: 10 },
      { from: 'a', to: 'b', counted: 10 },
      { from: 'b', to: 'c', counted: 10 },
      { from: 'c', to: 'd', counted: 10 }
    ]);
    // Fewer gaps than parts: one range per gap; one gap: the outside range holds everything.
    expect(planRanges([count('a', 3), count('b', 4)], 30)).toEqual([
      { from: 'a', to: 'b', outside: true, counted: 4 },
      { from: 'a', to: 'b', counted: 3 }
    ]);
    expect(planRanges([count('a', 3)], 30)).toEqual([
      { from: 'a', to: 'a', outside: true, counted: 3 }
    ]);
  });

  it('plans one range over everything without counts', () => {
    expect(planRanges(null, 30)).toEqual([{ from: null, to: null }]);
    expect(planRanges([], 30)).toEqual([{ from: null, to: null }]);
  });
});

describe('the range requests', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `g${String(i).padStart(3, '0')}`);

  it('sends up to six ranges a request over five cursors, the outside range first', () => {
    const load = acceptCounts(
      startParallelLoad(),
      countsData(...ids.map((id): [string, number] => [id, 5]))
    );
    expect(load.partitions).toHaveLength(RANKING_PARTITIONS);
    const sizes = load.partitions.map((p) => p.ranges.length);
    // One spare alias per cursor but one: 26 ranges.
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(
      RANKING_PARTITIONS * (RANGES_PER_REQUEST - 1) + 1
    );
    for (const size of sizes) expect(size).toBeLessThanOrEqual(RANGES_PER_REQUEST);
    const first = load.partitions[0].next!;
    expect(first.operationName).toBe('RankingRangesOuter');
    expect(first.variables).toMatchObject({ low: 'g000', high: 'g199', after0: null });
    const second = load.partitions[1].next!;
    expect(second.operationName).toBe('RankingRanges');
    expect(second.variables.upperBound).toBe(load.partitions[0].next!.variables.upperBound);
    for (let i = 0; i < RANGES_PER_REQUEST; i++) {
      expect(second.variables[`after${i}`]).toBeNull();
      const used = i < load.partitions[1].ranges.length;
      expect(second.variables[`from${i}`] !== second.variables[`to${i}`]).toBe(used);
    }
  });

  it('gives each cursor about the same rows, a range too big for one page on a light cursor', () => {
    // Gap g000 has 2,500 submissions (two pages), the other 199 ten each.
    const load = acceptCounts(
      startParallelLoad(),
      countsData(...ids.map((id, i): [string, number] => [id, i === 0 ? 2500 : 10]))
    );
    const rows = load.partitions.map((p) => p.ranges.reduce((n, r) => n + r.range.counted!, 0));
    const big = load.partitions.findIndex((p) => p.ranges.some((r) => r.range.counted! > 2000));
    const others = rows.filter((_, i) => i !== big);
    expect(Math.max(...others) - Math.min(...others)).toBeLessThan(200);
    // The big range's cursor carries the fewest other rows: its second page is a short one.
    expect(load.partitions[big].ranges).toHaveLength(1);
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
      r4: connection([row('s4', 'g30')], 'c4'),
      r5: connection([], null)
    });
    const next = acceptPartitionData(load, 1, data);
    const request = vars(next.partitions[1].next);
    const [, reading] = next.partitions[1].ranges;
    expect(request.after1).toBe('c1');
    expect(request.from1).toBe(reading.range.from);
    // Read ranges: an empty range from their cursor's first Id, no cursor.
    for (const i of [0, 2, 3, 4, 5]) {
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
        r4: connection([], null),
        r5: connection([], null)
      })
    );
    expect(vars(next.partitions[0].next)).toMatchObject({ after0: 'end0', after1: 'c1' });
  });

  it('reads the rows under their one-letter field aliases as under the field names', () => {
    const load = acceptCounts(startParallelLoad(), countsData(['a', 2], ['b', 2]));
    const aliased = {
      node: {
        Id: 's1',
        g: { value: 'a' },
        a: { value: 'acc1' },
        o: { value: 'opp1' },
        s: { value: 'P1 - Important' },
        c: { value: '2026-01-02T00:00:00.000Z' }
      }
    };
    const next = acceptPartitionData(load, 1, answer({ r0: connection([aliased], 'c1') }));
    expect(next.partitions[1].ranges[0].page.rows[0].submission).toEqual({
      id: 's1',
      gapId: 'a',
      accountId: 'acc1',
      opportunityId: 'opp1',
      severity: 'P1 - Important',
      createdDate: '2026-01-02T00:00:00.000Z'
    });
  });

  it('ends a range whose alias is missing from the answer as incomplete', () => {
    const load = acceptCounts(startParallelLoad(), countsData(['a', 2], ['b', 2]));
    const next = acceptPartitionData(load, 1, answer({ unexpected: true }));
    expect(next.partitions[1].next).toBeNull();
    expect(next.partitions[1].ranges[0].page.incomplete).toBe(true);
    expect(acceptPartitionData(next, 1, answer({}))).toBe(next);
  });
});
