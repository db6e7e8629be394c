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
import { BLANK } from './blankEntry';
import { enabledActions, isToolbarAction, nextAction, toolbarButtons } from './toolbar';
import type { ToolbarAction } from './toolbar';

export type { EditorEntry } from 'c/topTenPublishing';

/** A control of the entry that can take the focus back after the list changed. */
export type EntryAction = 'up' | 'down' | 'pin' | 'remove' | 'details';

/**
 * One compact entry of the proposed Top 10: place, name, badges and its move, pin and remove
 * buttons on one line (one toolbar, one Tab stop); its GitHub link and rationale editors open
 * under it on demand (and stay open while the link is invalid). Fires move, pin, remove,
 * linkchange and rationalechange.
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
  /** The toolbar button that last had the focus (it keeps the toolbar's Tab stop). */
  private toolbarCurrent: ToolbarAction = 'up';

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

  /** The move, pin and remove buttons; only one of them is a Tab stop. */
  get toolbar() {
    return toolbarButtons(this.item, this.toolbarCurrent);
  }

  /** The button that takes the focus (click, Tab or focusAction) keeps the toolbar's Tab stop. */
  handleToolbarFocus(event: FocusEvent): void {
    const action = (event.target as HTMLElement | null)?.dataset?.action;
    if (isToolbarAction(action)) this.toolbarCurrent = action;
  }

  handleToolbarKey(event: KeyboardEvent): void {
    const next = nextAction(event.key, this.toolbarCurrent, enabledActions(this.item));
    if (!next) return;
    event.preventDefault();
    this.toolbarCurrent = next;
    this.button(next)?.focus();
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

  /** A toolbar button: move up or down, pin or unpin, remove. */
  handleAction(event: Event): void {
    const action = (event.currentTarget as HTMLElement).dataset.action;
    if (action === 'up' || action === 'down')
      this.fire('move', { delta: action === 'up' ? -1 : 1 });
    else if (action === 'pin' || action === 'remove') this.fire(action);
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
