import { LightningElement, api } from 'lwc';
import type { MatchRow } from '../gapSubmissionAction/matches';

/** Lists gaps found by the search with their status, area and demand; `choose` { gapId } picks one. */
export default class GapSubmissionMatches extends LightningElement {
  @api rows: MatchRow[] = [];
  /** Accessible name of the list ("3 product gaps match"). */
  @api listLabel = '';
  /** Label texts: status, area, merged, choose, chosen. */
  @api texts: { status: string; area: string; merged: string; choose: string; chosen: string } = {
    status: '',
    area: '',
    merged: '',
    choose: '',
    chosen: ''
  };

  handleChoose(event: Event): void {
    const gapId = (event.currentTarget as HTMLElement).dataset.id;
    if (gapId) this.dispatchEvent(new CustomEvent('choose', { detail: { gapId } }));
  }
}
