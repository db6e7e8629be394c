// Turns engine results into what the children display, with the workbench's labels: columns,
// method options, the explanation panel and the notices. No arithmetic beyond formatting.
import { GAP_STATUSES, PRODUCT_AREAS } from 'c/gapData';
import { METRIC_KEYS, RANKING_METHODS, isClosedStatus, ordinal } from 'c/gapRanking';
import type { MetricsReport, Weights } from 'c/gapRanking';
import { formatCount, formatLabel, formatNumber } from 'c/format';
import { LABELS, METHOD_LABELS, METRIC_LABELS } from './labels';
import type { CsvHeadings } from './rankingCsv';
import type { RankingSettings } from './settings';
import { SORT_KEYS, distinctValues } from './rows';
import type { SortKey } from './rows';
import type { ExplanationView } from './session';

const MONEY_METRICS = new Set<string>(['arr', 'tam', 'lost']);

/** The heading of each sortable column. */
export function columnLabel(key: SortKey): string {
  switch (key) {
    case 'rank':
      return LABELS.COL_RANK;
    case 'name':
      return LABELS.COL_GAP;
    case 'status':
      return LABELS.COL_STATUS;
    case 'productArea':
      return LABELS.COL_AREA;
    case 'score':
      return LABELS.COL_SCORE;
    case 'confidence':
      return LABELS.COL_CONFIDENCE;
    default:
      return METRIC_LABELS[key];
  }
}

/** The table's columns in display order with their headings. */
export function tableColumns(): { key: SortKey; label: string }[] {
  return SORT_KEYS.map((key) => ({ key, label: columnLabel(key) }));
}

/** Options of the method picker, in the engine's order. */
export function methodOptions(): { label: string; value: string }[] {
  return RANKING_METHODS.map((method) => ({ label: METHOD_LABELS[method], value: method }));
}

/** Combobox options: "All" (value '') then each value. */
export function filterOptions(values: readonly string[]): { label: string; value: string }[] {
  return [
    { label: LABELS.FILTER_ALL, value: '' },
    ...values.map((value) => ({ label: value, value }))
  ];
}

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

/** The explanation panel's content for one gap. */
export function explanationDisplay(view: ExplanationView) {
  const { explanation } = view;
  return {
    gapId: explanation.id,
    title: formatLabel(LABELS.EXPLAIN_TITLE, explanation.name, explanation.rank),
    sentence: explanation.sentence,
    inTopN: view.inTopN,
    shares: explanation.metrics.map((metric) => ({
      key: metric.key,
      label: METRIC_LABELS[metric.key],
      share: metric.share,
      percent: Math.round(metric.share * 100),
      placeText: `${metric.tied ? '=' : ''}${ordinal(metric.place)}`
    })),
    path: view.path.map((step) => ({
      key: step.key,
      label: METRIC_LABELS[step.key],
      increase: step.increase,
      money: MONEY_METRICS.has(step.key),
      reachable: step.increase !== null
    }))
  };
}

/** The explanation panel's fixed texts. */
export function explanationText() {
  return {
    sharesHeading: LABELS.EXPLAIN_SHARES,
    pathHeading: LABELS.EXPLAIN_PATH,
    pathIntro: LABELS.EXPLAIN_PATH_INTRO,
    inTopN: LABELS.EXPLAIN_IN,
    none: LABELS.EXPLAIN_NONE,
    close: LABELS.EXPLAIN_CLOSE
  };
}

/** The ranking table's fixed texts. */
export function tableText() {
  return {
    caption: LABELS.TITLE,
    rankShort: LABELS.METRIC_RANK_SHORT,
    explain: LABELS.EXPLAIN,
    explainShort: LABELS.EXPLAIN_SHORT,
    explainColumn: LABELS.COL_EXPLAIN,
    computing: LABELS.COMPUTING,
    showMore: LABELS.SHOW_MORE
  };
}

/** Slider range: 0–5 by default, wider when a published weight is above 5. */
const SLIDER_MAX = 5;

/** One slider per metric, in METRIC_KEYS order, with its label and current weight. */
export function weightControls(weights: Weights) {
  return METRIC_KEYS.map((key) => ({
    key,
    label: METRIC_LABELS[key],
    value: weights[key],
    max: Math.max(SLIDER_MAX, Math.ceil(weights[key]))
  }));
}

/** The picklist's values in their defined order, then any other value found in the rows. */
export function mergeValues(
  known: readonly string[],
  rows: readonly { status: string; productArea: string | null }[],
  key: 'status' | 'productArea'
): string[] {
  const extra = distinctValues(rows, key).filter((value) => !known.includes(value));
  return [...known, ...extra];
}

/** The method and weight controls' texts. */
export function settingsText() {
  return { method: LABELS.METHOD, weights: LABELS.WEIGHTS, reset: LABELS.RESET };
}

/** The filters' texts. */
export function filterText() {
  return {
    area: LABELS.FILTER_AREA,
    status: LABELS.FILTER_STATUS,
    from: LABELS.FILTER_FROM,
    to: LABELS.FILTER_TO,
    search: LABELS.FILTER_SEARCH
  };
}

/** Product area filter options: "All", the picklist's values, then any other value in the gaps. */
export function areaOptions(gaps: readonly { status: string; productArea: string | null }[]) {
  return filterOptions(mergeValues(PRODUCT_AREAS, gaps, 'productArea'));
}

/** Status filter options: "All", the open statuses of the picklist, then any other in the gaps. */
export function statusOptions(gaps: readonly { status: string; productArea: string | null }[]) {
  const open = GAP_STATUSES.filter((status) => !isClosedStatus(status));
  return filterOptions(mergeValues(open, gaps, 'status'));
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

/** Where the starting method and weights come from (published revision, defaults, or why not). */
export function settingsOrigin(settings: RankingSettings): string {
  if (settings.problem) return formatLabel(LABELS.SETTINGS_PROBLEM, settings.problem);
  return settings.source === 'revision' ? LABELS.FROM_REVISION : LABELS.FROM_DEFAULTS;
}

/** "Showing 12 of 2,000 ranked gaps, from 50,000 submissions." */
export function summaryText(shown: number, ranked: number, submissions: number): string {
  return formatLabel(LABELS.SUMMARY, count(shown), count(ranked), count(submissions));
}
