import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/format';
import PINNED from '@salesforce/label/c.TopTenCuration_PinnedBadge';
import ADDED from '@salesforce/label/c.TopTenCuration_AddedBadge';
import LINK_LABEL from '@salesforce/label/c.TopTenCuration_LinkLabel';
import LINK_INVALID from '@salesforce/label/c.TopTenCuration_LinkInvalid';
import RATIONALE_LABEL from '@salesforce/label/c.TopTenCuration_RationaleLabel';
import RATIONALE_CARRIED from '@salesforce/label/c.TopTenCuration_RationaleCarried';
import DETAILS from '@salesforce/label/c.TopTenCuration_EntryDetails';
import type { EditorEntry } from 'c/topTenPublishing';

export type { EditorEntry } from 'c/topTenPublishing';

const BLANK: EditorEntry = {
  gapId: '',
  rank: 0,
  rankLabel: '',
  name: '',
  pinned: false,
  added: false,
  computedLabel: '',
  githubUrl: '',
  linkInvalid: false,
  rationale: '',
  rationaleCarried: false,
  isFirst: true,
  isLast: true,
  moveUpLabel: '',
  moveDownLabel: '',
  pinLabel: '',
  removeLabel: ''
};

/** A control of the entry that can take the focus back after the list changed. */
export type EntryAction = 'up' | 'down' | 'pin' | 'remove' | 'details';

/**
 * One compact entry of the proposed Top 10: place, name, badges and its move, pin and remove
 * buttons on one line; its GitHub link and rationale editors open under it on demand (and stay
 * open while the link is invalid). Fires move, pin, remove, linkchange and rationalechange.
 */
export default class TopTenCurationEntry extends LightningElement {
  @api entry: EditorEntry | null = null;

  labels = {
    pinned: PINNED,
    added: ADDED,
    link: LINK_LABEL,
    linkInvalid: LINK_INVALID,
    rationale: RATIONALE_LABEL,
    rationaleCarried: RATIONALE_CARRIED
  };
  private opened = false;
  private pendingFocus: EntryAction | null = null;

  /** The entry, or a blank one when none was given (the row then fires nothing). */
  get item(): EditorEntry {
    return this.entry ?? BLANK;
  }

  get expanded(): boolean {
    return this.opened || Boolean(this.entry?.linkInvalid);
  }

  get detailsLabel(): string {
    return formatLabel(DETAILS, this.entry?.name ?? '');
  }

  get detailsIcon(): string {
    return this.expanded ? 'utility:chevrondown' : 'utility:chevronright';
  }

  get formClass(): string {
    return this.entry?.linkInvalid ? 'slds-form-element slds-has-error' : 'slds-form-element';
  }

  /**
   * Puts the focus on one of the entry's controls, now and once more after the entry's next
   * render (its move buttons are enabled or disabled by the new place); a disabled move button
   * hands the focus to the other one.
   */
  @api
  focusAction(action: EntryAction): void {
    this.pendingFocus = action;
    this.applyFocus(action);
  }

  override renderedCallback(): void {
    if (!this.pendingFocus) return;
    this.applyFocus(this.pendingFocus);
    this.pendingFocus = null;
  }

  private applyFocus(action: EntryAction): void {
    const other: EntryAction = action === 'up' ? 'down' : 'up';
    const used = this.button(action);
    const target = used && !used.disabled ? used : this.button(other);
    target?.focus();
  }

  private button(action: EntryAction): HTMLButtonElement | null {
    return (
      this.template?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`) ?? null
    );
  }

  private fire(name: string, detail: Record<string, unknown> = {}): void {
    if (!this.entry) return;
    this.dispatchEvent(new CustomEvent(name, { detail: { gapId: this.entry.gapId, ...detail } }));
  }

  handleMove(event: Event): void {
    const up = (event.currentTarget as HTMLElement).dataset.action === 'up';
    this.fire('move', { delta: up ? -1 : 1 });
  }

  handlePin(): void {
    this.fire('pin');
  }

  handleRemove(): void {
    this.fire('remove');
  }

  handleToggle(): void {
    this.opened = !this.expanded;
  }

  handleLinkChange(event: Event): void {
    this.fire('linkchange', { value: (event.target as HTMLInputElement).value ?? '' });
  }

  handleRationaleChange(event: CustomEvent<{ value?: string }>): void {
    const input = event.currentTarget as HTMLElement & { value?: string };
    this.fire('rationalechange', { value: event.detail?.value ?? input.value ?? '' });
  }
}
