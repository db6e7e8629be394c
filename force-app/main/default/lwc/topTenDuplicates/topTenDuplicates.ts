import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/format';
import HEADING from '@salesforce/label/c.TopTen_Duplicates_Heading';
import DONE from '@salesforce/label/c.GapScorePanel_Merge_Done';
import type { DuplicatePairView } from 'c/rankingView';

/**
 * The likely duplicate pairs of the proposed Top 10, each with the merge control (offered by the
 * merge child only to users who may merge); after a merge says which gap survived and re-sends
 * `merged` { gapId, survivorId } so the tab re-ranks.
 */
export default class TopTenDuplicates extends LightningElement {
  @api pairs: DuplicatePairView[] = [];
  labels = { HEADING };
  doneText: string | null = null;

  get hasPairs(): boolean {
    return (this.pairs?.length ?? 0) > 0;
  }

  handleMerged(event: CustomEvent<{ gapId: string; survivorId: string }>): void {
    event.stopPropagation();
    const pair = this.pairs.find((p) => p.gapId === event.detail.gapId);
    if (pair) this.doneText = formatLabel(DONE, pair.survivor.name, pair.gapName);
    this.dispatchEvent(new CustomEvent('merged', { detail: event.detail }));
  }
}
