// The one pass over the submission records: each submission's ranked gap, account and opportunity
// mapped to dense indexes once (three id lookups), then the counted ones grouped by gap.
import { NO_SEVERITY, severityReader } from './denseRecords';
import type { IdIndex } from './idIndex';
import type { MetricsReport, SubmissionRecord } from './types';

/** Where a submission's ids lead: the gap index with its merges resolved, the record indexes. */
export interface SubmissionIndexes {
  gapIndex: IdIndex;
  /** Per gap index: the index of the gap its submissions count for, or -1 */
  mergeTarget: Int32Array;
  /** Per gap index: its ranked slot, or -1 when it is not ranked */
  rankedSlot: Int32Array;
  rankedCount: number;
  accountIndex: IdIndex;
  opportunityIndex: IdIndex;
}

/**
 * The counted submissions in gap order: entry p is `byGap[2 * p]` = account index (-1: not
 * visible) and `byGap[2 * p + 1]` = opportunity index * 4 + severity code (index -1: none or not
 * visible); slot s owns entries perSlot[s] to perSlot[s + 1].
 */
export interface GroupedSubmissions {
  byGap: Int32Array;
  perSlot: Int32Array;
  hiddenAccounts: Int32Array;
  hiddenOpportunities: Int32Array;
}

// Local copy for the hot loop (under CommonJS an imported binding is a property read).
const NONE = NO_SEVERITY;

/** The submission's window verdict: true when it counts (no window, or created inside it). */
function inWindow(
  submission: SubmissionRecord,
  from: number | null,
  to: number | null,
  report: MetricsReport
): boolean {
  const created = Date.parse(submission.createdDate ?? '');
  if (Number.isNaN(created)) {
    report.badNumbers.push({
      recordId: submission.id,
      field: 'createdDate',
      value: submission.createdDate
    });
  } else if ((from === null || created >= from) && (to === null || created <= to)) return true;
  report.submissionsOutsideWindow++;
  return false;
}

/**
 * Maps every submission once: unknown, closed and out-of-window ones are counted in `report` and
 * dropped; hidden records and bad severities and dates go to `report` in submission order; the
 * rest are returned grouped by ranked gap slot, in submission order within a slot.
 */
export function groupSubmissions(
  submissions: readonly SubmissionRecord[],
  indexes: SubmissionIndexes,
  from: number | null,
  to: number | null,
  report: MetricsReport
): GroupedSubmissions {
  const { gapIndex, mergeTarget, rankedSlot, rankedCount, accountIndex, opportunityIndex } =
    indexes;
  const subCount = submissions.length;
  // Counted submissions in input order, three words each: slot, account, opportunity * 4 + severity.
  const mapped = new Int32Array(3 * subCount);
  const perSlot = new Int32Array(rankedCount + 1);
  const hiddenAccounts = new Int32Array(rankedCount);
  const hiddenOpportunities = new Int32Array(rankedCount);
  const severityOf = severityReader();
  const windowed = from !== null || to !== null;
  let counted = 0;
  let withoutOpportunity = 0;
  for (let s = 0; s < subCount; s++) {
    const submission = submissions[s];
    const g = gapIndex.get(submission.gapId);
    const root = g < 0 ? -1 : mergeTarget[g];
    if (root < 0) {
      report.submissionsOfUnknownGaps++;
      continue;
    }
    const slot = rankedSlot[root];
    if (slot < 0) {
      report.submissionsOfClosedGaps++;
      continue;
    }
    if (windowed && !inWindow(submission, from, to, report)) continue;
    const accountId = submission.accountId;
    const account = accountId ? accountIndex.get(accountId) : -1;
    const opportunityId = submission.opportunityId;
    const opportunity = opportunityId ? opportunityIndex.get(opportunityId) : -1;
    const severity = severityOf(submission.severity);
    const m = 3 * counted++;
    mapped[m] = slot;
    mapped[m + 1] = account;
    mapped[m + 2] = opportunity * 4 + severity;
    perSlot[slot + 1]++;
    if (account < 0) {
      report.hiddenAccountSubmissions++;
      hiddenAccounts[slot]++;
    }
    if (!opportunityId) withoutOpportunity++;
    else if (opportunity < 0) {
      report.hiddenOpportunitySubmissions++;
      hiddenOpportunities[slot]++;
    }
    if (account < 0 || (opportunityId && opportunity < 0)) report.hiddenRecordSubmissions++;
    if (severity === NONE) {
      report.badNumbers.push({
        recordId: submission.id,
        field: 'severity',
        value: submission.severity
      });
    }
  }
  report.submissionsCounted = counted;
  report.submissionsWithoutOpportunity += withoutOpportunity;
  return {
    byGap: bySlot(mapped, counted, perSlot, rankedCount),
    perSlot,
    hiddenAccounts,
    hiddenOpportunities
  };
}

/** Counting sort of the mapped entries by slot (turns perSlot's counts into starts, in place). */
function bySlot(
  mapped: Int32Array,
  counted: number,
  perSlot: Int32Array,
  rankedCount: number
): Int32Array {
  for (let slot = 0; slot < rankedCount; slot++) perSlot[slot + 1] += perSlot[slot];
  const cursor = perSlot.slice(0, rankedCount);
  const byGap = new Int32Array(2 * counted);
  for (let m = 0; m < 3 * counted; m += 3) {
    const p = 2 * cursor[mapped[m]]++;
    byGap[p] = mapped[m + 1];
    byGap[p + 1] = mapped[m + 2];
  }
  return byGap;
}
