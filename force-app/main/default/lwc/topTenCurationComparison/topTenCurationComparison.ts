import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.TopTenCuration_ComparisonHeading';
import COLUMN_PROPOSED from '@salesforce/label/c.TopTenCuration_ColumnProposed';
import COLUMN_PUBLISHED from '@salesforce/label/c.TopTenCuration_ColumnPublished';
import COLUMN_GAP from '@salesforce/label/c.TopTenCuration_ColumnGap';
import COLUMN_CHANGE from '@salesforce/label/c.TopTenCuration_ColumnChange';
import ACCEPT from '@salesforce/label/c.TopTenCuration_Accept';
import ACCEPTED from '@salesforce/label/c.TopTenCuration_Accepted';

/** One comparison line as shown (texts filled in by the parent). */
export interface ComparisonLine {
  key: string;
  kind: string;
  proposedRank: string;
  publishedRank: string;
  name: string;
  changeLabel: string;
  /** For a resolved entry: the replacement sentence (or that none is left). */
  replacementText: string | null;
  /** The replacement gap to accept, null when there is none or it is accepted. */
  acceptGapId: string | null;
  acceptRank: number | null;
  acceptLabel: string;
  accepted: boolean;
}

/**
 * Read-only comparison of the published and proposed lists; a resolved entry offers its
 * replacement with one Accept button (fires `accept` with the replacement gap and the rank)
 * when the user may curate.
 */
export default class TopTenCurationComparison extends LightningElement {
  @api lines: ComparisonLine[] = [];
  @api canAccept = false;

  labels = {
    heading: HEADING,
    proposed: COLUMN_PROPOSED,
    published: COLUMN_PUBLISHED,
    gap: COLUMN_GAP,
    change: COLUMN_CHANGE,
    accept: ACCEPT,
    accepted: ACCEPTED
  };

  get rows(): (ComparisonLine & { rowClass: string; badgeClass: string; showAccept: boolean })[] {
    return (this.lines ?? []).map((line) => ({
      ...line,
      rowClass: `comparison-row kind-${line.kind}`,
      badgeClass: `slds-badge change change-${line.kind}`,
      showAccept: this.canAccept && line.acceptGapId !== null && !line.accepted
    }));
  }

  handleAccept(event: Event): void {
    const button = event.currentTarget as HTMLElement;
    this.dispatchEvent(
      new CustomEvent('accept', {
        detail: { gapId: button.dataset.gapId, rank: Number(button.dataset.rank) }
      })
    );
  }
}
