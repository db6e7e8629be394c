// The submission ranges of the parallel ranking load and the requests that read them: from the
// counts per gap, balanced half-open ranges of the parent gap's Id plus one range outside them
// all, spread over a fixed number of cursors (one @wire each) with RANGES_PER_REQUEST ranges per
// request (aliased subqueries r0..r5 of RANKING_RANGES, each with its own `after` cursor). Without
// usable counts, one range over every submission, read by one cursor in sequence.
import type { Connection } from './fields';
import type { ReadData, SubmissionNode } from './nodes';
import type { PageState } from './paging';
import { PAGE_SIZE, UPPER_BOUND, acceptPage, startPaging } from './paging';
import type { GapCount } from './partitions';
import { smallestRangeCuts } from './partitions';
import type { ReadRequest } from './ranking';
import type { MappedSubmission } from './records';
import { mapSubmission } from './records';
import { RANKING_PARTITION_ALL } from './submissionPartitionQueries';
import { RANKING_RANGES, RANKING_RANGES_OUTER } from './submissionRangeQueries';

type SubmissionConnection = Connection<RangeNode> | null | undefined;

/** Ranges one request reads (the aliases r0..r5 of RANKING_RANGES; at most 10 subqueries a query). */
export const RANGES_PER_REQUEST = 6;

/**
 * Submissions by their gap's Id: `[from, to)`; with `outside`, those below `from` or from `to`
 * on; with both bounds null, every submission.
 */
export interface SubmissionRange {
  from: string | null;
  to: string | null;
  outside?: boolean;
  /** Submissions the counts put in this range (absent: unknown). */
  counted?: number;
}

/** One range and the rows read of it; `last` is the end cursor of its last page. */
export interface RangeCursor {
  range: SubmissionRange;
  page: PageState<MappedSubmission>;
  last: string | null;
}

/** One request cursor (one @wire): its ranges, alias i reading range i, and the request to send next. */
export interface PartitionCursor {
  ranges: RangeCursor[];
  /** The request to send next; null when every range of this cursor is read. */
  next: ReadRequest | null;
}

/**
 * The ranges to read, at most `parts` (>= 2), with the submissions counted in each: one range
 * outside [first counted gap, last counted gap) and ranges inside it as small as `parts` allows;
 * one range over everything (nothing counted) without counts.
 */
export function planRanges(counts: readonly GapCount[] | null, parts: number): SubmissionRange[] {
  if (!counts || counts.length === 0) return [{ from: null, to: null }];
  const ids = counts.map((entry) => entry.gapId).sort();
  const low = ids[0];
  const high = ids[ids.length - 1];
  // The last gap belongs to the outside range: cut the inside ranges without it, each as small
  // as the number of ranges allows (within one page of 2,000 whenever it can be).
  const inner = counts.filter((entry) => entry.gapId !== high);
  const bounds = [low, ...smallestRangeCuts(inner, Math.max(1, parts - 1)), high];
  const rowsIn = (from: string, to: string) =>
    inner.reduce((sum, e) => (e.gapId >= from && e.gapId < to ? sum + e.count : sum), 0);
  const inside: SubmissionRange[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const [from, to] = [bounds[i - 1], bounds[i]];
    if (from < to) inside.push({ from, to, counted: rowsIn(from, to) });
  }
  const outside = counts.reduce((sum, e) => (e.gapId === high ? sum + e.count : sum), 0);
  return [{ from: low, to: high, outside: true, counted: outside }, ...inside];
}

/** Estimated cost of one more page in a request, in rows: a latency (800 ms) at about 215 bytes a row and 1 MB/s. */
const ROWS_PER_ROUND_TRIP = 3700;

function costOf(range: SubmissionRange): number {
  const rows = range.counted ?? 0;
  return rows + ROWS_PER_ROUND_TRIP * Math.max(0, Math.ceil(rows / PAGE_SIZE) - 1);
}

/**
 * The ranges (at most `cursors` x RANGES_PER_REQUEST) spread over at most `cursors` cursors, at
 * most RANGES_PER_REQUEST each, each ready to send: the first range (the outside one) first on
 * cursor 0, then the largest first, each to the open cursor with the least counted rows so far
 * (a range of more than one page counting its extra round trips), so the requests take about as
 * long.
 */
export function partitionCursors(
  ranges: readonly SubmissionRange[],
  cursors: number
): PartitionCursor[] {
  const used = Math.min(cursors, Math.max(1, ranges.length));
  const grouped: SubmissionRange[][] = Array.from({ length: used }, () => []);
  const cost = new Array<number>(used).fill(0);
  const [first, ...rest] = ranges;
  const place = (range: SubmissionRange, at: number) => {
    grouped[at].push(range);
    cost[at] += costOf(range);
  };
  place(first, 0);
  for (const range of [...rest].sort((a, b) => costOf(b) - costOf(a))) {
    let best = -1;
    for (let i = 0; i < used; i++) {
      const open = grouped[i].length < RANGES_PER_REQUEST;
      if (open && (best < 0 || cost[i] < cost[best])) best = i;
    }
    place(range, best);
  }
  return grouped.map((group) => {
    const read = group.map((range) => ({
      range,
      page: startPaging<MappedSubmission>(),
      last: null
    }));
    return { ranges: read, next: requestOf(read) };
  });
}

/** A row of the range documents, its fields under one-letter aliases (or, read either way, their names). */
interface RangeNode extends SubmissionNode {
  g?: SubmissionNode['Product_Gap__c'];
  a?: SubmissionNode['Account__c'];
  o?: SubmissionNode['Opportunity__c'];
  s?: SubmissionNode['Severity__c'];
  c?: SubmissionNode['CreatedDate'];
}

function mapRangeNode(node: RangeNode): MappedSubmission {
  return mapSubmission({
    Id: node.Id,
    Product_Gap__c: node.g ?? node.Product_Gap__c,
    Account__c: node.a ?? node.Account__c,
    Opportunity__c: node.o ?? node.Opportunity__c,
    Severity__c: node.s ?? node.Severity__c,
    CreatedDate: node.c ?? node.CreatedDate
  });
}

function isAll(ranges: readonly RangeCursor[]): boolean {
  const [only] = ranges;
  return ranges.length === 1 && only.range.from === null && only.range.to === null;
}

/** The next request of a cursor's ranges; null when all are read. A read range reads nothing. */
function requestOf(ranges: readonly RangeCursor[]): ReadRequest | null {
  if (ranges.every((cursor) => cursor.page.done)) return null;
  const paging = { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND };
  if (isAll(ranges)) {
    const variables = { ...paging, after: ranges[0].page.cursor };
    return { operationName: 'RankingPartitionAll', query: RANKING_PARTITION_ALL, variables };
  }
  const variables: Record<string, unknown> = { ...paging };
  // An Id of this cursor's ranges: [anchor, anchor) is empty whatever order Ids compare in.
  const anchor = ranges[0].range.from;
  for (let i = 0; i < RANGES_PER_REQUEST; i++) {
    const cursor = ranges[i];
    if (cursor?.range.outside) {
      variables.low = cursor.range.from;
      variables.high = cursor.range.to;
      // Read: from after its last record on, which is nothing.
      variables.after0 = cursor.page.done ? cursor.last : cursor.page.cursor;
      continue;
    }
    const reading = cursor !== undefined && !cursor.page.done;
    variables[`from${i}`] = reading ? cursor.range.from : anchor;
    variables[`to${i}`] = reading ? cursor.range.to : anchor;
    variables[`after${i}`] = reading ? cursor.page.cursor : null;
  }
  return ranges[0].range.outside
    ? { operationName: 'RankingRangesOuter', query: RANKING_RANGES_OUTER, variables }
    : { operationName: 'RankingRanges', query: RANKING_RANGES, variables };
}

/** Accepts the answer to `cursor.next`: one page of each range still being read. */
export function acceptRanges(
  cursor: PartitionCursor,
  data: ReadData | null | undefined
): PartitionCursor {
  if (!cursor.next) return cursor;
  // The ranges arrive under their aliases r0..r5 (the one range over everything, unaliased).
  const query = data?.uiapi?.query as Record<string, SubmissionConnection> | null | undefined;
  const all = isAll(cursor.ranges);
  const ranges = cursor.ranges.map((range, i) => {
    if (range.page.done) return range;
    const connection = query?.[all ? 'Product_Gap_Submission__c' : `r${i}`];
    const page = acceptPage(range.page, connection, mapRangeNode);
    return { ...range, page, last: connection?.pageInfo?.endCursor ?? range.last };
  });
  return { ranges, next: requestOf(ranges) };
}
