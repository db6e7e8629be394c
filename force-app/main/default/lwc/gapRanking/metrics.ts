import {
  NO_SEVERITY,
  OPEN,
  WON,
  denseAccounts,
  denseOpportunities,
  severityReader
} from './denseRecords';
import { isClosedStatus, resolveMerges } from './merges';
import { windowBound } from './recordValues';
import type {
  GapMetrics,
  MetricsInput,
  MetricsOptions,
  MetricsReport,
  MetricsResult,
  SubmissionRecord
} from './types';

function emptyReport(): MetricsReport {
  return {
    submissionsCounted: 0,
    submissionsOutsideWindow: 0,
    submissionsOfClosedGaps: 0,
    submissionsOfUnknownGaps: 0,
    hiddenAccountSubmissions: 0,
    hiddenOpportunitySubmissions: 0,
    hiddenRecordSubmissions: 0,
    submissionsWithoutOpportunity: 0,
    badNumbers: [],
    mergeCycles: []
  };
}

function badDate(report: MetricsReport, submission: SubmissionRecord): void {
  report.badNumbers.push({
    recordId: submission.id,
    field: 'createdDate',
    value: submission.createdDate
  });
}

/**
 * Computes the metrics of every open gap from plain records (see PRODUCT.md "Metric semantics"):
 * merged gaps are folded into the gap they point to (transitively), closed and merged gaps are not
 * returned, opportunities and accounts count once per gap, missing or bad amounts/TAMs count as 0
 * and records not visible are skipped; everything skipped is counted in `report`. Output follows
 * the input order of gaps. Throws RangeError only for an unparseable window bound.
 */
export function computeGapMetrics(
  input: MetricsInput,
  options: MetricsOptions = {}
): MetricsResult {
  const report = emptyReport();
  const { gaps, submissions, accounts, opportunities } = input;
  const from = windowBound(options.from, false);
  const to = windowBound(options.to, true);

  const gapIndex = new Map<string, number>();
  gaps.forEach((gap, i) => gapIndex.set(gap.id, i));
  const merges = resolveMerges(gaps, gapIndex);
  report.mergeCycles = merges.cycles;
  // A gap is ranked when it is its own merge target and its status is open.
  const rankedSlot = new Int32Array(gaps.length).fill(-1);
  let rankedCount = 0;
  for (let i = 0; i < gaps.length; i++) {
    if (merges.target[i] === i && !isClosedStatus(gaps[i].status)) rankedSlot[i] = rankedCount++;
  }

  const dense = denseAccounts(accounts, report.badNumbers);
  const accountIndex = dense.index;
  const accountTam = dense.tam;
  const accountStrategic = dense.strategic;
  const deals = denseOpportunities(opportunities, report.badNumbers);
  const opportunityIndex = deals.index;
  const opportunityAmount = deals.amount;
  const opportunityStage = deals.stage;

  // Pass 1: each submission's ranked gap (its slot) and the count per slot; the window applies here.
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
    const root = g === undefined ? -1 : merges.target[g];
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
  report.submissionsCounted = counted;
  // Pass 2: map each counted submission's account and opportunity once, straight into gap order,
  // so the per-gap pass below reads memory sequentially.
  const byGapAccount = new Int32Array(counted);
  const byGapOpportunity = new Int32Array(counted);
  const byGapSeverity = new Uint8Array(counted);
  const hiddenAccounts = new Int32Array(rankedCount);
  const hiddenOpportunities = new Int32Array(rankedCount);
  const cursor = perSlot.slice(0, rankedCount);
  const severityOf = severityReader();
  let nextBadDate = 0;
  for (let s = 0; s < subCount; s++) {
    const slot = subSlot[s];
    if (slot < 0) continue;
    const submission = submissions[s];
    const p = cursor[slot]++;
    const account = submission.accountId ? accountIndex.get(submission.accountId) : -1;
    byGapAccount[p] = account;
    if (account < 0) {
      report.hiddenAccountSubmissions++;
      hiddenAccounts[slot]++;
    }
    let opportunityHidden = false;
    if (!submission.opportunityId) {
      byGapOpportunity[p] = -1;
      report.submissionsWithoutOpportunity++;
    } else {
      const opportunity = opportunityIndex.get(submission.opportunityId);
      byGapOpportunity[p] = opportunity;
      if (opportunity < 0) {
        opportunityHidden = true;
        report.hiddenOpportunitySubmissions++;
        hiddenOpportunities[slot]++;
      }
    }
    if (account < 0 || opportunityHidden) report.hiddenRecordSubmissions++;
    const severity = severityOf(submission.severity);
    byGapSeverity[p] = severity;
    if (severity === NO_SEVERITY) {
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

  const accountStamp = new Int32Array(accounts.length).fill(-1);
  const accountBestSeverity = new Uint8Array(accounts.length);
  const opportunityStamp = new Int32Array(opportunities.length).fill(-1);
  const opportunityStrategicStamp = new Int32Array(opportunities.length).fill(-1);
  const seenAccounts = new Int32Array(accounts.length);

  const mergedInto: string[][] = Array.from({ length: rankedCount }, () => []);
  for (let i = 0; i < gaps.length; i++) {
    const root = merges.target[i];
    if (root >= 0 && root !== i && rankedSlot[root] >= 0)
      mergedInto[rankedSlot[root]].push(gaps[i].id);
  }

  const result: GapMetrics[] = [];
  let slot = 0;
  for (let i = 0; i < gaps.length; i++) {
    if (rankedSlot[i] < 0) continue;
    let arr = 0;
    let openArr = 0;
    let wonArr = 0;
    let lostArr = 0;
    let lostDeals = 0;
    let strategicArr = 0;
    let tam = 0;
    let accountCount = 0;
    let strategicCount = 0;
    for (let p = perSlot[slot]; p < perSlot[slot + 1]; p++) {
      const a = byGapAccount[p];
      const strategic = a >= 0 && accountStrategic[a] === 1;
      if (a >= 0) {
        if (accountStamp[a] !== slot) {
          accountStamp[a] = slot;
          accountBestSeverity[a] = byGapSeverity[p];
          seenAccounts[accountCount++] = a;
          tam += accountTam[a];
          if (strategic) strategicCount++;
        } else if (byGapSeverity[p] < accountBestSeverity[a]) {
          accountBestSeverity[a] = byGapSeverity[p];
        }
      }
      const o = byGapOpportunity[p];
      if (o < 0) continue;
      const amount = opportunityAmount[o];
      if (opportunityStamp[o] !== slot) {
        opportunityStamp[o] = slot;
        arr += amount;
        const stage = opportunityStage[o];
        if (stage === OPEN) openArr += amount;
        else if (stage === WON) wonArr += amount;
        else {
          lostArr += amount;
          lostDeals++;
        }
      }
      if (strategic && opportunityStrategicStamp[o] !== slot) {
        opportunityStrategicStamp[o] = slot;
        strategicArr += amount;
      }
    }
    const severityAccounts = { P0: 0, P1: 0, P2: 0 };
    for (let q = 0; q < accountCount; q++) {
      const best = accountBestSeverity[seenAccounts[q]];
      if (best === 0) severityAccounts.P0++;
      else if (best === 1) severityAccounts.P1++;
      else if (best === 2) severityAccounts.P2++;
    }
    const gap = gaps[i];
    result.push({
      id: gap.id,
      name: gap.name,
      status: gap.status,
      productArea: gap.productArea ?? null,
      githubUrl: gap.githubUrl ?? null,
      metrics: {
        arr,
        accounts: accountCount,
        strategic: strategicCount,
        p0: severityAccounts.P0,
        tam,
        lost: lostArr
      },
      mergedGapIds: mergedInto[slot],
      submissionCount: perSlot[slot + 1] - perSlot[slot],
      openArr,
      wonArr,
      lostArr,
      lostDeals,
      strategicArr,
      p0Share: accountCount === 0 ? 0 : severityAccounts.P0 / accountCount,
      severityAccounts,
      hiddenAccountSubmissions: hiddenAccounts[slot],
      hiddenOpportunitySubmissions: hiddenOpportunities[slot]
    });
    slot++;
  }
  return { gaps: result, report };
}
