import { LightningElement, api } from 'lwc';
import type { ViewState } from 'c/rankingView';
import { LABELS } from './labels';
import { areaOptions, statusOptions } from './options';

type Gap = { status: string; productArea: string | null };
type Option = { label: string; value: string };

/**
 * Product area, status, submission date window and name search over the ranked gaps. Fires
 * `filterchange` with detail { name, value } (name: productArea | status | from | to | search);
 * the current choice comes in as `view`; holds no state beyond its options.
 */
export default class TopTenWorkbenchFilters extends LightningElement {
  @api view: Partial<ViewState> | null = null;
  @api windowError: string | null = null;
  labels = LABELS;
  areaOptions: Option[] = areaOptions(null);
  statusOptions: Option[] = statusOptions(null);
  private _feed: { details: readonly Gap[] } | null = null;

  /** The ranking (c/rankingView RankingFeed) whose gaps' areas and statuses the pickers offer. */
  @api
  get feed(): { details: readonly Gap[] } | null {
    return this._feed;
  }
  set feed(value: { details: readonly Gap[] } | null) {
    if (value === this._feed) return;
    const before = this._feed?.details;
    this._feed = value;
    // A re-rank keeps the same gaps: the options are rebuilt only when the gaps change.
    if (value?.details === before && before !== undefined) return;
    this.areaOptions = areaOptions(value?.details);
    this.statusOptions = statusOptions(value?.details);
  }

  get current(): Partial<ViewState> {
    return this.view ?? {};
  }

  /** lightning-combobox or lightning-input change: the value is in detail.value. */
  handleChange(event: CustomEvent<{ value: string | null } | null>): void {
    const name = (event.currentTarget as HTMLElement).dataset.name;
    const chosen = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('filterchange', { detail: { name, value: chosen } }));
  }
}
