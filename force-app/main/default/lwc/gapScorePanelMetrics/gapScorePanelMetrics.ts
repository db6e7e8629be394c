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
  /**
   * "#3 of 142 by ARR" ("…, from totals" for a partial ranking's place, "…, from totals, could drop
   * to #41" when merged gaps could pass it, "…, may still drop" when how far is not known, "Place
   * by ARR: pending" for one that waits for the exact read), or null while no ranking is known.
   */
  rankText: string | null;
  /** 'totals' or 'pending' while a partial ranking is shown, else null (for styling and tests). */
  rankKind: 'totals' | 'pending' | null;
}

/** The sentence for a place: a live or estimated one, or from the totals (certain or how low). */
function placeLabel(place: { uncertain?: boolean; lowest?: number }, partial: boolean): string {
  if (!partial) return LABELS.METRIC_RANK;
  if (!place.uncertain) return LABELS.METRIC_RANK_TOTALS;
  return place.lowest ? LABELS.METRIC_RANK_DROP_TO : LABELS.METRIC_RANK_UNCERTAIN;
}

/** The rank text of one metric line and its kind (see MetricLine). */
function rankOf(
  key: MetricKey,
  ranking: PanelRanking | null | undefined
): Pick<MetricLine, 'rankText' | 'rankKind'> {
  const partial = ranking?.source === 'partial';
  const place = ranking?.places?.[key];
  if (place) {
    return {
      rankText: formatLabel(
        placeLabel(place, partial),
        formatRank(place.place, place.tied),
        formatNumber(ranking!.openGaps),
        METRIC_PHRASES[key],
        place.lowest ? formatRank(place.lowest, false) : ''
      ),
      rankKind: partial ? 'totals' : null
    };
  }
  if (partial && ranking?.pending?.includes(key)) {
    return {
      rankText: formatLabel(LABELS.METRIC_RANK_PENDING, METRIC_PHRASES[key]),
      rankKind: 'pending'
    };
  }
  return { rankText: null, rankKind: null };
}

/** One line per metric (METRIC_KEYS order): the exact value and its place (rankOf); [] without metrics. */
export function metricLines(
  metrics: GapMetrics | null | undefined,
  ranking: PanelRanking | null | undefined
): MetricLine[] {
  if (!metrics?.metrics) return [];
  return METRIC_KEYS.map((key) => {
    const value = Number(metrics.metrics[key]) || 0;
    return {
      key,
      label: METRIC_LABELS[key],
      value,
      valueText: isMoneyMetric(key) ? formatMoney(value) : formatNumber(value),
      ...rankOf(key, ranking)
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
