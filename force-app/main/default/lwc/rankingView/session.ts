// Keeps the expensive steps of the workbench apart so each runs only when its input changes:
// metrics once per data set and date window, the ranking model once per method and weights,
// confidence afterwards (the screen schedules it after the table has updated).
import {
  computeConfidence,
  computeGapMetrics,
  explainGap,
  pathIntoTopN,
  prepareRanking
} from 'c/gapRanking';
import type {
  GapExplanation,
  GapMetrics,
  MetricKey,
  MetricsInput,
  MetricsReport,
  MetricsResult,
  RankingMethod,
  RankingModel,
  Weights
} from 'c/gapRanking';
import { buildRows } from './rows';
import type { WorkbenchRow } from './rows';

/** The size of the published list. */
export const TOP_N = 10;

export interface DateWindow {
  /** ISO date (yyyy-mm-dd) of the first submission day counted, or null for no lower bound. */
  from?: string | null;
  /** ISO date of the last submission day counted (whole day), or null for no upper bound. */
  to?: string | null;
}

export interface RankedView {
  model: RankingModel;
  rows: WorkbenchRow[];
  /** Metric details of every ranked gap (ARR split, severity counts), in input order. */
  details: GapMetrics[];
  /** What the metrics could not count (hidden records, bad numbers), for the notices. */
  report: MetricsReport;
  /** Milliseconds the engine took for this re-rank (prepareRanking + rows), for the bench. */
  engineMs: number;
}

function now(): number {
  return typeof performance !== 'undefined' && performance.now ? performance.now() : Date.now();
}

/** Ranking state of one screen: data in, memoised metrics, models and explanations out. */
export class RankingSession {
  private input: MetricsInput | null = null;
  private windowKey = '';
  private metricsResult: MetricsResult | null = null;

  /** Replaces the data (gaps, submissions, accounts, opportunities); metrics are recomputed lazily. */
  setData(input: MetricsInput): void {
    this.input = input;
    this.metricsResult = null;
  }

  /** Records a merge the org just committed: the gap now counts for its survivor (metrics recomputed lazily). */
  recordMerge(gapId: string, survivorId: string, status: string): void {
    if (!this.input) return;
    const gaps = this.input.gaps.map((gap) => {
      if (gap.id !== gapId) return gap;
      return { ...gap, status, duplicateOfId: survivorId };
    });
    this.setData({ ...this.input, gaps });
  }

  /** True once data has been given. */
  get hasData(): boolean {
    return this.input !== null;
  }

  /**
   * Metrics of every open gap for the date window, computed once per data set and window.
   * Throws RangeError (from the engine) for a date that is not ISO 8601; null before any data.
   */
  metrics(window: DateWindow = {}): MetricsResult | null {
    if (!this.input) return null;
    const key = `${window.from ?? ''}|${window.to ?? ''}`;
    if (!this.metricsResult || key !== this.windowKey) {
      this.metricsResult = computeGapMetrics(this.input, { from: window.from, to: window.to });
      this.windowKey = key;
    }
    return this.metricsResult;
  }

  /**
   * Ranks the window's gaps with the method and weights and builds the table rows (confidence
   * null). Throws RankingInputError for unusable weights; null before any data.
   */
  rank(method: RankingMethod, weights: Weights, window: DateWindow = {}): RankedView | null {
    const metrics = this.metrics(window);
    if (!metrics) return null;
    const started = now();
    const model = prepareRanking(metrics.gaps, { method, weights });
    const rows = buildRows(model.ranking, metrics.gaps);
    return {
      model,
      rows,
      details: metrics.gaps,
      report: metrics.report,
      engineMs: now() - started
    };
  }
}

/** Per gap id, the share of weight perturbations keeping it in the Top 10 (seeded, deterministic). */
export function confidenceOf(model: RankingModel): Map<string, number> {
  return computeConfidence(model, { topN: TOP_N });
}

export interface ExplanationView {
  explanation: GapExplanation;
  /** Smallest single-metric increase into the Top 10 per active metric; null = none suffices. */
  path: { key: MetricKey; increase: number | null }[];
  inTopN: boolean;
  /**
   * The gap at the last Top 10 place and how far it leads on each active metric (only metrics
   * where it is ahead, in METRIC_KEYS order); null when the gap is in the Top 10.
   */
  nearest: { name: string; rank: number; leads: { key: MetricKey; amount: number }[] } | null;
}

function nearestOf(model: RankingModel, gapId: string): ExplanationView['nearest'] {
  const gaps = model.ranking.gaps;
  const last = gaps.find((gap) => gap.rank === TOP_N) ?? gaps[Math.min(TOP_N, gaps.length) - 1];
  const self = gaps.find((gap) => gap.id === gapId);
  if (!last || !self || last.id === gapId) return null;
  const leads = model.active
    .map((key) => ({ key, amount: last.metrics[key] - self.metrics[key] }))
    .filter((lead) => lead.amount > 0);
  return { name: last.name, rank: last.rank, leads };
}

/** Why the gap ranks where it does and what would bring it into the Top 10; null for an unknown gap. */
export function explanationOf(model: RankingModel, gapId: string): ExplanationView | null {
  const explanation = explainGap(model.ranking, gapId);
  if (!explanation) return null;
  const inTopN = explanation.rank <= TOP_N;
  const increases = inTopN ? null : pathIntoTopN(model, gapId, TOP_N);
  const path = model.active.map((key) => ({ key, increase: increases ? increases[key] : 0 }));
  return { explanation, path, inTopN, nearest: inTopN ? null : nearestOf(model, gapId) };
}
