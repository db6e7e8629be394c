import { LightningElement, api } from 'lwc';
import { formatLabel, formatNumber } from 'c/format';
import { MAX_REMOVAL_REASON_LENGTH } from 'c/topTenPublishing';
import HEADING from '@salesforce/label/c.TopTenCuration_ComparisonHeading';
import COLUMN_PROPOSED from '@salesforce/label/c.TopTenCuration_ColumnProposed';
import COLUMN_PUBLISHED from '@salesforce/label/c.TopTenCuration_ColumnPublished';
import COLUMN_GAP from '@salesforce/label/c.TopTenCuration_ColumnGap';
import COLUMN_CHANGE from '@salesforce/label/c.TopTenCuration_ColumnChange';
import ACCEPT from '@salesforce/label/c.TopTenCuration_Accept';
import ACCEPTED from '@salesforce/label/c.TopTenCuration_Accepted';
import REASON from '@salesforce/label/c.TopTenCuration_RemovalReason';
import REASON_LEFT from '@salesforce/label/c.TopTenCuration_RemovalReasonLeft';

/** The characters-left note appears only this close to the reason's limit. */
const REASON_LEFT_SHOWN_FROM = 40;

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
  gapId?: string;
  /** A published gap the TPM removed: it offers a short optional reason for the board. */
  removedByTpm?: boolean;
  removalReason?: string;
  removalReasonLabel?: string;
}

/**
 * Read-only comparison of the published and proposed lists; a resolved entry offers its
 * replacement with one Accept button (fires `accept` with the replacement gap and the rank)
 * and a gap the TPM removed a short reason field (fires `reasonchange` with the gap and the
 * text when committed) when the user may curate.
 */
export default class TopTenCurationComparison extends LightningElement {
  private current: ComparisonLine[] = [];
  /** The gap whose reason field takes the focus after the next render (the one just removed). */
  private focusReasonOf: string | null = null;

  /** The lines; a newly removed published gap's reason field takes the focus (fastest to type). */
  @api
  get lines(): ComparisonLine[] {
    return this.current;
  }
  set lines(value: ComparisonLine[]) {
    const next = Array.isArray(value) ? value : [];
    const removed = (lines: ComparisonLine[]) =>
      lines.filter((line) => line.removedByTpm).map((line) => line.gapId);
    const before = new Set(removed(this.current));
    const added = removed(next).filter((gapId) => !before.has(gapId));
    // Not on the first lines (a draft restored from the browser): only right after a removal.
    if (this.current.length > 0 && added.length === 1) this.focusReasonOf = added[0] ?? null;
    this.current = next;
  }
  @api canAccept = false;

  labels = {
    heading: HEADING,
    proposed: COLUMN_PROPOSED,
    published: COLUMN_PUBLISHED,
    gap: COLUMN_GAP,
    change: COLUMN_CHANGE,
    accept: ACCEPT,
    accepted: ACCEPTED,
    reason: REASON
  };

  reasonMax = MAX_REMOVAL_REASON_LENGTH;
  /**
   * Each reason as being typed, by gap id: shown as the field's value, so a re-render for the
   * characters-left note never puts back the committed text under the cursor.
   */
  typed: Record<string, string> = {};

  get rows() {
    return this.current.map((line) => {
      const reason = this.typed[line.gapId ?? ''] ?? line.removalReason ?? '';
      const left = this.reasonMax - reason.length;
      return {
        ...line,
        rowClass: `comparison-row kind-${line.kind}`,
        badgeClass: `slds-badge change change-${line.kind}`,
        showAccept: this.canAccept && line.acceptGapId !== null && !line.accepted,
        showReason: this.canAccept && line.removedByTpm === true,
        reasonValue: reason,
        reasonKey: `${line.key}-reason`,
        reasonId: `reason-${line.gapId}`,
        reasonLeftId: `reason-left-${line.gapId}`,
        reasonLeft:
          left <= REASON_LEFT_SHOWN_FROM ? formatLabel(REASON_LEFT, formatNumber(left)) : ''
      };
    });
  }

  override renderedCallback(): void {
    if (!this.focusReasonOf) return;
    const gapId = this.focusReasonOf;
    this.focusReasonOf = null;
    const fields = this.template?.querySelectorAll<HTMLInputElement>('input.reason-input');
    [...(fields ?? [])].find((field) => field.dataset.gapId === gapId)?.focus();
  }

  handleReasonInput(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    this.typed = { ...this.typed, [input.dataset.gapId ?? '']: input.value };
  }

  handleReasonChange(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    // Committed: from now on the field shows the draft's text again.
    const { [input.dataset.gapId ?? '']: _committed, ...typing } = this.typed;
    this.typed = typing;
    this.dispatchEvent(
      new CustomEvent('reasonchange', {
        detail: { gapId: input.dataset.gapId, value: input.value }
      })
    );
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
