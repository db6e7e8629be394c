import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { GapMatch } from 'c/gapData';
import { LABELS } from './labels';
import { matchRows } from './matches';
import type { MatchRow } from './matches';

/** Sentences built into each row. */
const ROW_TEXTS = {
  none: LABELS.ACCOUNTS_NONE,
  one: LABELS.ACCOUNTS_ONE,
  many: LABELS.ACCOUNTS_MANY,
  chooseFor: LABELS.CHOOSE_FOR,
  mergedInto: LABELS.MERGED_INTO,
  useSurvivor: LABELS.USE_SURVIVOR
};

/**
 * Lists gaps found by the search (most similar first) with their status, area and demand;
 * `choose` { gapId, name } picks one (a merged gap's button picks its survivor); a gap this
 * customer already flagged opens the existing submission.
 */
export default class GapSubmissionMatches extends NavigationMixin(LightningElement) {
  labels = LABELS;
  rows: MatchRow[] = [];
  /** Accessible name of the list ("3 product gaps match"). */
  @api listLabel = '';
  private found: readonly GapMatch[] = [];
  private chosenId: string | null = null;
  private already: ReadonlyMap<string, string> = new Map();

  @api
  get matches(): readonly GapMatch[] {
    return this.found;
  }
  set matches(value: readonly GapMatch[]) {
    this.found = value ?? [];
    this.rebuild();
  }

  /** The gap already chosen, or null. */
  @api
  get selectedId(): string | null {
    return this.chosenId;
  }
  set selectedId(value: string | null) {
    this.chosenId = value ?? null;
    this.rebuild();
  }

  /** Gaps this customer already flagged: case-safe gap Id → submission Id. */
  @api
  get flagged(): ReadonlyMap<string, string> {
    return this.already;
  }
  set flagged(value: ReadonlyMap<string, string>) {
    this.already = value ?? new Map();
    this.rebuild();
  }

  private rebuild(): void {
    this.rows = matchRows(this.found, this.chosenId, ROW_TEXTS, this.already);
  }

  handleChoose(event: Event): void {
    const { id, name } = (event.currentTarget as HTMLElement).dataset;
    if (id) this.dispatchEvent(new CustomEvent('choose', { detail: { gapId: id, name } }));
  }

  handleOpen(event: Event): void {
    const recordId = (event.currentTarget as HTMLElement).dataset.id;
    if (!recordId) return;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId, objectApiName: 'Product_Gap_Submission__c', actionName: 'view' }
    });
  }
}
