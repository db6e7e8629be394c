/** @jest-environment node */
import { denseAccounts, denseOpportunities } from '../denseRecords';
import { tallyGaps } from '../gapTally';
import { IdIndex } from '../idIndex';
import { groupByGap, readSubmissions } from '../submissionPasses';
import type { MetricsReport, SubmissionRecord } from '../types';

const report = (): MetricsReport => ({
  submissionsCounted: 0,
  submissionsOutsideWindow: 0,
  submissionsOfClosedGaps: 0,
  submissionsOfUnknownGaps: 0,
  hiddenAccountSubmissions: 0,
  hiddenOpportunitySubmissions: 0,
  hiddenRecordSubmissions: 0,
  submissionsWithoutOpportunity: 0,
  badNumbers: [],
  mergeCycles: []
});

const submission = (
  id: string,
  gapId: string,
  accountId: string | null,
  opportunityId: string | null,
  severity: string | null,
  createdDate = '2026-01-05'
): SubmissionRecord => ({ id, gapId, accountId, opportunityId, severity, createdDate });

// Gaps: G0 ranked (slot 0), G1 merged into G0, G2 closed, G3 ranked (slot 1).
const gaps = ['G0', 'G1', 'G2', 'G3'].map((id) => ({ id }));
const accounts = denseAccounts(
  [
    { id: 'A0', strategic: true, tam: 10 },
    { id: 'A1', strategic: false, tam: 5 }
  ],
  []
);
const opportunities = denseOpportunities(
  [
    { id: 'O0', amount: 100, isClosed: false, isWon: false },
    { id: 'O1', amount: 7, isClosed: true, isWon: false }
  ],
  []
);
const gapIndex = new IdIndex(gaps);
const mergeTarget = Int32Array.from([0, 0, 2, 3]);
const rankedSlot = Int32Array.from([0, -1, -1, 1]);

/** The walk, as computeGapMetrics runs it, over the fixture's two ranked gaps. */
function countSubmissions(
  submissions: SubmissionRecord[],
  from: number | null,
  to: number | null,
  seen: MetricsReport
) {
  const indexes = {
    gapIndex,
    mergeTarget,
    rankedSlot,
    rankedCount: 2,
    accountIndex: accounts.index,
    opportunityIndex: opportunities.index
  };
  const counted = readSubmissions(submissions, indexes, from, to, seen);
  seen.submissionsCounted = counted.counted;
  return counted;
}

/** The walk and the grouping, as computeGapMetrics runs them. */
function groupSubmissions(
  submissions: SubmissionRecord[],
  from: number | null,
  to: number | null,
  seen: MetricsReport
) {
  return groupByGap(countSubmissions(submissions, from, to, seen), 2);
}

describe('readSubmissions, groupByGap and tallyGaps', () => {
  const submissions = [
    submission('S0', 'G3', 'A1', 'O1', 'P2 - Nice to Have'),
    submission('S1', 'G0', 'A0', 'O0', 'P1 - Significant Pain Point'),
    submission('S2', 'G1', 'A0', 'O0', 'P0 - Dealbreaker'),
    submission('S3', 'G2', 'A1', null, 'P0 - Dealbreaker'),
    submission('S4', 'GX', 'A1', null, 'P0 - Dealbreaker'),
    submission('S5', 'G0', 'AX', 'OX', 'urgent'),
    submission('S6', 'G3', 'A1', '', 'P1', 'not a date'),
    submission('S7', 'G3', null, null, 'P1', '2025-01-01')
  ];

  it('groups counted submissions by gap in input order and reports the rest in order', () => {
    const seen = report();
    const grouped = groupSubmissions(submissions, Date.parse('2026-01-01'), null, seen);
    expect(Array.from(grouped.perSlot)).toEqual([0, 3, 4]);
    // Slot 0: S1, S2 (merged in), S5 (hidden account and opportunity); slot 1: S0.
    expect(Array.from(grouped.byGap)).toEqual([0, 0 * 4 + 1, 0, 0 * 4 + 0, -1, -4 + 3, 1, 4 + 2]);
    expect(Array.from(grouped.hiddenAccounts)).toEqual([1, 0]);
    expect(Array.from(grouped.hiddenOpportunities)).toEqual([1, 0]);
    expect(seen).toMatchObject({
      submissionsCounted: 4,
      submissionsOfClosedGaps: 1,
      submissionsOfUnknownGaps: 1,
      submissionsOutsideWindow: 2,
      hiddenRecordSubmissions: 1
    });
    expect(seen.badNumbers.map((bad) => [bad.recordId, bad.field])).toEqual([
      ['S5', 'severity'],
      ['S6', 'createdDate']
    ]);
  });

  it('counts each account and opportunity once per gap, an account at its most severe', () => {
    const grouped = groupSubmissions(submissions, null, null, report());
    const totals = tallyGaps(grouped, grouped.perSlot, 2, accounts, opportunities);
    expect(Array.from(totals.arr)).toEqual([100, 7]);
    expect(Array.from(totals.accounts)).toEqual([1, 1]);
    expect(Array.from(totals.strategic)).toEqual([1, 0]);
    expect(Array.from(totals.strategicArr)).toEqual([100, 0]);
    expect(Array.from(totals.p0)).toEqual([1, 0]);
    expect(Array.from(totals.p1)).toEqual([0, 1]);
    expect(Array.from(totals.lostArr)).toEqual([0, 7]);
    expect(Array.from(totals.lostDeals)).toEqual([0, 1]);
    expect(Array.from(totals.tam)).toEqual([10, 5]);
  });

  it('groups into spare storage when it is long enough, else into a new array', () => {
    const grouped = groupSubmissions(submissions, Date.parse('2026-01-01'), null, report());
    const run = (spare: Int32Array) => {
      const counted = countSubmissions(submissions, Date.parse('2026-01-01'), null, report());
      return groupByGap(counted, 2, spare).byGap;
    };
    const spare = new Int32Array(20).fill(9);
    const inSpare = run(spare);
    expect(inSpare.buffer).toBe(spare.buffer);
    expect(Array.from(inSpare)).toEqual(Array.from(grouped.byGap));
    const short = new Int32Array(3);
    expect(run(short).buffer).not.toBe(short.buffer);
  });

  it('groups nothing from no submissions or bad ids', () => {
    const seen = report();
    const grouped = groupSubmissions([submission('S', '', '', '', null)], null, null, seen);
    expect(grouped.byGap).toHaveLength(0);
    expect(seen.submissionsOfUnknownGaps).toBe(1);
    expect(groupSubmissions([], null, null, report()).byGap).toHaveLength(0);
  });
});
