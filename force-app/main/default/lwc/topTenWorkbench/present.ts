// What the workbench itself shows around its children, in its labels: which state it is in, the
// loading line, the notices, the summary line and the CSV headings. No arithmetic beyond formatting.
import type { RankingLoad } from 'c/gapData';
import type { LoadProgress } from 'c/rankingLoader';
import { errorState } from 'c/ldsErrors';
import { METRIC_KEYS } from 'c/gapRanking';
import type { MetricsReport } from 'c/gapRanking';
import { formatCount, formatLabel, formatNumber } from 'c/format';
import { METRIC_LABELS } from 'c/rankingView';
import type { CsvHeadings, RankingSnapshot } from 'c/rankingView';
import { LABELS } from './labels';

/** The CSV headings, the same words as the table's. */
export function csvHeadings(): CsvHeadings {
  const metrics = {} as CsvHeadings['metrics'];
  for (const key of METRIC_KEYS) metrics[key] = METRIC_LABELS[key];
  return {
    rank: LABELS.COL_RANK,
    name: LABELS.COL_GAP,
    id: LABELS.COL_ID,
    status: LABELS.COL_STATUS,
    productArea: LABELS.COL_AREA,
    metrics,
    metricRank: LABELS.COL_METRIC_RANK,
    score: LABELS.COL_SCORE,
    confidence: LABELS.COL_CONFIDENCE,
    githubUrl: LABELS.COL_GITHUB
  };
}

/**
 * The incomplete-visibility sentence, or null when every counted submission's account and
 * opportunity were visible; a submission with both hidden counts once.
 */
export function visibilityNotice(report: MetricsReport | null | undefined): string | null {
  if (!report) return null;
  const hidden = report.hiddenRecordSubmissions;
  return hidden > 0 ? formatCount(LABELS.HIDDEN_ONE, LABELS.HIDDEN_MANY, hidden) : null;
}

/** The warnings above the ranking, most serious first: data not fully loaded, then hidden records. */
export function notices(
  report: MetricsReport | null | undefined,
  loadIncomplete: boolean
): { key: string; text: string; className: string }[] {
  const alert = 'slds-notify slds-notify_alert slds-alert_warning slds-m-bottom_small';
  const notice = (key: string, text: string) => ({ key, text, className: `${alert} ${key}` });
  const list = loadIncomplete ? [notice('load-incomplete', LABELS.LOAD_INCOMPLETE)] : [];
  const hidden = visibilityNotice(report);
  if (hidden) list.push(notice('visibility', hidden));
  return list;
}

const count = (n: number) => formatNumber(n);

/** The loading line and bar: "Loaded 12,000 of 50,000 submissions", or "Loading…" before a total is known. */
export function progressView(progress: { loaded: number; total: number | null; fraction: number }) {
  if (progress.total === null) return { percent: 0, text: LABELS.LOADING };
  return {
    percent: Math.round(progress.fraction * 100),
    text: formatLabel(LABELS.LOADING_PROGRESS, count(progress.loaded), count(progress.total))
  };
}

/** "Showing 12 of 2,000 ranked gaps, from 50,000 submissions." */
export function summaryText(shown: number, ranked: number, submissions: number): string {
  return formatLabel(LABELS.SUMMARY, count(shown), count(ranked), count(submissions));
}

/** loading | error | noAccess | empty | ready: for tests, the benchmark and styling. */
export function stateName(
  errors: unknown,
  load: RankingLoad | null,
  state: RankingSnapshot
): string {
  const failed = errorState(errors);
  if (failed) return failed;
  if (!load) return 'loading';
  return state.ranked && state.rows.length > 0 ? 'ready' : 'empty';
}

/** Everything the workbench's own template shows, from the load, its errors, the snapshot and the rows shown. */
export function screenView(
  errors: unknown,
  load: RankingLoad | null,
  progress: LoadProgress,
  state: RankingSnapshot,
  shown: number
) {
  const name = stateName(errors, load, state);
  const ready = name === 'ready';
  const incomplete = Boolean(load?.gaps.incomplete || load?.submissions.incomplete);
  return {
    stateName: name,
    isLoading: name === 'loading',
    hasError: name === 'error' || name === 'noAccess',
    isEmpty: name === 'empty' && state.ranked !== null,
    hasRanking: ready,
    progress: progressView(progress),
    notices: notices(state.ranked?.report, incomplete),
    windowUsable: state.windowError === null,
    noMatch: shown === 0,
    exportDisabled: !ready || shown === 0,
    confidenceState: state.confidencePending ? 'pending' : 'done',
    summary: summaryText(shown, state.rows.length, state.ranked?.report.submissionsCounted ?? 0)
  };
}
