import { mapGapDetail, mapRevisions } from 'c/gapData';
import type { GapDetail } from 'c/gapData';
import * as present from '../present';
import { estimateRanking, ownMetrics, rankingSettings } from '../scoring';
import type { PanelRanking } from '../scoring';
import detailData from './data/gapDetail.json';
import revisionData from './data/revisions.json';
import { fullTotals } from './totalsFixture';

// JSON literal types are narrower than the response type: the fixture is a ReadData.

const G1 = 'a00D0000000g001IAA';
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const detail = (data: unknown = detailData): GapDetail => mapGapDetail(clone(data) as never)!;
const revision = () => mapRevisions(revisionData)[0];

function ranking(settingsRevision = revision()): PanelRanking {
  return estimateRanking(
    fullTotals(),
    ownMetrics(detail()),
    { id: G1, name: 'SAML single logout', ranked: true },
    rankingSettings(settingsRevision)
  );
}

describe('metricLines', () => {
  it('gives each metric its exact value and "#place of open gaps" phrase', () => {
    const lines = present.metricLines(ownMetrics(detail()).metrics, ranking());
    expect(lines.map((line) => line.key)).toEqual([
      'arr',
      'accounts',
      'strategic',
      'p0',
      'tam',
      'lost'
    ]);
    expect(lines[0]).toEqual({
      key: 'arr',
      label: 'c.TopTen_Workbench_Metric_Arr',
      value: 180000,
      money: true,
      rankText: 'c.GapScorePanel_Metric_Rank'
    });
    expect(lines[1]).toMatchObject({ value: 3, money: false });
  });

  it('has no rank text without a ranking', () => {
    const lines = present.metricLines(ownMetrics(detail()).metrics, null);
    expect(lines.every((line) => line.rankText === null)).toBe(true);
  });
});

describe('sources and published lines', () => {
  it('names the estimate and the live source, with the published date or the defaults', () => {
    expect(present.sourceText(ranking())).toBe('c.GapScorePanel_Source_Estimate');
    expect(present.sourceText(ranking(null as never))).toBe(
      'c.GapScorePanel_Source_Estimate_Defaults'
    );
    expect(present.sourceText({ ...ranking(), source: 'live' })).toBe(
      'c.GapScorePanel_Source_Live'
    );
    expect(present.sourceText({ ...ranking(null as never), source: 'live' })).toBe(
      'c.GapScorePanel_Source_Live_Defaults'
    );
  });

  it('shows the published rank and confidence, or that it is not in, or that none is published', () => {
    const d = detail();
    expect(present.publishedLines(d.publishedEntry, revision())).toEqual([
      'c.GapScorePanel_Published_In',
      'c.GapScorePanel_Published_Confidence'
    ]);
    expect(present.publishedLines(null, revision())).toEqual(['c.GapScorePanel_Published_Out']);
    expect(present.publishedLines(d.publishedEntry, null)).toEqual([
      'c.GapScorePanel_Published_None'
    ]);
  });

  it('takes the newest revision only when it is Published', () => {
    const [newest] = mapRevisions(revisionData);
    expect(present.publishedRevision([newest])).toBe(newest);
    expect(present.publishedRevision([{ ...newest, status: 'Superseded' }])).toBeNull();
    expect(present.publishedRevision([])).toBeNull();
  });

  it('says the overall rank, or that a gap is not ranked', () => {
    expect(present.overallText(ranking())).toBe('c.GapScorePanel_Overall');
    expect(present.overallText({ ...ranking(), explanation: null })).toBe(
      'c.GapScorePanel_Not_Ranked'
    );
  });
});

describe('detail lines', () => {
  it('splits ARR by outcome and lists strategic accounts once, by name', () => {
    const view = present.detailView(detail(), ownMetrics(detail()));
    expect(view.arrSplit.map((part) => part.value)).toEqual([100000, 50000, 30000]);
    expect(view.strategicAccounts.map((account) => account.name)).toEqual(['Acme Corp', 'Initech']);
    expect(view.moves).toEqual({ submissions: 5, accounts: 3, arr: 180000 });
    expect(view.mergedFromText).toBe('c.GapScorePanel_Merged_From');
  });

  it('shows submissions, hidden parents as "not visible"', () => {
    const rows = present.submissionRows(detail());
    expect(rows[0]).toEqual({
      id: 'a01D0000000s001IAA',
      account: 'Acme Corp',
      opportunity: 'Acme renewal',
      severity: 'P0 - Dealbreaker',
      amount: 100000
    });
    expect(rows[3]).toMatchObject({
      account: 'c.GapScorePanel_Not_Visible',
      opportunity: '',
      amount: null
    });
    expect(rows[4]).toMatchObject({
      account: 'Acme Corp',
      opportunity: 'c.GapScorePanel_Not_Visible'
    });
  });

  it('counts each submission with a hidden account or opportunity once', () => {
    expect(present.visibilityNotice(detail())).toBe('c.GapScorePanel_Hidden_Many');
    const data = clone(detailData);
    data.uiapi.query.Product_Gap_Submission__c.edges.splice(3, 2);
    expect(present.visibilityNotice(detail(data))).toBeNull();
    data.uiapi.query.Product_Gap_Submission__c.edges[0].node.Account__r = null as never;
    expect(present.visibilityNotice(detail(data))).toBe('c.GapScorePanel_Hidden_One');
  });

  it('says when only part of the submissions is loaded', () => {
    expect(present.submissionsMore(detail())).toBeNull();
    const data = clone(detailData);
    const connection = data.uiapi.query.Product_Gap_Submission__c;
    connection.totalCount = 2345;
    connection.pageInfo.hasNextPage = true;
    expect(present.submissionsMore(detail(data))).toBe('c.GapScorePanel_Submissions_More');
  });
});

describe('formatting', () => {
  it('formats dates, percents and money', () => {
    expect(present.dateOf('2026-11-20T09:30:00.000Z')).toBe('2026-11-20');
    expect(present.dateOf('yesterday')).toBe('yesterday');
    expect(present.dateOf(null)).toBe('');
    expect(present.percent(0.875)).toBe('88');
    expect(present.money(1234567.8)).toBe('$1,234,568');
  });

  it('lists the path into the Top 10 with money formatted to the cent', () => {
    const lines = present.pathLines(ranking());
    expect(lines[0]).toMatchObject({ key: 'arr', money: true, format: 'currency', digits: 2 });
    expect(lines[1]).toMatchObject({ key: 'accounts', money: false, format: 'decimal', digits: 0 });
    expect(present.pathLines({ ...ranking(), path: null })).toEqual([]);
  });
});
