import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { MatchRow } from '../gapSubmissionAction/matches';

/** Words the list shows around each row. */
export interface MatchListTexts {
  status: string;
  area: string;
  merged: string;
  choose: string;
  chosen: string;
  closed: string;
  useSurvivor: string;
  already: string;
  openExisting: string;
}

/**
 * Lists gaps found by the search with their status, area and demand; `choose` { gapId, name }
 * picks one (a merged gap's button picks its survivor); a gap this customer already flagged
 * opens the existing submission.
 */
export default class GapSubmissionMatches extends NavigationMixin(LightningElement) {
  @api rows: MatchRow[] = [];
  /** Accessible name of the list ("3 product gaps match"). */
  @api listLabel = '';
  @api texts: MatchListTexts = {
    status: '',
    area: '',
    merged: '',
    choose: '',
    chosen: '',
    closed: '',
    useSurvivor: '',
    already: '',
    openExisting: ''
  };

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
