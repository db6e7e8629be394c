import { computeGapMetrics, prepareRanking } from 'c/gapRanking';
import type { MetricsInput, MetricsReport } from 'c/gapRanking';
import {
  areaOptions,
  csvHeadings,
  explanationDisplay,
  progressView,
  settingsOrigin,
  statusOptions,
  summaryText,
  tableColumns,
  visibilityNotice,
  weightControls
} from '../present';
import { explanationOf } from '../session';
import { settingsFromRevision } from '../settings';
import input from './data/metricsInput.json';

// Under Jest a Custom Label resolves to its name: the assertions name the label chosen.
const report = (
  hiddenAccounts: number,
  hiddenOpportunities: number,
  hiddenRecords = hiddenAccounts + hiddenOpportunities
): MetricsReport => ({
  submissionsCounted: 10,
  submissionsOutsideWindow: 0,
  submissionsOfClosedGaps: 0,
  submissionsOfUnknownGaps: 0,
  hiddenAccountSubmissions: hiddenAccounts,
  hiddenOpportunitySubmissions: hiddenOpportunities,
  hiddenRecordSubmissions: hiddenRecords,
  submissionsWithoutOpportunity: 0,
  badNumbers: [],
  mergeCycles: []
});

describe('present', () => {
  it('says nothing about visibility when every record was visible, one or many otherwise', () => {
    expect(visibilityNotice(report(0, 0))).toBeNull();
    expect(visibilityNotice(null)).toBeNull();
    expect(visibilityNotice(report(1, 0))).toBe('c.TopTen_Workbench_Hidden_One');
    expect(visibilityNotice(report(2, 3))).toBe('c.TopTen_Workbench_Hidden_Many');
    // One submission whose account and opportunity are both hidden is one submission.
    expect(visibilityNotice(report(1, 1, 1))).toBe('c.TopTen_Workbench_Hidden_One');
  });

  it('shows loading without a bar until the total is known, then the share loaded', () => {
    expect(progressView({ loaded: 0, total: null, fraction: 0 })).toEqual({
      percent: 0,
      text: 'c.TopTen_Workbench_Loading'
    });
    expect(progressView({ loaded: 12000, total: 50000, fraction: 0.24 }).percent).toBe(24);
  });

  it('names where the starting settings come from', () => {
    expect(settingsOrigin(settingsFromRevision(null))).toBe('c.TopTen_Workbench_From_Defaults');
    expect(settingsOrigin(settingsFromRevision({ method: 'rrf' }))).toBe(
      'c.TopTen_Workbench_From_Revision'
    );
    expect(settingsOrigin(settingsFromRevision({ method: 'nope' }))).toBe(
      'c.TopTen_Workbench_Settings_Problem'
    );
    expect(summaryText(3, 2000, 50000)).toBe('c.TopTen_Workbench_Summary');
  });

  it('lists every sortable column once and the CSV headings with every metric', () => {
    const keys = tableColumns().map((column) => column.key);
    expect(keys).toEqual([
      'rank',
      'name',
      'status',
      'productArea',
      'arr',
      'accounts',
      'strategic',
      'p0',
      'tam',
      'lost',
      'score',
      'confidence'
    ]);
    expect(Object.keys(csvHeadings().metrics)).toHaveLength(6);
  });

  it('gives one slider per metric, wide enough for a published weight above 5', () => {
    const controls = weightControls({
      arr: 7.5,
      accounts: 1,
      strategic: 1,
      p0: 1,
      tam: 0,
      lost: 0
    });
    expect(controls.map((control) => control.key)).toEqual([
      'arr',
      'accounts',
      'strategic',
      'p0',
      'tam',
      'lost'
    ]);
    expect(controls[0]).toMatchObject({
      value: 7.5,
      max: 8,
      label: 'c.TopTen_Workbench_Metric_Arr'
    });
    expect(controls[1].max).toBe(5);
  });

  it('offers the picklist values first, then other values found, and only open statuses', () => {
    const gaps = [
      { status: 'Open', productArea: 'Quantum' },
      { status: 'Escalated', productArea: null }
    ];
    const areas = areaOptions(gaps).map((option) => option.value);
    expect(areas[0]).toBe('');
    expect(areas.slice(1, 3)).toEqual(['Core Platform', 'Search']);
    expect(areas[areas.length - 1]).toBe('Quantum');
    const statuses = statusOptions(gaps).map((option) => option.value);
    expect(statuses).toEqual(['', 'Open', 'In Review', 'On Backlog', 'In Progress', 'Escalated']);
  });

  it('labels an explanation: shares in percent, places with "=" for ties, money increases marked', () => {
    const { gaps } = computeGapMetrics(input as MetricsInput);
    const model = prepareRanking(gaps);
    const last = model.ranking.gaps[model.ranking.gaps.length - 1];
    const display = explanationDisplay(explanationOf(model, last.id)!);
    expect(display.title).toBe('c.TopTen_Workbench_Explain_Title');
    expect(display.shares.map((share) => share.key)).toEqual([
      'arr',
      'accounts',
      'strategic',
      'p0'
    ]);
    const total = display.shares.reduce((sum, share) => sum + share.share, 0);
    expect(total).toBeCloseTo(1, 9);
    expect(display.shares.every((share) => /^=?\d+(st|nd|rd|th)$/.test(share.placeText))).toBe(
      true
    );
    expect(display.path.find((step) => step.key === 'arr')!.money).toBe(true);
    expect(display.path.find((step) => step.key === 'accounts')!.money).toBe(false);
    expect(display.path.every((step) => step.reachable === (step.increase !== null))).toBe(true);
  });
});
