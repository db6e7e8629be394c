import { computeGapMetrics, prepareRanking } from 'c/gapRanking';
import { mapGapDetail, mapRevisions } from 'c/gapData';
import type { GapDetail } from 'c/gapData';
import {
  estimateRanking,
  estimateRankingStaged,
  liveRanking,
  liveRankingStaged,
  ownMetrics,
  partialRanking,
  rankingSettings,
  sameRecord,
  splitWeighedMetrics,
  totalsCover,
  totalsRows
} from 'c/gapScoring';
import { mapMetricTotals } from 'c/gapData';
import type { MetricTotals, ReadData } from 'c/gapData';
import totalsData from './data/metricTotals.json';
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

/** The fixture's totals as the panel reads them: ARR, TAM and lost ARR missing (0 in every row). */
const countTotals = (): MetricTotals => mapMetricTotals(cloneFixture(totalsData) as ReadData);
const GAP = { id: G1, name: 'SAML single logout', ranked: true };

describe('totalsRows', () => {
  it("replaces the gap's own row by its exact metrics, adds it when missed, leaves it out unranked", () => {
    const own = ownMetrics(detail());
    const totals = countTotals();
    const rows = totalsRows(totals, own, GAP);
    expect(rows).toHaveLength(15);
    expect(rows.filter((row) => sameRecord(row.id, G1))).toEqual([
      { id: G1, name: GAP.name, metrics: own.metrics.metrics }
    ]);
    const missed = { ...totals, rows: totals.rows.filter((row) => !sameRecord(row.id, G1)) };
    expect(totalsRows(missed, own, GAP)).toHaveLength(15);
    expect(totalsRows(totals, own, { ...GAP, ranked: false })).toHaveLength(14);
    expect(totalsRows(totals, null, GAP)).toHaveLength(14);
  });
});

describe('splitWeighedMetrics', () => {
  it('splits the weighed metrics into those the totals give and those that wait', () => {
    const totals = countTotals();
    expect(splitWeighedMetrics(totals, published())).toEqual({
      exact: ['accounts', 'strategic', 'p0'],
      pending: ['arr']
    });
    const settings = published();
    settings.weights = { ...settings.weights, tam: 2, strategic: 0 };
    expect(splitWeighedMetrics(totals, settings)).toEqual({
      exact: ['accounts', 'p0'],
      pending: ['arr', 'tam']
    });
    expect(splitWeighedMetrics({}, published()).pending).toEqual([]);
  });
});

describe('partialRanking', () => {
  it('gives the places by the metrics the totals have, as the estimate of the same rows does', () => {
    const totals = countTotals();
    const own = ownMetrics(detail());
    const partial = partialRanking(totals, own, GAP, published())!;
    // The estimate's places come from the engine's full ranking of the same rows.
    const estimate = estimateRanking(totals, own, GAP, published());
    expect(partial.source).toBe('partial');
    expect(partial.openGaps).toBe(estimate.openGaps);
    // Only the gap itself had a gap merged into it: no other total can grow, every place holds.
    expect(partial.places).toEqual({
      accounts: { ...estimate.places!.accounts, uncertain: false },
      strategic: { ...estimate.places!.strategic, uncertain: false },
      p0: { ...estimate.places!.p0, uncertain: false }
    });
    expect(partial.pending).toEqual(['arr']);
    expect(partial.explanation).toBeNull();
    expect(partial.path).toBeNull();
    expect(partial.confidence).toBeNull();
    expect(partial.truncated).toBe(false);
    // The estimate itself gives no place by a metric the totals lack.
    expect(estimate.places!.arr).toBeUndefined();
  });

  it('says a place may drop only where a gap others were merged into is not already above it', () => {
    const own = ownMetrics(detail());
    const mine = own.metrics.metrics;
    const id = (n: number) => `a00D0000000g${200 + n}IAA`;
    const row = (n: number, accounts: number, p0: number) => ({
      id: id(n),
      name: `G${n}`,
      metrics: { arr: 0, accounts, strategic: 0, p0, tam: 0, lost: 0 }
    });
    const totals = {
      // Gap 1 (merged into) is above by accounts, below by P0; gap 2 (not merged into) is below.
      rows: [row(1, mine.accounts + 1, mine.p0 - 1), row(2, 0, 0)],
      truncated: false,
      missing: ['arr', 'tam', 'lost'] as ('arr' | 'tam' | 'lost')[],
      mergedInto: [id(1), G1]
    };
    const settings = published();
    const partial = partialRanking(totals, own, GAP, settings)!;
    expect(partial.places!.accounts).toEqual({ place: 2, tied: false, uncertain: false });
    expect(partial.places!.p0).toEqual({ place: 1, tied: false, uncertain: true });
    // Merged into nothing else: every place holds; unknown merges: a place others trail may drop.
    expect(partialRanking({ ...totals, mergedInto: [] }, own, GAP, settings)!.places!.p0).toEqual({
      place: 1,
      tied: false,
      uncertain: false
    });
    expect(
      partialRanking({ ...totals, mergedInto: null }, own, GAP, settings)!.places!.accounts
    ).toEqual({ place: 2, tied: false, uncertain: true });
    // With the merged gaps' totals: a place drops only if a gap below could be carried past it.
    const short = { [id(1)]: { accounts: 0, strategic: 0, p0: 1 } };
    expect(
      partialRanking({ ...totals, mergedBound: short }, own, GAP, settings)!.places!.p0
    ).toEqual({ place: 1, tied: false, uncertain: false });
    const enough = { [id(1)]: { p0: 2 } };
    expect(
      partialRanking({ ...totals, mergedBound: enough }, own, GAP, settings)!.places!.p0
    ).toEqual({ place: 1, tied: false, uncertain: true, lowest: 2 });
    // Gap 2 has no merged gaps: nothing below can pass, whatever the merge targets say.
    expect(partialRanking({ ...totals, mergedBound: {} }, own, GAP, settings)!.places!.p0).toEqual({
      place: 1,
      tied: false,
      uncertain: false
    });
  });

  it('marks shared places as ties and counts bad numbers as 0', () => {
    const own = ownMetrics(detail());
    const mine = own.metrics.metrics.accounts;
    const rows = [
      { id: 'a00D0000000g201IAA', name: 'A', metrics: { accounts: mine, strategic: 0, p0: 0 } },
      { id: 'a00D0000000g202IAA', name: 'B', metrics: { accounts: mine + 5, strategic: 0, p0: 0 } },
      { id: 'a00D0000000g203IAA', name: 'C', metrics: { accounts: 'x', strategic: 0, p0: 0 } }
    ] as never;
    const partial = partialRanking(
      { rows, truncated: true, missing: ['arr', 'tam', 'lost'] },
      own,
      GAP,
      published()
    )!;
    // Merged gaps not known: a place any other gap could pass may drop.
    expect(partial.places!.accounts).toEqual({ place: 2, tied: true, uncertain: true });
    expect(partial.openGaps).toBe(4);
    expect(partial.truncated).toBe(true);
  });

  it('shows nothing for a closed or merged gap, without metrics, or with no weighed metric in the totals', () => {
    const totals = countTotals();
    const own = ownMetrics(detail());
    expect(partialRanking(totals, own, { ...GAP, ranked: false }, published())).toBeNull();
    expect(partialRanking(totals, null, GAP, published())).toBeNull();
    const zero = published();
    zero.weights = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
    expect(partialRanking(totals, own, GAP, zero)).toBeNull();
    const moneyOnly = published();
    moneyOnly.weights = { arr: 1, accounts: 0, strategic: 0, p0: 0, tam: 1, lost: 0 };
    expect(partialRanking(totals, own, GAP, moneyOnly)).toBeNull();
  });

  it('ranks the gap alone when the totals list no other gap', () => {
    const own = ownMetrics(detail());
    const empty = { rows: [], truncated: false, missing: ['arr', 'tam', 'lost'] } as never;
    const partial = partialRanking(empty, own, GAP, published())!;
    expect(partial.openGaps).toBe(1);
    // No other gap: nothing can pass it, even with the merged gaps unknown.
    expect(partial.places!.accounts).toEqual({ place: 1, tied: false, uncertain: false });
  });
});
