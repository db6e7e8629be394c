import { denseAccounts, denseOpportunities } from './denseRecords';
import { tallyGaps } from './gapTally';
import { IdIndex } from './idIndex';
import { isClosedStatus, resolveMerges } from './merges';
import { windowBound } from './recordValues';
import { groupByGap, readSubmissions } from './submissionPasses';
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

  const accountTable = denseAccounts(accounts, report.badNumbers);
  const opportunityTable = denseOpportunities(opportunities, report.badNumbers);

  const counted = readSubmissions(
    submissions,
    {
      gapIndex,
      mergeTarget: merges.target,
      rankedSlot,
      rankedCount,
      accountIndex: accountTable.index,
      opportunityIndex: opportunityTable.index
    },
    from,
    to,
    report
  );
  report.submissionsCounted = counted.counted;
  // Lookups are over: the larger index's storage takes the grouped submissions (at 1,000,000
  // submissions, megabytes the call does not allocate).
  const accountStorage = accountTable.index.release();
  const opportunityStorage = opportunityTable.index.release();
  const spare =
    accountStorage.length > opportunityStorage.length ? accountStorage : opportunityStorage;
  const grouped = groupByGap(counted, rankedCount, spare);
  const perSlot = grouped.perSlot;
  const totals = tallyGaps(grouped, perSlot, rankedCount, accountTable, opportunityTable);

  const mergedInto: string[][] = Array.from({ length: rankedCount }, () => []);
  for (let i = 0; i < gaps.length; i++) {
    const root = merges.target[i];
    if (root >= 0 && root !== i && rankedSlot[root] >= 0)
      mergedInto[rankedSlot[root]].push(gaps[i].id);
  }

  const result: GapMetrics[] = new Array(rankedCount);
  for (let i = 0; i < gaps.length; i++) {
    const slot = rankedSlot[i];
    if (slot < 0) continue;
    const gap = gaps[i];
    const accountCount = totals.accounts[slot];
    const p0 = totals.p0[slot];
    result[slot] = {
      id: gap.id,
      name: gap.name,
      status: gap.status,
      productArea: gap.productArea ?? null,
      githubUrl: gap.githubUrl ?? null,
      // Undefined unless synced: JSON leaves it out, so the engine's recorded outputs stay as they
      // were, and every row keeps one shape (no spread, which builds each row key by key).
      githubState: gap.githubState || undefined,
      metrics: {
        arr: totals.arr[slot],
        accounts: accountCount,
        strategic: totals.strategic[slot],
        p0,
        tam: totals.tam[slot],
        lost: totals.lostArr[slot]
      },
      mergedGapIds: mergedInto[slot],
      submissionCount: perSlot[slot + 1] - perSlot[slot],
      openArr: totals.openArr[slot],
      wonArr: totals.wonArr[slot],
      lostArr: totals.lostArr[slot],
      lostDeals: totals.lostDeals[slot],
      strategicArr: totals.strategicArr[slot],
      p0Share: accountCount === 0 ? 0 : p0 / accountCount,
      severityAccounts: { P0: p0, P1: totals.p1[slot], P2: totals.p2[slot] },
      hiddenAccountSubmissions: grouped.hiddenAccounts[slot],
      hiddenOpportunitySubmissions: grouped.hiddenOpportunities[slot]
    };
  }
  return { gaps: result, report };
}
