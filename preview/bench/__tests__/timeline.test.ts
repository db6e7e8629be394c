/** @jest-environment node */
// The request timeline lines bench:ui prints: one per request in arrival order, times from the
// first arrival, then a summary; nothing for no requests.
import { timelineLines } from '../timeline';

const entry = (operation: string, arrivedAt: number, startedAt: number, answeredAt: number) => ({
  operation,
  arrivedAt,
  startedAt,
  executeMs: 5,
  answeredAt,
  bytes: 1000,
  cursors: operation === 'RankingRanges' ? ['after1'] : []
});

describe('timelineLines', () => {
  it('prints each request from the first arrival, then the totals', () => {
    const lines = timelineLines([
      entry('RankingRanges', 1900, 2000, 3000),
      entry('RankingBase', 1000, 1000, 1800)
    ]);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^ {2}RankingBase +0 +0 +800 +5 ms +1000$/);
    expect(lines[2]).toMatch(/^ {2}RankingRanges \+1 cursors +900 +1000 +2000 /);
    expect(lines[3]).toContain('2 requests, first arrival -> last answer 2000 ms, 0.00 MB');
    expect(lines[3]).toContain('queued for a slot 100 ms in all');
  });

  it('prints nothing for no requests', () => {
    expect(timelineLines([])).toEqual([]);
  });
});
