import { LightningElement, api } from 'lwc';
import type { GapDetail } from 'c/gapData';
import { formatLabel, formatMoney, formatNumber } from 'c/format';
import { LABELS } from './labels';

export interface SubmissionRow {
  id: string;
  account: string;
  opportunity: string;
  severity: string;
  /** The opportunity's amount in the user's currency, '' when none is visible. */
  amountText: string;
}

/** The loaded submissions as table rows (a parent the user cannot see reads "Not visible to you"). */
export function submissionRows(detail: GapDetail | null | undefined): SubmissionRow[] {
  return (detail?.submissions?.rows ?? []).map(({ submission, account, opportunity }) => ({
    id: submission.id,
    account: account ? (account.name ?? account.id) : LABELS.NOT_VISIBLE,
    opportunity: submission.opportunityId
      ? opportunity
        ? (opportunity.name ?? opportunity.id)
        : LABELS.NOT_VISIBLE
      : '',
    severity: submission.severity ?? '',
    amountText: typeof opportunity?.amount === 'number' ? formatMoney(opportunity.amount) : ''
  }));
}

/** "Showing 2,000 of 2,345 submissions." when not every submission is loaded, else null. */
export function submissionsMore(detail: GapDetail | null | undefined): string | null {
  if (!detail?.submissions) return null;
  const { rows, total, done } = detail.submissions;
  if (done && (total === null || total <= rows.length)) return null;
  return formatLabel(LABELS.MORE, formatNumber(rows.length), formatNumber(total ?? rows.length));
}

/** The gap's loaded submissions as a table, and how many more there are. */
export default class GapScorePanelSubmissions extends LightningElement {
  @api detail: GapDetail | null = null;
  labels = LABELS;

  get rows(): SubmissionRow[] {
    return submissionRows(this.detail);
  }
  get hasRows(): boolean {
    return this.rows.length > 0;
  }
  get moreText(): string | null {
    return submissionsMore(this.detail);
  }
}
