import { LightningElement, api } from 'lwc';
import { MIN_SEARCH_LENGTH } from 'c/gapData';
import { formatLabel } from 'c/format';
import { LABELS } from './labels';

interface Validatable extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

/**
 * The gap search box: the text searched, a hint saying how many characters a search needs, and
 * the "choose a gap" error set on the box itself (aria-invalid, described by it). Emits
 * `searchtext` { value } as the user types; `focusBox()` moves the focus to it.
 */
export default class GapSubmissionSearchBox extends LightningElement {
  @api value = '';
  labels = LABELS;
  hint = formatLabel(LABELS.SEARCH_HINT, MIN_SEARCH_LENGTH);
  private shownError: string | null = null;
  private errorShown = false;

  /** The "choose a gap" error, or null. */
  @api
  get error(): string | null {
    return this.shownError;
  }
  set error(value: string | null) {
    this.shownError = value ?? null;
    this.showError();
  }

  /** Moves focus to the search box. */
  @api
  focusBox(): void {
    this.template?.querySelector<HTMLElement>('lightning-input.search')?.focus();
  }

  override renderedCallback(): void {
    this.showError();
  }

  private showError(): void {
    const box = this.template?.querySelector<Validatable>('lightning-input.search');
    if (!box || (!this.shownError && !this.errorShown)) return;
    box.setCustomValidity(this.shownError ?? '');
    box.reportValidity();
    this.errorShown = Boolean(this.shownError);
  }

  handleChange(event: CustomEvent<{ value?: string }>): void {
    const value = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('searchtext', { detail: { value } }));
  }
}
