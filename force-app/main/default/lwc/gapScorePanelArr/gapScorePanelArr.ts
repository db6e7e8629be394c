import { LightningElement, api } from 'lwc';
import type { GapMetrics } from 'c/gapRanking';
import { formatMoney } from 'c/format';
import HEADING from '@salesforce/label/c.GapScorePanel_Arr_Heading';
import OPEN from '@salesforce/label/c.GapScorePanel_Arr_Open';
import WON from '@salesforce/label/c.GapScorePanel_Arr_Won';
import LOST from '@salesforce/label/c.GapScorePanel_Arr_Lost';

export interface ArrPart {
  key: 'open' | 'won' | 'lost';
  label: string;
  value: number;
  valueText: string;
}

/** Impacted ARR split by the outcome of the opportunities (open, won, lost); [] without metrics. */
export function arrParts(metrics: GapMetrics | null | undefined): ArrPart[] {
  if (!metrics) return [];
  const part = (key: ArrPart['key'], label: string, amount: unknown): ArrPart => {
    const value = Number(amount) || 0;
    return { key, label, value, valueText: formatMoney(value) };
  };
  return [
    part('open', OPEN, metrics.openArr),
    part('won', WON, metrics.wonArr),
    part('lost', LOST, metrics.lostArr)
  ];
}

/** The gap's impacted ARR by opportunity outcome, in the user's currency. */
export default class GapScorePanelArr extends LightningElement {
  @api metrics: GapMetrics | null = null;
  heading = HEADING;

  get parts(): ArrPart[] {
    return arrParts(this.metrics);
  }
}
