import { startRankingLoad } from 'c/gapData';
import type { MetricsInput, MetricsReport } from 'c/gapRanking';
import { WorkbenchRanking } from 'c/rankingView';
import { csvHeadings, notices, progressView, screenView, visibilityNotice } from '../present';
import input from './data/metricsInput.json';

// Under Jest a Custom Label resolves to its name: the assertions name the label chosen.
const report = (hidden: number): MetricsReport =>
  ({ submissionsCounted: 10, hiddenRecordSubmissions: hidden }) as unknown as MetricsReport;

describe('present', () => {
  it('says nothing about visibility when every record was visible, one or many otherwise', () => {
    expect(visibilityNotice(report(0))).toBeNull();
    expect(visibilityNotice(null)).toBeNull();
    expect(visibilityNotice(report(1))).toBe(
      '1 submission has an account or opportunity you cannot see; totals are incomplete.'
    );
    expect(visibilityNotice(report(5))).toBe(
      '5 submissions have an account or opportunity you cannot see; totals are incomplete.'
    );
  });

  it('lists an incomplete load before hidden records', () => {
    expect(notices(report(2), true).map((notice) => notice.key)).toEqual([
      'load-incomplete',
      'visibility'
    ]);
    expect(notices(null, false)).toEqual([]);
  });

  it('shows loading without a bar until the total is known, then the share loaded', () => {
    expect(progressView({ loaded: 0, total: null, fraction: 0 })).toEqual({
      percent: 0,
      text: 'Loading open gaps and their submissions…'
    });
    expect(progressView({ loaded: 12000, total: 50000, fraction: 0.24 }).percent).toBe(24);
  });

  it('names the screen state from errors, the load and the ranking', () => {
    const ranking = new WorkbenchRanking();
    const progress = { loaded: 0, total: null, fraction: 0, requests: 0 };
    expect(screenView(null, null, progress, ranking.snapshot, 0)).toMatchObject({
      stateName: 'loading',
      isLoading: true,
      exportDisabled: true
    });
    const done = { ...startRankingLoad(), done: true };
    const ranked = ranking.setData(input as MetricsInput);
    const view = screenView(null, done, progress, ranked, ranked.rows.length);
    expect(view).toMatchObject({ stateName: 'ready', hasRanking: true, exportDisabled: false });
    expect(view.summary).toBe('Showing 12 of 12 ranked gaps, from 76 submissions.');
    expect(screenView(null, done, progress, ranked, 0)).toMatchObject({
      noMatch: true,
      exportDisabled: true
    });
    expect(screenView([{ message: 'boom' }], done, progress, ranked, 1)).toMatchObject({
      stateName: 'error',
      hasError: true
    });
  });

  it('heads the CSV with the table words', () => {
    const headings = csvHeadings();
    expect(headings.rank).toBe('Rank');
    expect(headings.metrics.arr).toBe('Impacted ARR');
  });
});
