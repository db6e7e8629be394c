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

  get areaChoices(): (Option & { selected: boolean })[] {
    return (this.areaOptions ?? []).map((option) => ({
      ...option,
      selected: option.value === (this.productArea ?? '')
    }));
  }

  get statusChoices(): (Option & { selected: boolean })[] {
    return (this.statusOptions ?? []).map((option) => ({
      ...option,
      selected: option.value === (this.status ?? '')
    }));
  }

  /** lightning-input change (detail.value) or native select change (target.value). */
  handleChange(event: CustomEvent<{ value: string | null } | null>): void {
    const source = event.currentTarget as HTMLElement & { value?: string };
    const name = source.dataset.name;
    const chosen = event.detail?.value ?? (event.target as HTMLSelectElement).value ?? '';
    this.dispatchEvent(new CustomEvent('filterchange', { detail: { name, value: chosen } }));
  }
}
