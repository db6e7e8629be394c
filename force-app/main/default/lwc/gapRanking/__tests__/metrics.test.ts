/** @jest-environment node */
import { computeGapMetrics } from '../gapRanking';
import type { MetricsInput } from '../gapRanking';
import smallOrg from './data/smallOrg.json';

const org = smallOrg as MetricsInput;

describe('computeGapMetrics', () => {
  const { gaps, report } = computeGapMetrics(org);
  const byId = new Map(gaps.map((gap) => [gap.id, gap]));

  it('ranks only open gaps that are not merged, in input order', () => {
    expect(gaps.map((gap) => gap.id)).toEqual(['G1', 'G5']);
  });

  it('folds merged duplicates in transitively and counts each opportunity and account once', () => {
    const g1 = byId.get('G1')!;
    expect(g1.mergedGapIds).toEqual(['G2', 'G3']);
    // O1 flagged by S1 and S2 counts once: 100 + O3 400 + O2 200.
    expect(g1.metrics).toEqual({
      arr: 700,
      accounts: 3,
      strategic: 2,
      p0: 1,
      tam: 1500,
      lost: 400
    });
    expect([g1.openArr, g1.wonArr, g1.lostArr, g1.lostDeals]).toEqual([100, 200, 400, 1]);
    expect(g1.strategicArr).toBe(300);
    expect(g1.p0Share).toBeCloseTo(1 / 3, 12);
    // A1 counted at its most severe submission (P0), A2 at P1 (S5 beats S3's P2), A3 at P2.
    expect(g1.severityAccounts).toEqual({ P0: 1, P1: 1, P2: 1 });
    expect(g1.submissionCount).toBe(5);
  });

  it('counts hidden accounts and opportunities per gap and overall, and skips them', () => {
    const g5 = byId.get('G5')!;
    expect(g5.hiddenAccountSubmissions).toBe(2);
    expect(g5.hiddenOpportunitySubmissions).toBe(1);
    expect(g5.metrics.accounts).toBe(1);
    expect(g5.metrics.arr).toBe(400);
    expect(report.hiddenAccountSubmissions).toBe(2);
    expect(report.hiddenOpportunitySubmissions).toBe(1);
    expect(report.submissionsWithoutOpportunity).toBe(1);
  });

  it('reports missing numbers and bad severities and counts them as 0', () => {
    expect(report.badNumbers).toEqual(
      expect.arrayContaining([
        { recordId: 'A3', field: 'tam', value: null },
        { recordId: 'O4', field: 'amount', value: null },
        { recordId: 'S9', field: 'severity', value: 'bogus' }
      ])
    );
    expect(byId.get('G5')!.metrics.p0).toBe(0);
  });

  it('detects a merge cycle once, does not loop, and drops gaps leading into it', () => {
    expect(report.mergeCycles).toEqual([['G6', 'G7']]);
    expect(report.submissionsOfUnknownGaps).toBe(3); // S10, S11 (into the cycle), S13 (GX)
  });

  it('counts submissions of closed gaps and of gaps merged into closed ones', () => {
    expect(report.submissionsOfClosedGaps).toBe(2); // S6 (Done), S12 (merged into Won't Do)
    expect(report.submissionsCounted).toBe(8);
  });

  it('does not rank a gap merged into a gap that is not visible, and counts its submissions', () => {
    const result = computeGapMetrics({
      gaps: [{ id: 'G1', name: 'Merged away', status: 'Open', duplicateOfId: 'G404' }],
      submissions: [
        { id: 'S1', gapId: 'G1', accountId: null, opportunityId: null, severity: 'P0' }
      ],
      accounts: [],
      opportunities: []
    });
    expect(result.gaps).toEqual([]);
    expect(result.report.submissionsOfUnknownGaps).toBe(1);
    expect(result.report.mergeCycles).toEqual([]);
  });

  it('treats a self-reference as a cycle', () => {
    const result = computeGapMetrics({
      gaps: [{ id: 'G1', name: 'Self', status: 'Open', duplicateOfId: 'G1' }],
      submissions: [],
      accounts: [],
      opportunities: []
    });
    expect(result.gaps).toEqual([]);
    expect(result.report.mergeCycles).toEqual([['G1']]);
  });

  it('keeps only submissions inside the window; a date-only "to" covers its whole day', () => {
    const windowed = computeGapMetrics(org, { from: '2026-02-01', to: '2026-03-31' });
    const g1 = windowed.gaps.find((gap) => gap.id === 'G1')!;
    // S2 (Feb), S3 (Mar 10), S4 (Mar 31 23:00) in; S1 (Jan) and S5 (Apr 1) out.
    expect(g1.submissionCount).toBe(3);
    expect(g1.metrics).toEqual({
      arr: 700,
      accounts: 3,
      strategic: 2,
      p0: 1,
      tam: 1500,
      lost: 400
    });
    expect(windowed.report.submissionsOutsideWindow).toBe(2 + 3); // S1, S5 + G5's three January ones
  });

  it('reports a submission with an unparseable date as outside a window', () => {
    const result = computeGapMetrics(
      {
        gaps: [{ id: 'G1', name: 'A', status: 'Open' }],
        accounts: [{ id: 'A1', strategic: false, tam: 1 }],
        opportunities: [],
        submissions: [
          {
            id: 'S1',
            gapId: 'G1',
            accountId: 'A1',
            opportunityId: null,
            severity: 'P0',
            createdDate: 'soon'
          }
        ]
      },
      { from: '2026-01-01' }
    );
    expect(result.gaps[0].metrics.accounts).toBe(0);
    expect(result.report.badNumbers).toEqual([
      { recordId: 'S1', field: 'createdDate', value: 'soon' }
    ]);
  });

  it('rejects an unparseable window bound', () => {
    expect(() => computeGapMetrics(org, { from: 'yesterday' })).toThrow(/yesterday/);
  });

  it('counts negative and non-finite amounts as 0 and reports them', () => {
    const result = computeGapMetrics({
      gaps: [{ id: 'G1', name: 'A', status: 'Open' }],
      accounts: [{ id: 'A1', strategic: false, tam: Number.NaN }],
      opportunities: [
        { id: 'O1', amount: -5, isClosed: false, isWon: false },
        { id: 'O2', amount: Infinity, isClosed: false, isWon: false },
        { id: 'O3', amount: 7, isClosed: false, isWon: false }
      ],
      submissions: ['O1', 'O2', 'O3'].map((o, s) => ({
        id: `S${s}`,
        gapId: 'G1',
        accountId: 'A1',
        opportunityId: o,
        severity: 'P2 - Nice to Have'
      }))
    });
    expect(result.gaps[0].metrics.arr).toBe(7);
    expect(result.gaps[0].metrics.tam).toBe(0);
    expect(result.report.badNumbers.map((bad) => bad.recordId)).toEqual(['A1', 'O1', 'O2']);
  });

  it('gives an empty result for empty input', () => {
    const result = computeGapMetrics({
      gaps: [],
      submissions: [],
      accounts: [],
      opportunities: []
    });
    expect(result.gaps).toEqual([]);
    expect(result.report.submissionsCounted).toBe(0);
  });
});

describe('hidden records, counted once per submission', () => {
  it('counts a submission whose account and opportunity are both hidden once', () => {
    const result = computeGapMetrics({
      gaps: [{ id: 'G1', name: 'Gap', status: 'Open' }],
      submissions: [
        { id: 'S1', gapId: 'G1', accountId: 'A-hidden', opportunityId: 'O-hidden', severity: 'P1' },
        { id: 'S2', gapId: 'G1', accountId: 'A1', opportunityId: 'O-hidden', severity: 'P1' },
        { id: 'S3', gapId: 'G1', accountId: 'A-hidden', opportunityId: null, severity: 'P2' },
        { id: 'S4', gapId: 'G1', accountId: 'A1', opportunityId: 'O1', severity: 'P0' }
      ],
      accounts: [{ id: 'A1', strategic: false, tam: 0 }],
      opportunities: [{ id: 'O1', amount: 10, isClosed: false, isWon: false }]
    });
    expect(result.report.hiddenAccountSubmissions).toBe(2);
    expect(result.report.hiddenOpportunitySubmissions).toBe(2);
    expect(result.report.hiddenRecordSubmissions).toBe(3);
  });
});
