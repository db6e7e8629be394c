import { LightningElement, api } from 'lwc';
import { METRIC_KEYS } from 'c/gapRanking';
import type { GapMetrics, MetricKey } from 'c/gapRanking';
import { isMoneyMetric } from 'c/gapScoring';
import type { PanelRanking } from 'c/gapScoring';
import { formatLabel, formatMoney, formatNumber, formatRank } from 'c/format';
import { LABELS, METRIC_LABELS, METRIC_PHRASES } from './labels';

export interface MetricLine {
  key: MetricKey;
  label: string;
  value: number;
  /** The value as the user reads it: money in the user's currency, counts grouped. */
  valueText: string;
  /** "#3 of 142 by ARR", or null while no ranking is known / the gap is not ranked. */
  rankText: string | null;
}

/** One line per metric (METRIC_KEYS order): the exact value and its place; [] without metrics. */
export function metricLines(
  metrics: GapMetrics | null | undefined,
  ranking: PanelRanking | null | undefined
): MetricLine[] {
  if (!metrics?.metrics) return [];
  return METRIC_KEYS.map((key) => {
    const value = Number(metrics.metrics[key]) || 0;
    const place = ranking?.places?.[key];
    return {
      key,
      label: METRIC_LABELS[key],
      value,
      valueText: isMoneyMetric(key) ? formatMoney(value) : formatNumber(value),
      rankText: place
        ? formatLabel(
            LABELS.METRIC_RANK,
            formatRank(place.place, place.tied),
            formatNumber(ranking!.openGaps),
            METRIC_PHRASES[key]
          )
        : null
    };
  });
}

/** The gap's metrics with their exact values and, once ranked, each metric's place. */
export default class GapScorePanelMetrics extends LightningElement {
  @api metrics: GapMetrics | null = null;
  @api ranking: PanelRanking | null = null;
  labels = LABELS;

  get lines(): MetricLine[] {
    return metricLines(this.metrics, this.ranking);
  }
}
