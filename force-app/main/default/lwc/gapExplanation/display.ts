// The explanation's view model: each metric's place and share of the score, the single-metric
// increases that would bring the gap into the Top 10, said once for the metrics where none
// would, and how far the last Top 10 gap is ahead.
import { formatLabel, formatMoney, formatNumber, formatPercent, formatRank } from 'c/format';
import type { MetricKey, RankingModel } from 'c/gapRanking';
import { METRIC_LABELS, explanationOf } from 'c/rankingView';
import { LABELS } from './labels';

const MONEY = new Set<string>(['arr', 'tam', 'lost']);

/** A metric amount in its unit: money in the user's currency, counts grouped. */
export function amountText(key: MetricKey, amount: number): string {
  return MONEY.has(key) ? formatMoney(amount) : formatNumber(amount);
}

function list(items: readonly string[]): string {
  return items.join(', ');
}

/** What the explanation shows for one gap of the model; null for an unknown gap or no model. */
export function explanationDisplay(model: RankingModel | null | undefined, gapId: string | null) {
  if (!model || !gapId) return null;
  const view = explanationOf(model, gapId);
  if (!view) return null;
  const { explanation, nearest } = view;
  const path = view.inTopN ? [] : view.path;
  const reachable = path.filter((step) => step.increase !== null);
  const unreachable = path.filter((step) => step.increase === null);
  let noneText = '';
  if (!view.inTopN && reachable.length === 0) noneText = LABELS.NONE_ANY;
  else if (unreachable.length > 0) {
    noneText = formatLabel(LABELS.NONE_LISTED, list(unreachable.map((s) => METRIC_LABELS[s.key])));
  }
  let nearestText = '';
  if (nearest) {
    const leads = nearest.leads.map(
      (l) => `+${amountText(l.key, l.amount)} ${METRIC_LABELS[l.key]}`
    );
    const rank = formatRank(nearest.rank);
    nearestText = leads.length
      ? formatLabel(LABELS.NEAREST, rank, nearest.name, list(leads))
      : formatLabel(LABELS.NEAREST_EVEN, rank, nearest.name);
  }
  return {
    gapId: explanation.id,
    title: formatLabel(LABELS.TITLE, explanation.name, formatNumber(explanation.rank)),
    inTopN: view.inTopN,
    shares: explanation.metrics.map((metric) => ({
      key: metric.key,
      text: `${METRIC_LABELS[metric.key]} · ${formatRank(metric.place, metric.tied)}`,
      shareText: formatPercent(metric.share),
      percent: Math.round(metric.share * 100)
    })),
    steps: reachable.map((step) => ({
      key: step.key,
      text: `+${amountText(step.key, step.increase ?? 0)} ${METRIC_LABELS[step.key]}`
    })),
    hasSteps: reachable.length > 0,
    noneText,
    nearestText
  };
}

export type ExplanationDisplay = NonNullable<ReturnType<typeof explanationDisplay>>;
