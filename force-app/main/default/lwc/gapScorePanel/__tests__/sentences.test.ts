// The sentences with their numbers filled in: the labels are mocked with their real English
// values so the test reads what a person reads.
import { mapGapDetail, mapRevisions } from 'c/gapData';
import * as present from '../present';
import { estimateRanking, ownMetrics, rankingSettings } from '../scoring';
import detailData from './data/gapDetail.json';
import revisionData from './data/revisions.json';
import { fullTotals } from './totalsFixture';

// JSON literal types are narrower than the response type: the fixture is a ReadData.

jest.mock('@salesforce/label/c.GapScorePanel_Metric_Rank', () => ({ default: '#{0} of {1} {2}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.GapScorePanel_Phrase_Arr', () => ({ default: 'by ARR' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.GapScorePanel_Overall',
  () => ({ default: 'Overall #{0} of {1} ({2})' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.TopTen_Workbench_Method_Borda',
  () => ({ default: 'Weighted Borda' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.GapScorePanel_Published_In',
  () => ({ default: '#{0} in the Top 10 published on {1}' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.GapScorePanel_Source_Estimate',
  () => ({ default: 'Estimated from per-gap totals of all {0} open gaps, published on {1}.' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.GapScorePanel_Hidden_Many',
  () => ({
    default: '{0} submissions have an account or opportunity you cannot see; totals are incomplete.'
  }),
  { virtual: true }
);

const G1 = 'a00D0000000g001IAA';

it('reads "#12 of 15 by ARR", the overall rank, its source and the published rank', () => {
  const detail = mapGapDetail(JSON.parse(JSON.stringify(detailData)))!;
  const own = ownMetrics(detail);
  const revision = mapRevisions(revisionData)[0];
  const ranking = estimateRanking(
    fullTotals(),
    own,
    { id: G1, name: 'SAML single logout', ranked: true },
    rankingSettings(revision)
  );
  expect(present.metricLines(own.metrics, ranking)[0].rankText).toBe('#12 of 15 by ARR');
  expect(present.overallText(ranking)).toMatch(/^Overall #1[1-5] of 15 \(Weighted Borda\)$/);
  expect(present.sourceText(ranking)).toBe(
    'Estimated from per-gap totals of all 15 open gaps, published on 2026-11-20.'
  );
  expect(present.publishedLines(detail.publishedEntry, revision)[0]).toBe(
    '#3 in the Top 10 published on 2026-11-20'
  );
  expect(present.visibilityNotice(detail)).toBe(
    '2 submissions have an account or opportunity you cannot see; totals are incomplete.'
  );
});
