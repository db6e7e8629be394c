import { LightningElement, api } from 'lwc';

export interface FilterText {
  area: string;
  status: string;
  from: string;
  to: string;
  search: string;
}

type Option = { label: string; value: string };

/**
 * Product area, status, submission date window and name search. Fires `filterchange` with
 * detail { name, value } (name: productArea | status | from | to | search); holds no state.
 */
export default class TopTenWorkbenchFilters extends LightningElement {
  @api areaOptions: Option[] = [];
  @api statusOptions: Option[] = [];
  @api productArea = '';
  @api status = '';
  @api from: string | null = null;
  @api to: string | null = null;
  @api search = '';
  @api windowError: string | null = null;
  @api text: FilterText = { area: '', status: '', from: '', to: '', search: '' };

  /** lightning-combobox or lightning-input change: the value is in detail.value. */
  handleChange(event: CustomEvent<{ value: string | null } | null>): void {
    const name = (event.currentTarget as HTMLElement).dataset.name;
    const chosen = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('filterchange', { detail: { name, value: chosen } }));
  }
}
