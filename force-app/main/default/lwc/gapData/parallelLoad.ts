// The ranking load in parallel: request 1 (gaps + published revision) and request 2 (submissions
// counted per gap) go out together; the counts cut the submissions into up to 26 small ranges of
// gap Id, read up to six to a request by five cursors (one @wire each, constant upperBound; see
// submissionRanges.ts), so 50,000 submissions take about one request per cursor. When the
// aggregate is refused or missing, one range covers everything and is paged in sequence. The submissions carry
// their parents' Ids only; the accounts and opportunities are read once by two more cursors
// (customerLoad.ts), from the start, a page of each per request, and joined at the end. Pure
// state: the component feeds each answer in and reads back the next request of every cursor.
import type { AccountRecord, OpportunityRecord } from 'c/gapRanking';
import { nodesOf } from './fields';
import type { ReadData } from './nodes';
import type { PageState } from './paging';
import { PAGE_SIZE, UPPER_BOUND, acceptPage, startPaging } from './paging';
import { countsOf } from './partitions';
import type { CustomerCursor } from './customerLoad';
import {
  acceptCustomerPages,
  customersRequest,
  joinCustomers,
  startCustomers
} from './customerLoad';
import { RANKING_BASE, RANKING_GAPS_PAGE } from './gapListQueries';
import { RANKING_SUBMISSION_COUNTS } from './submissionPartitionQueries';
import type { PartitionCursor, RangeCursor } from './submissionRanges';
import { RANGES_PER_REQUEST, acceptRanges, partitionCursors, planRanges } from './submissionRanges';
import type { RankingLoad, ReadRequest } from './ranking';
import type { GapView, MappedSubmission, RevisionView } from './records';
import { mapGap, mapRevision } from './records';

/**
 * Submission cursors of the parallel load. A browser has about 6 requests in flight per host:
 * five submission cursors leave one to the accounts-and-opportunities cursor, whose pages would
 * otherwise queue behind whole submission requests (org model, 2,000 gaps / 50,000 submissions:
 * 4.3 s against 5.6 s with six cursors, before the two parents shared one request).
 */
export const RANKING_PARTITIONS = 5;

/**
 * Ranges planned by default: one spare alias per cursor but one, so a range too big for one
 * page can share its request with fewer others (see partitionCursors).
 */
const PLANNED_RANGES = RANKING_PARTITIONS * (RANGES_PER_REQUEST - 1) + 1;

export interface ParallelRankingLoad {
  gaps: PageState<GapView>;
  revision: RevisionView | null;
  /** Request of the gaps cursor (request 1, then further gap pages); null when done. */
  baseNext: ReadRequest | null;
  /** The counting request; null once answered or refused. */
  countsNext: ReadRequest | null;
  /** Submissions the counts add up to (null before the counts or when refused). */
  counted: number | null;
  /** The request cursors and their ranges; empty until the counts are answered or refused. */
  partitions: PartitionCursor[];
  /** The accounts some submission names, each read once. */
  accounts: CustomerCursor<AccountRecord>;
  /** The opportunities some submission names, each read once. */
  opportunities: CustomerCursor<OpportunityRecord>;
  /** Requests answered so far. */
  requests: number;
  done: boolean;
}

function rangesOf(load: ParallelRankingLoad): RangeCursor[] {
  return load.partitions.flatMap((partition) => partition.ranges);
}

function withState(
  load: ParallelRankingLoad,
  change: Partial<ParallelRankingLoad>
): ParallelRankingLoad {
  const next = { ...load, ...change, requests: load.requests + 1 };
  const planned = next.countsNext === null && next.partitions.length > 0;
  const done =
    planned &&
    next.baseNext === null &&
    next.partitions.every((p) => !p.next) &&
    !next.accounts.reading &&
    !next.opportunities.reading;
  return { ...next, done };
}

/** The start of a parallel load: request 1, the counting request and the first account and opportunity pages, all ready to send. */
export function startParallelLoad(): ParallelRankingLoad {
  return {
    gaps: startPaging(),
    revision: null,
    baseNext: {
      operationName: 'RankingBase',
      query: RANKING_BASE,
      variables: { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND }
    },
    countsNext: {
      operationName: 'RankingSubmissionCounts',
      query: RANKING_SUBMISSION_COUNTS,
      variables: { groups: PAGE_SIZE }
    },
    counted: null,
    partitions: [],
    accounts: startCustomers(),
    opportunities: startCustomers(),
    requests: 0,
    done: false
  };
}

/** Accepts the answer to `load.baseNext` (request 1 or a further gap page). */
export function acceptBaseData(
  load: ParallelRankingLoad,
  data: ReadData | null | undefined
): ParallelRankingLoad {
  if (!load.baseNext) return load;
  const first = load.baseNext.operationName === 'RankingBase';
  const query = data?.uiapi?.query;
  const gaps = acceptPage(load.gaps, query?.Product_Gap__c, mapGap);
  const [node] = first ? nodesOf(query?.Top_Ten_Revision__c) : [];
  const revision = first ? (node ? mapRevision(node) : null) : load.revision;
  const baseNext = gaps.done
    ? null
    : {
        operationName: 'RankingGapsPage',
        query: RANKING_GAPS_PAGE,
        variables: { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND, after: gaps.cursor }
      };
  return withState(load, { gaps, revision, baseNext });
}

/**
 * Accepts the counts (or null / no aggregate when the org refused it) and plans the ranges:
 * at most `parts` (2 up to RANKING_PARTITIONS x RANGES_PER_REQUEST) small ranges over the
 * RANKING_PARTITIONS cursors, or one range over every submission when there are no usable counts.
 */
export function acceptCounts(
  load: ParallelRankingLoad,
  data: ReadData | null | undefined,
  parts: number = PLANNED_RANGES
): ParallelRankingLoad {
  if (!load.countsNext) return load;
  const counts = countsOf(data);
  const most = RANKING_PARTITIONS * RANGES_PER_REQUEST;
  const ranges = planRanges(counts, Math.min(Math.max(parts, 2), most));
  const partitions = partitionCursors(ranges, RANKING_PARTITIONS);
  const counted = counts ? counts.reduce((sum, entry) => sum + entry.count, 0) : null;
  return withState(load, { countsNext: null, counted, partitions });
}

/** Accepts the answer to cursor `index`'s `next` (a page of each of its ranges); other indexes change nothing. */
export function acceptPartitionData(
  load: ParallelRankingLoad,
  index: number,
  data: ReadData | null | undefined
): ParallelRankingLoad {
  const partition = load.partitions[index];
  if (!partition?.next) return load;
  const partitions = load.partitions.slice();
  partitions[index] = acceptRanges(partition, data);
  return withState(load, { partitions });
}

/** The request of the accounts and opportunities cursors together (one page of each), or null when both are read. */
export function customersNext(load: ParallelRankingLoad): ReadRequest | null {
  return customersRequest(load.accounts, load.opportunities);
}

/** Accepts the answer to `customersNext(load)`: a page of each parent still being read (one request). */
export function acceptCustomerData(
  load: ParallelRankingLoad,
  data: ReadData | null | undefined
): ParallelRankingLoad {
  if (!customersNext(load)) return load;
  return withState(load, acceptCustomerPages(load.accounts, load.opportunities, data));
}

/**
 * After a range read was refused (an org that does not take the gap-Id range filter): one range
 * over every submission, read again from the start; null when the load already is one range.
 */
export function oneRangeAfterRefusal(load: ParallelRankingLoad): ParallelRankingLoad | null {
  const [first] = load.partitions;
  const all = first?.ranges[0]?.range;
  if (!first || (load.partitions.length === 1 && all?.from === null && all?.to === null)) {
    return null;
  }
  const partitions = partitionCursors([{ from: null, to: null }], 1);
  return { ...load, partitions, counted: null, done: false };
}

/** One progress figure over every cursor: submissions read of those counted (or reported). */
export function parallelProgress(load: ParallelRankingLoad): {
  loaded: number;
  total: number | null;
  fraction: number;
  requests: number;
} {
  let loaded = 0;
  let reported = 0;
  let known = load.partitions.length > 0;
  for (const { page } of rangesOf(load)) {
    loaded += page.rows.length;
    if (page.total === null) known = false;
    else reported += page.total;
  }
  const total = known ? reported : load.counted;
  if (load.done) return { loaded, total: total ?? loaded, fraction: 1, requests: load.requests };
  const fraction = total && total > 0 ? Math.min(loaded / total, 0.999) : 0;
  return { loaded, total, fraction, requests: load.requests };
}

/**
 * The finished load in the sequential load's shape (for toMetricsInput and the screens): the
 * ranges' submissions in creation order, each Id once even if two ranges overlapped, each joined
 * to the account and opportunity read for it (null when not visible).
 */
export function asRankingLoad(load: ParallelRankingLoad): RankingLoad {
  const seen = new Set<string>();
  const rows: MappedSubmission[] = [];
  for (const { page } of rangesOf(load)) {
    for (const row of page.rows) {
      if (seen.has(row.submission.id)) continue;
      seen.add(row.submission.id);
      rows.push(row);
    }
  }
  rows.sort(byCreation);
  const joined = joinCustomers(rows, load.accounts.page.rows, load.opportunities.page.rows);
  const pages = rangesOf(load).reduce((sum, range) => sum + range.page.pages, 0);
  const incomplete = rangesOf(load).some((range) => range.page.incomplete);
  const submissions: PageState<MappedSubmission> = {
    rows: joined,
    total: parallelProgress(load).total,
    cursor: null,
    done: load.done,
    pages,
    incomplete
  };
  const { gaps, revision, requests, done } = load;
  return { gaps, submissions, revision, requests, next: null, done };
}

function byCreation(a: MappedSubmission, b: MappedSubmission): number {
  const x = a.submission.createdDate ?? '';
  const y = b.submission.createdDate ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
