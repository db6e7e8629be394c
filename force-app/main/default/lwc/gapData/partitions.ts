// Balanced partitions of the submissions by their gap's Id: from submission counts per gap (in the
// any order), the gap Ids at which to cut N half-open ranges of about equal size.
import { nodesOf, numberOrNull, text } from './fields';
import type { ReadData } from './nodes';

/** Submissions counted for one gap. */
export interface GapCount {
  gapId: string;
  count: number;
}

/** The counts of a RankingSubmissionCounts answer, in its order; null when the aggregate is missing. */
export function countsOf(data: ReadData | null | undefined): GapCount[] | null {
  const connection = data?.uiapi?.aggregate?.Product_Gap_Submission__c;
  if (!connection) return null;
  const counts: GapCount[] = [];
  for (const node of nodesOf(connection)) {
    const gapId = text(node.aggregate?.Product_Gap__c ?? null);
    const count = numberOrNull(node.aggregate?.Id?.count ?? null);
    if (gapId !== null && count !== null && count > 0) counts.push({ gapId, count });
  }
  return counts;
}

/**
 * At most `parts - 1` cut points (gap Ids in increasing character-code order, the order the Id
 * filter compares in: range 1 below the first cut, range i from cut i-1 up to cut i, the last
 * from the last cut on; any cuts cover every Id) for ranges as small as they can be: the
 * smallest cap such that ranges cut before each gap that would take them past it number at most
 * `parts` (a gap larger than the cap stands alone). So the ranges stay within one page of 2,000
 * whenever `parts` ranges can do that, however lumpy the counts.
 */
export function smallestRangeCuts(unordered: readonly GapCount[], parts: number): string[] {
  const counts = [...unordered].sort(byGapId);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  if (parts < 2 || total === 0) return [];
  // A gap larger than the cap is a range of its own; the other ranges stay within the cap.
  let low = Math.ceil(total / parts);
  let high = total;
  while (low < high) {
    const cap = Math.floor((low + high) / 2);
    if (cutsWithin(counts, cap).length <= parts - 1) high = cap;
    else low = cap + 1;
  }
  return cutsWithin(counts, low);
}

/** Greedy cuts of sorted counts: a new range before each gap that would take its range past `cap`. */
function cutsWithin(counts: readonly GapCount[], cap: number): string[] {
  const cuts: string[] = [];
  let rows = 0;
  for (let i = 0; i < counts.length; i++) {
    const distinct = i > 0 && counts[i].gapId !== counts[i - 1].gapId;
    if (rows > 0 && rows + counts[i].count > cap && distinct) {
      cuts.push(counts[i].gapId);
      rows = 0;
    }
    rows += counts[i].count;
  }
  return cuts;
}

function byGapId(a: GapCount, b: GapCount): number {
  if (a.gapId === b.gapId) return 0;
  return a.gapId < b.gapId ? -1 : 1;
}
