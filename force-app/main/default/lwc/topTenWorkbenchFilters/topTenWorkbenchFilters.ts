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
  private _gaps: readonly Gap[] | null = null;

  /** The ranked gaps whose areas and statuses the pickers offer; options rebuilt only when they change. */
  @api
  get gaps(): readonly Gap[] | null {
    return this._gaps;
  }
  set gaps(value: readonly Gap[] | null) {
    if (value === this._gaps) return;
    this._gaps = value;
    this.areaOptions = areaOptions(value);
    this.statusOptions = statusOptions(value);
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
