// The two passes over the submissions: their ranked gap first (with the window), then their
// account and opportunity indexes, written straight into gap order.
import { NO_SEVERITY, severityReader } from './denseRecords';
import type { IdIndex } from './idIndex';
import type { MetricsReport, SubmissionRecord } from './types';

/** Pass 1's result: slot per submission (-1: not counted), prefix counts, bad dates in order. */
export interface SubmissionSlots {
  subSlot: Int32Array;
  /** perSlot[slot]..perSlot[slot + 1] is the slot's range in gap order */
  perSlot: Int32Array;
  badDates: number[];
  counted: number;
}

/**
 * Pass 1: each submission's ranked gap slot (via its gap's merge target) and the count per slot;
 * unknown, closed and out-of-window submissions are counted in `report` and get slot -1.
 */
export function slotSubmissions(
  submissions: readonly SubmissionRecord[],
  gapIndex: IdIndex,
  mergeTarget: Int32Array,
  rankedSlot: Int32Array,
  rankedCount: number,
  from: number | null,
  to: number | null,
  report: MetricsReport
): SubmissionSlots {
  const subCount = submissions.length;
  const subSlot = new Int32Array(subCount);
  const perSlot = new Int32Array(rankedCount + 1);
  // Bad dates found here are merged back in submission order with the bad severities of pass 2.
  const badDates: number[] = [];
  const windowed = from !== null || to !== null;
  let counted = 0;
  for (let s = 0; s < subCount; s++) {
    const submission = submissions[s];
    subSlot[s] = -1;
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
    if (windowed) {
      const created = Date.parse(submission.createdDate ?? '');
      if (Number.isNaN(created)) {
        badDates.push(s);
        report.submissionsOutsideWindow++;
        continue;
      }
      if ((from !== null && created < from) || (to !== null && created > to)) {
        report.submissionsOutsideWindow++;
        continue;
      }
    }
    subSlot[s] = slot;
    perSlot[slot + 1]++;
    counted++;
  }

  // Counting sort of the submissions by ranked gap, so distinctness is a stamp per account/opp.
  for (let slot = 0; slot < rankedCount; slot++) perSlot[slot + 1] += perSlot[slot];
  return { subSlot, perSlot, badDates, counted };
}

/**
 * Pass 2's result, in gap order: entry p is `byGap[2 * p]` = account index (-1: not visible) and
 * `byGap[2 * p + 1]` = opportunity index * 4 + severity code (index -1: none or not visible), one
 * array so that a submission's scatter write and the tally's read touch one place.
 */
export interface GroupedSubmissions {
  byGap: Int32Array;
  /** Slot s owns entries perSlot[s] to perSlot[s + 1] (pass 1's starts). */
  perSlot: Int32Array;
  hiddenAccounts: Int32Array;
  hiddenOpportunities: Int32Array;
}

/** Local copy of NO_SEVERITY for the hot loop (under CommonJS an import is a property read). */
const NONE = NO_SEVERITY;

function badDate(report: MetricsReport, submission: SubmissionRecord): void {
  report.badNumbers.push({
    recordId: submission.id,
    field: 'createdDate',
    value: submission.createdDate
  });
}

/**
 * Pass 2: maps each counted submission's account and opportunity once (-1 when not visible) into
 * gap order; hidden records and bad severities go to `report`, bad dates merged in input order.
 */
export function groupByGap(
  submissions: readonly SubmissionRecord[],
  slots: SubmissionSlots,
  rankedCount: number,
  accountIndex: IdIndex,
  opportunityIndex: IdIndex,
  report: MetricsReport
): GroupedSubmissions {
  const { subSlot, perSlot, badDates, counted } = slots;
  const subCount = submissions.length;
  // Gap order lets the per-gap tally read memory sequentially.
  const byGap = new Int32Array(2 * counted);
  const hiddenAccounts = new Int32Array(rankedCount);
  const hiddenOpportunities = new Int32Array(rankedCount);
  const cursor = perSlot.slice(0, rankedCount);
  const severityOf = severityReader();
  let withoutOpportunity = 0;
  let nextBadDate = 0;
  for (let s = 0; s < subCount; s++) {
    const slot = subSlot[s];
    if (slot < 0) continue;
    const submission = submissions[s];
    const p = 2 * cursor[slot]++;
    const accountId = submission.accountId;
    const account = accountId ? accountIndex.get(accountId) : -1;
    const opportunityId = submission.opportunityId;
    const opportunity = opportunityId ? opportunityIndex.get(opportunityId) : -1;
    const severity = severityOf(submission.severity);
    byGap[p] = account;
    byGap[p + 1] = opportunity * 4 + severity;
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
      while (nextBadDate < badDates.length && badDates[nextBadDate] < s) {
        badDate(report, submissions[badDates[nextBadDate++]]);
      }
      report.badNumbers.push({
        recordId: submission.id,
        field: 'severity',
        value: submission.severity
      });
    }
  }
  while (nextBadDate < badDates.length) badDate(report, submissions[badDates[nextBadDate++]]);
  report.submissionsWithoutOpportunity += withoutOpportunity;
  return { byGap, perSlot, hiddenAccounts, hiddenOpportunities };
}
