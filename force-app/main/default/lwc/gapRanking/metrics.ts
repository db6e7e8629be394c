import { OPEN, WON, denseAccounts, denseOpportunities } from './denseRecords';
import { IdIndex } from './idIndex';
import { isClosedStatus, resolveMerges } from './merges';
import { windowBound } from './recordValues';
import { groupByGap, slotSubmissions } from './submissionPasses';
import type {
  GapMetrics,
  MetricsInput,
  MetricsOptions,
  MetricsReport,
  MetricsResult
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

  const gapIndex = new IdIndex(gaps);
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

  const slots = slotSubmissions(
    submissions,
    gapIndex,
    merges.target,
    rankedSlot,
    rankedCount,
    from,
    to,
    report
  );
  const perSlot = slots.perSlot;
  report.submissionsCounted = slots.counted;
  const { byGapAccount, byGapOpportunity, byGapSeverity, hiddenAccounts, hiddenOpportunities } =
    groupByGap(submissions, slots, rankedCount, accountIndex, opportunityIndex, report);

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
      // Only when synced, so the engine's recorded outputs stay as they were.
      ...(gap.githubState ? { githubState: gap.githubState } : {}),
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
