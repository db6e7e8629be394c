import { isClosedStatus, resolveMerges } from './merges';
import { NO_SEVERITY, money, severityCode, windowBound } from './recordValues';
import type {
  GapMetrics,
  MetricsInput,
  MetricsOptions,
  MetricsReport,
  MetricsResult
} from './types';

const OPEN = 0;
const WON = 1;
const LOST = 2;

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

  const accountIndex = new Map<string, number>();
  const accountTam = new Float64Array(accounts.length);
  const accountStrategic = new Uint8Array(accounts.length);
  accounts.forEach((account, j) => {
    accountIndex.set(account.id, j);
    const tam = money(account.tam);
    if (Number.isNaN(tam))
      report.badNumbers.push({ recordId: account.id, field: 'tam', value: account.tam });
    accountTam[j] = Number.isNaN(tam) ? 0 : tam;
    accountStrategic[j] = account.strategic === true ? 1 : 0;
  });
  const opportunityIndex = new Map<string, number>();
  const opportunityAmount = new Float64Array(opportunities.length);
  const opportunityStage = new Uint8Array(opportunities.length);
  opportunities.forEach((opportunity, k) => {
    opportunityIndex.set(opportunity.id, k);
    const amount = money(opportunity.amount);
    if (Number.isNaN(amount)) {
      report.badNumbers.push({
        recordId: opportunity.id,
        field: 'amount',
        value: opportunity.amount
      });
    }
    opportunityAmount[k] = Number.isNaN(amount) ? 0 : amount;
    opportunityStage[k] = !opportunity.isClosed ? OPEN : opportunity.isWon ? WON : LOST;
  });

  // Pass 1: resolve every submission to integer indexes once; no per-submission objects.
  const subCount = submissions.length;
  const subSlot = new Int32Array(subCount);
  const subAccount = new Int32Array(subCount);
  const subOpportunity = new Int32Array(subCount);
  const subSeverity = new Uint8Array(subCount);
  const perSlot = new Int32Array(rankedCount + 1);
  const hiddenAccounts = new Int32Array(rankedCount);
  const hiddenOpportunities = new Int32Array(rankedCount);
  // Severity__c has a handful of values: parse each distinct text once, find it by a short scan.
  const severityTexts: (string | null)[] = [];
  const severityCodes: number[] = [];
  const severityOf = (text: string | null): number => {
    for (let c = 0; c < severityTexts.length; c++)
      if (severityTexts[c] === text) return severityCodes[c];
    const code = severityCode(text);
    if (severityTexts.length < 16) {
      severityTexts.push(text);
      severityCodes.push(code);
    }
    return code;
  };
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
    if (from !== null || to !== null) {
      const created = Date.parse(submission.createdDate ?? '');
      if (Number.isNaN(created)) {
        report.badNumbers.push({
          recordId: submission.id,
          field: 'createdDate',
          value: submission.createdDate
        });
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
    const account = submission.accountId ? accountIndex.get(submission.accountId) : undefined;
    subAccount[s] = account ?? -1;
    if (account === undefined) {
      report.hiddenAccountSubmissions++;
      hiddenAccounts[slot]++;
    }
    if (!submission.opportunityId) {
      subOpportunity[s] = -1;
      report.submissionsWithoutOpportunity++;
    } else {
      const opportunity = opportunityIndex.get(submission.opportunityId);
      subOpportunity[s] = opportunity ?? -1;
      if (opportunity === undefined) {
        report.hiddenOpportunitySubmissions++;
        hiddenOpportunities[slot]++;
      }
    }
    const opportunityHidden = Boolean(submission.opportunityId) && subOpportunity[s] === -1;
    if (account === undefined || opportunityHidden) report.hiddenRecordSubmissions++;
    const severity = severityOf(submission.severity);
    subSeverity[s] = severity;
    if (severity === NO_SEVERITY) {
      report.badNumbers.push({
        recordId: submission.id,
        field: 'severity',
        value: submission.severity
      });
    }
  }

  // Counting sort of the submissions by ranked gap, so distinctness is a stamp per account/opp.
  for (let slot = 0; slot < rankedCount; slot++) perSlot[slot + 1] += perSlot[slot];
  report.submissionsCounted = counted;
  // Scatter into gap order so the per-gap pass below reads memory sequentially.
  const byGapAccount = new Int32Array(counted);
  const byGapOpportunity = new Int32Array(counted);
  const byGapSeverity = new Uint8Array(counted);
  const cursor = perSlot.slice(0, rankedCount);
  for (let s = 0; s < subCount; s++) {
    const slot = subSlot[s];
    if (slot < 0) continue;
    const p = cursor[slot]++;
    byGapAccount[p] = subAccount[s];
    byGapOpportunity[p] = subOpportunity[s];
    byGapSeverity[p] = subSeverity[s];
  }

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
