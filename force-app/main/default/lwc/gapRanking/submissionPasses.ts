// One walk over the submissions (their ranked gap, window, account, opportunity and severity, each
// read once), then a counting sort of what it kept into gap order, over typed arrays only.
import { NO_SEVERITY, severityReader } from './denseRecords';
import type { IdIndex } from './idIndex';
import type { MetricsReport, SubmissionRecord } from './types';

/** The indexes and gap facts the walk maps each submission with. */
export interface SubmissionIndexes {
  gapIndex: IdIndex;
  mergeTarget: Int32Array;
  /** Per gap index: its ranked slot, or -1 when it is not ranked (closed or merged). */
  rankedSlot: Int32Array;
  rankedCount: number;
  accountIndex: IdIndex;
  opportunityIndex: IdIndex;
}

/**
 * The walk's result: the counted submissions in input order, counted one after another (entry k is
 * the k-th counted submission), and the count of each slot.
 */
export interface CountedSubmissions {
  /** Entry k's ranked gap slot (16 bits when there are fewer than 65,536 slots). */
  slotOf: Uint16Array | Int32Array;
  /** Entry k: `entries[2k]` = account index (-1: not visible), `entries[2k + 1]` = packed opp. */
  entries: Int32Array;
  /** perSlot[slot + 1]: the slot's count (prefix sums once grouped). */
  perSlot: Int32Array;
  hiddenAccounts: Int32Array;
  hiddenOpportunities: Int32Array;
  counted: number;
}

/** Local copy of NO_SEVERITY for the hot loop (under CommonJS an import is a property read). */
const NONE = NO_SEVERITY;

function badNumber(
  report: MetricsReport,
  submission: SubmissionRecord,
  field: 'createdDate' | 'severity'
): void {
  const value = field === 'severity' ? submission.severity : submission.createdDate;
  report.badNumbers.push({ recordId: submission.id, field, value });
}

/** The submission's ranked slot, or -1 with the reason counted in `report`. */
function slotOfSubmission(
  submission: SubmissionRecord,
  indexes: SubmissionIndexes,
  report: MetricsReport
): number {
  const g = indexes.gapIndex.get(submission.gapId);
  const root = g < 0 ? -1 : indexes.mergeTarget[g];
  if (root < 0) {
    report.submissionsOfUnknownGaps++;
    return -1;
  }
  const slot = indexes.rankedSlot[root];
  if (slot < 0) report.submissionsOfClosedGaps++;
  return slot;
}

/** True when the window is open or the submission's date lies in it; bad dates are reported. */
function inWindow(
  submission: SubmissionRecord,
  from: number | null,
  to: number | null,
  report: MetricsReport
): boolean {
  const created = Date.parse(submission.createdDate ?? '');
  if (Number.isNaN(created)) badNumber(report, submission, 'createdDate');
  else if ((from === null || created >= from) && (to === null || created <= to)) return true;
  report.submissionsOutsideWindow++;
  return false;
}

/**
 * Reads each submission once: its ranked gap slot (via its gap's merge target; unknown, closed and
 * out-of-window ones are counted in `report` and skipped) and, for the ones counted, its account
 * and opportunity index (-1 when not visible) and severity; hidden records and bad dates and
 * severities go to `report` in input order.
 */
export function readSubmissions(
  submissions: readonly SubmissionRecord[],
  indexes: SubmissionIndexes,
  from: number | null,
  to: number | null,
  report: MetricsReport
): CountedSubmissions {
  const { rankedCount, accountIndex, opportunityIndex } = indexes;
  const subCount = submissions.length;
  const slotOf = rankedCount < 65536 ? new Uint16Array(subCount) : new Int32Array(subCount);
  const entries = new Int32Array(2 * subCount);
  const perSlot = new Int32Array(rankedCount + 1);
  const hiddenAccounts = new Int32Array(rankedCount);
  const hiddenOpportunities = new Int32Array(rankedCount);
  const severityOf = severityReader();
  const windowed = from !== null || to !== null;
  let counted = 0;
  let withoutOpportunity = 0;
  for (let s = 0; s < subCount; s++) {
    const submission = submissions[s];
    const slot = slotOfSubmission(submission, indexes, report);
    if (slot < 0 || (windowed && !inWindow(submission, from, to, report))) continue;
    const accountId = submission.accountId;
    const account = accountId ? accountIndex.get(accountId) : -1;
    const opportunityId = submission.opportunityId;
    const opportunity = opportunityId ? opportunityIndex.get(opportunityId) : -1;
    const severity = severityOf(submission.severity);
    slotOf[counted] = slot;
    entries[2 * counted] = account;
    entries[2 * counted + 1] = opportunity * 4 + severity;
    counted++;
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
    if (severity === NONE) badNumber(report, submission, 'severity');
  }
  report.submissionsWithoutOpportunity += withoutOpportunity;
  return { slotOf, entries, perSlot, hiddenAccounts, hiddenOpportunities, counted };
}

/**
 * The counted submissions in gap order: entry p is `byGap[2 * p]` = account index (-1: not
 * visible) and `byGap[2 * p + 1]` = opportunity index * 4 + severity code (index -1: none or not
 * visible), one array so that the tally's read of a submission touches one place.
 */
export interface GroupedSubmissions {
  byGap: Int32Array;
  /** Slot s owns entries perSlot[s] to perSlot[s + 1]. */
  perSlot: Int32Array;
  hiddenAccounts: Int32Array;
  hiddenOpportunities: Int32Array;
}

/**
 * Stable counting sort of the counted submissions by slot (input order kept within a gap), written
 * into the start of `spare` when it is long enough (its contents are overwritten), else into a
 * new array.
 */
export function groupByGap(
  counted: CountedSubmissions,
  rankedCount: number,
  spare?: Int32Array
): GroupedSubmissions {
  const { slotOf, entries, perSlot } = counted;
  for (let slot = 0; slot < rankedCount; slot++) perSlot[slot + 1] += perSlot[slot];
  const size = 2 * counted.counted;
  const byGap = spare && spare.length >= size ? spare.subarray(0, size) : new Int32Array(size);
  const cursor = perSlot.slice(0, rankedCount);
  for (let k = 0; k < counted.counted; k++) {
    const p = 2 * cursor[slotOf[k]]++;
    byGap[p] = entries[2 * k];
    byGap[p + 1] = entries[2 * k + 1];
  }
  const { hiddenAccounts, hiddenOpportunities } = counted;
  return { byGap, perSlot, hiddenAccounts, hiddenOpportunities };
}
