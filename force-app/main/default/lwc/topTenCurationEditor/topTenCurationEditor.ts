import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.TopTenCuration_EditorHeading';
import PINNED from '@salesforce/label/c.TopTenCuration_PinnedBadge';
import ADDED from '@salesforce/label/c.TopTenCuration_AddedBadge';
import LINK_LABEL from '@salesforce/label/c.TopTenCuration_LinkLabel';
import LINK_INVALID from '@salesforce/label/c.TopTenCuration_LinkInvalid';
import RATIONALE_LABEL from '@salesforce/label/c.TopTenCuration_RationaleLabel';
import RATIONALE_CARRIED from '@salesforce/label/c.TopTenCuration_RationaleCarried';
import ADD_SEARCH from '@salesforce/label/c.TopTenCuration_AddSearch';
import ADD_PICK from '@salesforce/label/c.TopTenCuration_AddPick';
import ADD_BUTTON from '@salesforce/label/c.TopTenCuration_AddButton';
import ADD_NONE from '@salesforce/label/c.TopTenCuration_AddNone';
import ADD_CHOOSE from '@salesforce/label/c.TopTenCuration_AddChoose';

/** One proposed entry as the editor shows it (labels already filled in by the parent). */
export interface EditorEntry {
  gapId: string;
  rank: number;
  name: string;
  legend: string;
  pinned: boolean;
  added: boolean;
  computedLabel: string;
  githubUrl: string;
  linkInvalid: boolean;
  rationale: string;
  /** True when the rationale is a TPM's text carried forward from the published list. */
  rationaleCarried: boolean;
  isFirst: boolean;
  isLast: boolean;
  moveUpLabel: string;
  moveDownLabel: string;
  pinLabel: string;
  removeLabel: string;
}

/** A gap outside the list that can be added. */
export interface AddOption {
  value: string;
  label: string;
}

type Action = 'up' | 'down';

/** At most this many gaps are offered at once in the add picker; the search narrows them. */
const MAX_OPTIONS = 50;

/**
 * The TPM's controls on the proposed Top 10. Holds no list state: each control fires an event
 * (move, pin, remove, linkchange, rationalechange, add) and the parent sends the new entries
 * back. Keyboard first: move buttons keep the focus on the moved entry.
 */
export default class TopTenCurationEditor extends LightningElement {
  @api entries: EditorEntry[] = [];
  /** Gaps outside the list, in ranking order. */
  @api candidates: AddOption[] = [];

  labels = {
    heading: HEADING,
    pinned: PINNED,
    added: ADDED,
    link: LINK_LABEL,
    linkInvalid: LINK_INVALID,
    rationaleCarried: RATIONALE_CARRIED,
    rationale: RATIONALE_LABEL,
    addSearch: ADD_SEARCH,
    addPick: ADD_PICK,
    addButton: ADD_BUTTON,
    addNone: ADD_NONE,
    addChoose: ADD_CHOOSE
  };

  search = '';
  selectedGapId = '';
  private pendingFocus: { gapId: string; action: Action } | null = null;

  get rows(): (EditorEntry & { linkId: string; errorId: string; formClass: string })[] {
    return (this.entries ?? []).map((entry) => ({
      ...entry,
      linkId: `link-${entry.gapId}`,
      errorId: `link-error-${entry.gapId}`,
      formClass: entry.linkInvalid ? 'slds-form-element slds-has-error' : 'slds-form-element'
    }));
  }

  get options(): AddOption[] {
    const term = this.search.trim().toLocaleLowerCase();
    const all = this.candidates ?? [];
    const matching = term ? all.filter((o) => o.label.toLocaleLowerCase().includes(term)) : all;
    return matching.slice(0, MAX_OPTIONS);
  }

  get noOptions(): boolean {
    return this.options.length === 0;
  }

  get addDisabled(): boolean {
    return !this.options.some((option) => option.value === this.selectedGapId);
  }

  override renderedCallback(): void {
    if (!this.pendingFocus) return;
    const { gapId, action } = this.pendingFocus;
    this.pendingFocus = null;
    const other: Action = action === 'up' ? 'down' : 'up';
    // At the top or bottom the button just used is disabled: the other one keeps the focus on the entry.
    const used = this.button(gapId, action);
    (used && !used.disabled ? used : this.button(gapId, other))?.focus();
  }

  private button(gapId: string, action: Action): HTMLButtonElement | null {
    return (
      this.template?.querySelector<HTMLButtonElement>(
        `button[data-gap-id="${gapId}"][data-action="${action}"]`
      ) ?? null
    );
  }

  private fire(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  handleMove(event: Event): void {
    const button = event.currentTarget as HTMLButtonElement;
    const gapId = button.dataset.gapId!;
    const action = button.dataset.action as Action;
    this.pendingFocus = { gapId, action };
    this.fire('move', { gapId, delta: action === 'up' ? -1 : 1 });
  }

  handlePin(event: Event): void {
    this.fire('pin', { gapId: (event.currentTarget as HTMLElement).dataset.gapId });
  }

  handleRemove(event: Event): void {
    this.fire('remove', { gapId: (event.currentTarget as HTMLElement).dataset.gapId });
    // The entry is gone after the re-render: the list heading takes the focus, not the page body.
    this.template?.querySelector<HTMLElement>('.editor-heading')?.focus();
  }

  handleLinkChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.fire('linkchange', { gapId: input.dataset.gapId, value: input.value });
  }

  handleRationaleChange(event: CustomEvent<{ value?: string }>): void {
    const input = event.currentTarget as HTMLElement & { value?: string };
    this.fire('rationalechange', {
      gapId: input.dataset.gapId,
      value: event.detail?.value ?? input.value ?? ''
    });
  }

  handleSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value ?? '';
    const first = this.options[0];
    this.selectedGapId = first ? first.value : '';
  }

  handlePick(event: CustomEvent<{ value: string }>): void {
    this.selectedGapId = event.detail.value;
  }

  handleAdd(): void {
    if (this.addDisabled) return;
    this.fire('add', { gapId: this.selectedGapId });
    this.selectedGapId = '';
  }
}
