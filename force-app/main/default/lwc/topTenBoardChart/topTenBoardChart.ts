import { LightningElement, api } from 'lwc';
import type { EntryView } from 'c/gapData';
import { Memo } from 'c/memo';
import { chartOf } from './models';
import type { ChartModel } from './models';

/**
 * One horizontal bar chart of the board (`kind`: arr or severity) drawn from a revision's
 * entries in plain HTML bars, so names wrap and values are never cut. The drawing is hidden from
 * assistive technology; its summary is visible and a visually hidden table holds every value.
 */
export default class TopTenBoardChart extends LightningElement {
  /** The shown revision's entries. */
  @api entries: EntryView[] | null = null;
  /** Which chart: 'arr' (impacted ARR by outcome) or 'severity' (accounts per severity). */
  @api kind: string | null = null;

  private chartMemo = new Memo(chartOf);

  get chart(): ChartModel | null {
    return this.chartMemo.get(this.entries, this.kind);
  }
  get firstHeading(): string {
    return this.chart?.table.headings[0]?.text ?? '';
  }
  get valueHeadings(): { key: string; text: string }[] {
    return this.chart?.table.headings.slice(1) ?? [];
  }
}
