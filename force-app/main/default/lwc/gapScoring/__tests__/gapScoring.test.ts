import { computeGapMetrics, prepareRanking } from 'c/gapRanking';
import { mapGapDetail, mapRevisions } from 'c/gapData';
import type { GapDetail } from 'c/gapData';
import {
  estimateRanking,
  estimateRankingStaged,
  liveRanking,
  liveRankingStaged,
  ownMetrics,
  rankingSettings,
  sameRecord,
  totalsCover
} from 'c/gapScoring';
import detailData from './data/gapDetail.json';
import revisionData from './data/revisions.json';
import { fullTotals } from './totalsFixture';
import { cloneFixture } from 'test-kit';

// JSON literal types are narrower than the response type: the fixture is a ReadData.

const G1 = 'a00D0000000g001IAA';

function detail(): GapDetail {
  return mapGapDetail(cloneFixture(detailData))!;
}
const published = () => rankingSettings(mapRevisions(revisionData)[0]);

describe('ownMetrics', () => {
  it('folds the merged duplicate in and counts each visible account and opportunity once', () => {
    const { metrics, report } = ownMetrics(detail());
    expect(metrics.id).toBe(G1);
    expect(metrics.submissionCount).toBe(5);
    expect(metrics.metrics).toEqual({
      arr: 180000,
      accounts: 3,
      strategic: 2,
      p0: 2,
      tam: 8000000,
      lost: 30000
    });
    expect([metrics.openArr, metrics.wonArr, metrics.lostArr]).toEqual([100000, 50000, 30000]);
    expect(report.hiddenAccountSubmissions).toBe(1);
    expect(report.hiddenOpportunitySubmissions).toBe(1);
  });

  it('measures a closed gap as well (its values stay visible)', () => {
    const data = cloneFixture(detailData);
    data.uiapi.query.Product_Gap__c.edges[0].node.Status__c.value = 'Done';
    expect(ownMetrics(mapGapDetail(data)!).metrics.metrics.arr).toBe(180000);
  });
});

describe('rankingSettings', () => {
  it('takes the published method and weights', () => {
    const settings = published();
    expect(settings.method).toBe('borda');
    expect(settings.weights).toEqual({ arr: 1, accounts: 1, strategic: 1, p0: 1, tam: 0, lost: 0 });
    expect(settings.revision?.publishedAt).toBe('2026-11-20T09:30:00.000Z');
  });

  it('falls back to the defaults without a revision or with an unreadable method', () => {
    expect(rankingSettings(null)).toMatchObject({ method: 'borda', revision: null });
    const revision = { ...mapRevisions(revisionData)[0], method: 'coin-toss' };
    expect(rankingSettings(revision).revision).toBeNull();
  });
});

describe('estimateRankingStaged', () => {
  it('gives the estimate with confidence null, and the confidence estimateRanking gives', () => {
    const gap = { id: G1, name: 'SAML single logout', ranked: true };
    const own = ownMetrics(detail());
    const staged = estimateRankingStaged(fullTotals(), own, gap, published());
    const whole = estimateRanking(fullTotals(), own, gap, published());
    expect(staged.ranking).toEqual({ ...whole, confidence: null });
    expect(staged.confidence()).toBe(whole.confidence);
    expect(typeof whole.confidence).toBe('number');
  });
});

describe('estimateRanking', () => {
  it("ranks the gap among every open gap's totals with its own exact metrics", () => {
    const ranking = estimateRanking(
      fullTotals(),
      ownMetrics(detail()),
      { id: G1, name: 'SAML single logout', ranked: true },
      published()
    );
    expect(ranking.source).toBe('estimate');
    expect(ranking.openGaps).toBe(15);
    // Exact ARR 180,000 is above the 3 gaps at 80,000..160,000: 12th (the 150,000 total would be 13th).
    expect(ranking.places?.arr).toEqual({ place: 12, tied: false });
    expect(ranking.explanation?.rank).toBeGreaterThan(10);
    expect(ranking.path?.map((step) => step.key)).toEqual(['arr', 'accounts', 'strategic', 'p0']);
    expect(ranking.path?.every((step) => step.increase === null || step.increase > 0)).toBe(true);
    // Estimated 12th of 15: no chance of the Top 10 on these totals (a number, not missing).
    expect(ranking.confidence).toBe(0);
  });

  it('is the engine ranking of the same rows (no arithmetic of its own)', () => {
    const totals = fullTotals();
    const own = ownMetrics(detail());
    const ranking = estimateRanking(
      totals,
      own,
      { id: G1, name: 'SAML single logout', ranked: true },
      published()
    );
    const rows = totals.rows.map((row) => {
      if (row.id !== G1) return row;
      return { ...row, metrics: own.metrics.metrics };
    });
    const expected = prepareRanking(rows, published()).ranking.gaps.find((gap) => gap.id === G1)!;
    expect(ranking.explanation?.rank).toBe(expected.rank);
  });

  it('leaves a gap in the Top 10 without a path', () => {
    const totals = fullTotals();
    totals.rows = totals.rows.slice(0, 6);
    const ranking = estimateRanking(
      totals,
      ownMetrics(detail()),
      { id: G1, name: 'x', ranked: true },
      published()
    );
    expect(ranking.explanation!.rank).toBeLessThanOrEqual(10);
    expect(ranking.path).toBeNull();
  });

  it('does not rank a closed gap', () => {
    const ranking = estimateRanking(
      fullTotals(),
      ownMetrics(detail()),
      { id: G1, name: 'x', ranked: false },
      published()
    );
    expect(ranking.explanation).toBeNull();
    expect(ranking.places).toBeNull();
    expect(ranking.openGaps).toBe(14);
  });
});

describe('liveRanking', () => {
  it('ranks from every submission exactly as the engine does for the Top 10 tab', () => {
    const d = detail();
    const input = {
      gaps: [
        { id: G1, name: 'SAML single logout', status: 'Open' },
        { id: 'a00D0000000g099IAA', name: 'SLO support', status: "Won't Do", duplicateOfId: G1 },
        { id: 'a00D0000000g002IAA', name: 'Other', status: 'Open' }
      ],
      submissions: d.submissions.rows.map((row) => row.submission),
      accounts: d.submissions.rows.flatMap((row) => (row.account ? [row.account] : [])),
      opportunities: d.submissions.rows.flatMap((row) => (row.opportunity ? [row.opportunity] : []))
    };
    const ranking = liveRanking(input, G1.slice(0, 15), published());
    const expected = prepareRanking(computeGapMetrics(input).gaps, published()).ranking;
    expect(ranking.source).toBe('live');
    expect(ranking.openGaps).toBe(2);
    expect(ranking.explanation?.rank).toBe(expected.gaps.find((gap) => gap.id === G1)!.rank);
    expect(ranking.explanation?.rank).toBe(1);
  });

  it('stages the ranks before their confidence, which is the one liveRanking gives', () => {
    const gaps = Array.from({ length: 14 }, (_, index) => ({
      id: `a00D0000000g${String(100 + index).padStart(3, '0')}IAA`,
      name: `Gap ${index}`,
      status: 'Open'
    }));
    const submissions = gaps.flatMap((gap, index) =>
      Array.from({ length: index + 1 }, (_, n) => ({
        id: `a01D0000000s${String(index * 20 + n).padStart(3, '0')}IAA`,
        gapId: gap.id,
        accountId: `001D0000000a${String(n).padStart(3, '0')}IAA`,
        opportunityId: null,
        severity: n % 2 ? 'P0 - Dealbreaker' : 'P2 - Nice to Have',
        createdDate: '2026-01-01T00:00:00Z'
      }))
    );
    const input = { gaps, submissions, accounts: [], opportunities: [] };
    const gapId = gaps[3].id;
    const staged = liveRankingStaged(input, gapId, published());
    const whole = liveRanking(input, gapId, published());
    expect(staged.ranking.confidence).toBeNull();
    expect(staged.ranking.explanation).toEqual(whole.explanation);
    expect(staged.confidence()).toBe(whole.confidence);
    expect(typeof whole.confidence).toBe('number');
    expect(liveRankingStaged(input, 'a00D0000000g999IAA', published()).confidence()).toBeNull();
  });
});

describe('sameRecord', () => {
  it('compares 15- and 18-character Ids and refuses non-Ids', () => {
    expect(sameRecord(G1, G1.slice(0, 15))).toBe(true);
    expect(sameRecord(G1, 'a00D0000000g002IAA')).toBe(false);
    expect(sameRecord('x', 'x')).toBe(false);
    expect(sameRecord(null, undefined)).toBe(false);
  });
});

describe('totalsCover', () => {
  it('lets the totals rank only when every metric they lack weighs 0', () => {
    const missing = { missing: ['arr', 'tam', 'lost'] as ('arr' | 'tam' | 'lost')[] };
    expect(totalsCover(missing, rankingSettings(null))).toBe(false); // defaults weigh ARR
    const settings = rankingSettings(null);
    settings.weights = { ...settings.weights, arr: 0, tam: 0, lost: 0 };
    expect(totalsCover(missing, settings)).toBe(true);
    expect(totalsCover({ missing: [] }, rankingSettings(null))).toBe(true);
  });
});
