import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.TopTenCuration_EditorHeading';
import type { AddOption } from 'c/topTenCurationAdd';
import type { EditorEntry, EntryAction } from 'c/topTenCurationEntry';

export type { AddOption } from 'c/topTenCurationAdd';
export type { EditorEntry } from 'c/topTenCurationEntry';

type EntryElement = HTMLElement & { focusAction(action: EntryAction): void };

/**
 * The TPM's controls on the proposed Top 10: the compact entries (c-top-ten-curation-entry) and
 * the add picker. Holds no list state: it passes on each child's event (move, pin, remove,
 * linkchange, rationalechange, add) and the parent sends the new entries back. Keyboard first:
 * a move keeps the focus on the moved entry; a remove puts it on the list heading.
 */
export default class TopTenCurationEditor extends LightningElement {
  @api entries: EditorEntry[] = [];
  /** Gaps outside the list, in ranking order. */
  @api candidates: AddOption[] = [];

  labels = { heading: HEADING };
  private pendingFocus: { gapId: string; action: EntryAction } | null = null;

  get rows(): EditorEntry[] {
    return Array.isArray(this.entries) ? this.entries : [];
  }

  override renderedCallback(): void {
    if (!this.pendingFocus) return;
    const { gapId, action } = this.pendingFocus;
    this.pendingFocus = null;
    const entry = this.template?.querySelector<EntryElement>(
      `c-top-ten-curation-entry[data-gap-id="${gapId}"]`
    );
    entry?.focusAction(action);
  }

  /** Passes a child's event on to the screen under the same name and detail. */
  handleChildEvent(event: CustomEvent<Record<string, unknown>>): void {
    event.stopPropagation();
    const { type, detail } = event;
    if (type === 'move') {
      this.pendingFocus = {
        gapId: String(detail.gapId),
        action: detail.delta === -1 ? 'up' : 'down'
      };
    }
    this.dispatchEvent(new CustomEvent(type, { detail }));
    // The entry is gone after the re-render: the list heading takes the focus, not the page body.
    if (type === 'remove') this.template?.querySelector<HTMLElement>('.editor-heading')?.focus();
  }
}
