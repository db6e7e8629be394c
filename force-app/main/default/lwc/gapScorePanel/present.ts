// What the panel itself shows from the gap's detail (notices above the sections); each section
// child builds its own view. No arithmetic: counts come from the data layer and the engine.
import type { GapDetail, RevisionView } from 'c/gapData';
import type { OwnMetrics } from 'c/gapScoring';
import { formatCount, formatLabel } from 'c/format';
import { LABELS } from './labels';

/** The published revision when the newest one is Published, else null. */
export function publishedRevision(revisions: RevisionView[]): RevisionView | null {
  const [newest] = revisions;
  return newest && newest.status === 'Published' ? newest : null;
}

/**
 * The incomplete-visibility sentence, or null when every account and opportunity of the loaded
 * submissions was visible. A submission with both hidden counts once.
 */
export function visibilityNotice(detail: GapDetail): string | null {
  let hidden = 0;
  for (const { submission, account, opportunity } of detail.submissions.rows) {
    if (!account || (submission.opportunityId && !opportunity)) hidden++;
  }
  return hidden > 0 ? formatCount(LABELS.HIDDEN_ONE, LABELS.HIDDEN_MANY, hidden) : null;
}

/** The panel-level view of the detail: notices and what a merge moves, built once per detail. */
export function detailView(detail: GapDetail, own: OwnMetrics) {
  const names = detail.mergedGaps.map((gap) => gap.name);
  return {
    visibilityNotice: visibilityNotice(detail),
    mergedFromText: names.length ? formatLabel(LABELS.MERGED_FROM, names.join(', ')) : null,
    moves: {
      submissions: own.metrics.submissionCount,
      accounts: own.metrics.metrics.accounts,
      arr: own.metrics.metrics.arr
    }
  };
}
