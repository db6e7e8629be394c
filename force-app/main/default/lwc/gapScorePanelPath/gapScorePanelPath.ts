import { LightningElement, api } from 'lwc';
import type { MetricKey } from 'c/gapRanking';
import { isMoneyMetric } from 'c/gapScoring';
import type { PanelRanking } from 'c/gapScoring';
import { formatMoney, formatNumber } from 'c/format';
import { LABELS, METRIC_LABELS } from './labels';

export interface PathLine {
  key: MetricKey;
  label: string;
  /** "+$12,000" / "+3", or the "no single metric" sentence when none suffices. */
  text: string;
  reachable: boolean;
}

/** The smallest single-metric increases into the Top 10; [] when it is in, not ranked or unknown. */
export function pathLines(ranking: PanelRanking | null | undefined): PathLine[] {
  return (ranking?.path ?? []).map((step) => {
    const reachable = typeof step.increase === 'number' && Number.isFinite(step.increase);
    const amount = isMoneyMetric(step.key)
      ? formatMoney(step.increase)
      : formatNumber(step.increase);
    return {
      key: step.key,
      label: METRIC_LABELS[step.key] ?? step.key,
      text: reachable ? `+${amount}` : LABELS.NONE,
      reachable
    };
  });
}

/** The path into the Top 10 of a ranked gap outside it, or that it is in the Top 10. */
export default class GapScorePanelPath extends LightningElement {
  @api ranking: PanelRanking | null = null;
  labels = LABELS;

  get lines(): PathLine[] {
    return pathLines(this.ranking);
  }
  get hasPath(): boolean {
    return this.lines.length > 0;
  }
  get inTopTen(): boolean {
    return Boolean(this.ranking?.explanation && !this.ranking.path);
  }
}
