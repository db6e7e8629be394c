// The customer's submissions as the panel lists them: what they asked, how it stands now
// (status, GitHub link, place in the published Top 10) and what the running user may change.
import type { CustomerSubmission, RevisionView } from 'c/gapData';
import { isRecordId, toCaseSafeId } from 'c/gapData';
import { formatCount, formatDateTime, formatLabel, formatNumber, formatRank } from 'c/format';
import { errorState } from 'c/ldsErrors';
import { LABELS } from './labels';
import type { PanelRead } from './read';

/** The row sentences: hidden gap, rank, merged rank, not ranked and the buttons' names ({0} = gap). */
export type RowTexts = Record<
  | 'gapHidden'
  | 'rank'
  | 'rankMerged'
  | 'notRanked'
  | 'editFor'
  | 'withdrawFor'
  | 'withdrawConfirm'
  | 'newSeverity',
  string
>;

export interface CustomerGapRow {
  id: string;
  gapId: string | null;
  gapName: string;
  severity: string | null;
  status: string | null;
  productArea: string | null;
  githubUrl: string | null;
  githubState: string | null;
  opportunityName: string | null;
  createdDate: string | null;
  /** When it was flagged, in the user's locale and time zone. */
  flaggedOn: string;
  createdByName: string | null;
  editable: boolean;
  rank: number | null;
  rankText: string;
  editLabel: string;
  withdrawLabel: string;
  confirmText: string;
  severityLabel: string;
}

function key(id: string | null | undefined): string | null {
  return isRecordId(id) ? toCaseSafeId(id) : null;
}

/** Rank by case-safe gap Id in the revision, only when it is the Published one; empty otherwise. */
export function ranksOf(revision: RevisionView | null | undefined): Map<string, number> {
  const ranks = new Map<string, number>();
  if (revision?.status !== 'Published') return ranks;
  for (const entry of revision.entries) {
    const gap = key(entry.gapId);
    if (gap && entry.rank !== null && !ranks.has(gap)) ranks.set(gap, entry.rank);
  }
  return ranks;
}

/** One row per submission, in the order given; a merged gap shows the rank of the gap it was merged into. */
export function customerGapRows(
  submissions: readonly CustomerSubmission[],
  ranks: ReadonlyMap<string, number>,
  texts: RowTexts
): CustomerGapRow[] {
  return submissions.map((submission) => {
    const gapName = submission.gapName ?? texts.gapHidden;
    const own = ranks.get(key(submission.gapId) ?? '');
    const merged = own === undefined ? ranks.get(key(submission.duplicateOfId) ?? '') : undefined;
    const rank = own ?? merged ?? null;
    let rankText = texts.notRanked;
    if (own !== undefined) rankText = formatLabel(texts.rank, formatRank(own));
    else if (merged !== undefined) rankText = formatLabel(texts.rankMerged, formatRank(merged));
    return {
      id: submission.id,
      gapId: submission.gapId,
      gapName,
      severity: submission.severity,
      status: submission.gapStatus,
      productArea: submission.productArea,
      githubUrl: submission.githubUrl,
      githubState: submission.githubState ?? null,
      opportunityName: submission.opportunityName,
      createdDate: submission.createdDate,
      flaggedOn: formatDateTime(submission.createdDate),
      createdByName: submission.createdByName,
      editable: submission.editable,
      rank,
      rankText,
      editLabel: formatLabel(texts.editFor, gapName),
      withdrawLabel: formatLabel(texts.withdrawFor, gapName),
      confirmText: formatLabel(texts.withdrawConfirm, gapName),
      severityLabel: formatLabel(texts.newSeverity, gapName)
    };
  });
}

/** Submissions whose account or opportunity is set but not visible to the user (its name came back empty). */
export function hiddenParentCount(submissions: readonly CustomerSubmission[]): number {
  return submissions.filter(
    (s) =>
      (s.accountId !== null && s.accountName === null) ||
      (s.opportunityId !== null && s.opportunityName === null)
  ).length;
}

/** What the panel's template shows. */
export interface PanelView {
  /** loading | error | noAccess | empty | ready: for tests and styling. */
  state: string;
  isLoading: boolean;
  hasErrors: boolean;
  isEmpty: boolean;
  countText: string;
  moreText: string | null;
  hiddenText: string | null;
  noticeClass: string;
}

/** The panel's view from its read, the number of rows shown and the notice (a success sentence or ''). */
export function panelView(read: PanelRead, shown: number, notice: string): PanelView {
  const { errors, loaded, total } = read;
  let state = shown > 0 ? 'ready' : 'empty';
  const failed = errorState(errors);
  if (failed) state = failed;
  else if (!loaded) state = 'loading';
  const hidden = hiddenParentCount(read.submissions);
  return {
    state,
    isLoading: state === 'loading',
    hasErrors: Boolean(errors),
    isEmpty: state === 'empty',
    countText: formatCount(LABELS.COUNT_ONE, LABELS.COUNT_MANY, total ?? shown),
    moreText:
      (total ?? 0) > shown
        ? formatLabel(LABELS.MORE, formatNumber(shown), formatNumber(total))
        : null,
    hiddenText: hidden > 0 ? formatCount(LABELS.HIDDEN_ONE, LABELS.HIDDEN_MANY, hidden) : null,
    // Visible while it says something, and only heard otherwise.
    noticeClass: notice
      ? 'notice slds-box slds-box_x-small slds-theme_success slds-m-bottom_x-small'
      : 'notice slds-assistive-text'
  };
}
