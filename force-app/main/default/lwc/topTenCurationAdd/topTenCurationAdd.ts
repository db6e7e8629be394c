import { LightningElement, api } from 'lwc';
import ADD_SEARCH from '@salesforce/label/c.TopTenCuration_AddSearch';
import ADD_PICK from '@salesforce/label/c.TopTenCuration_AddPick';
import ADD_BUTTON from '@salesforce/label/c.TopTenCuration_AddButton';
import ADD_NONE from '@salesforce/label/c.TopTenCuration_AddNone';
import ADD_CHOOSE from '@salesforce/label/c.TopTenCuration_AddChoose';

/** A gap outside the list that can be added. */
export interface AddOption {
  value: string;
  label: string;
}

/** At most this many gaps are offered at once in the picker; the search narrows them. */
const MAX_OPTIONS = 50;

/**
 * The add-a-gap picker: a search that narrows the open gaps outside the list, a pick among the
 * first fifty, and Add. Fires `add` with the gap's id; holds no list state.
 */
export default class TopTenCurationAdd extends LightningElement {
  /** Gaps outside the list, in ranking order. */
  @api candidates: AddOption[] = [];

  labels = {
    search: ADD_SEARCH,
    pick: ADD_PICK,
    button: ADD_BUTTON,
    none: ADD_NONE,
    choose: ADD_CHOOSE
  };
  search = '';
  selectedGapId = '';

  get options(): AddOption[] {
    const term = this.search.trim().toLocaleLowerCase();
    const all = Array.isArray(this.candidates) ? this.candidates : [];
    const matching = term ? all.filter((o) => o.label.toLocaleLowerCase().includes(term)) : all;
    return matching.slice(0, MAX_OPTIONS);
  }

  get noOptions(): boolean {
    return this.options.length === 0;
  }

  get addDisabled(): boolean {
    return !this.options.some((option) => option.value === this.selectedGapId);
  }

  handleSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value ?? '';
    this.selectedGapId = this.options[0]?.value ?? '';
  }

  handlePick(event: CustomEvent<{ value: string }>): void {
    this.selectedGapId = event.detail.value;
  }

  handleAdd(): void {
    if (this.addDisabled) return;
    this.dispatchEvent(new CustomEvent('add', { detail: { gapId: this.selectedGapId } }));
    this.selectedGapId = '';
  }
}
