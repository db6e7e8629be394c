// The sequential ranking load, one request after another: the reference the parallel load
// (parallelLoad.ts, what the Top 10 tab and the gap panel use) is checked and benchmarked
// against. Request 1 is the parallel load's own first read (gaps and the published revision,
// RANKING_BASE); then ceil(N / 2000) pages of the N submissions (`after` + the same constant
// `upperBound`); each extra page of gaps (over 2,000 open + merged gaps) adds one.
import type { DocumentNode } from 'lightning/graphql';
import type { AccountRecord, MetricsInput, OpportunityRecord } from 'c/gapRanking';
import { nodesOf } from './fields';
import type { ReadData } from './nodes';
import type { PageState } from './paging';
import { PAGE_SIZE, UPPER_BOUND, acceptPage, pageProgress, startPaging } from './paging';
import { RANKING_BASE, RANKING_GAPS_PAGE } from './gapListQueries';
import { RANKING_SUBMISSIONS_PAGE } from './submissionPageQueries';
import type { GapView, MappedSubmission, RevisionView } from './records';
import { mapGap, mapRevision, mapSubmission } from './records';

/** One read for the wire adapter: the document, its name and its variables. */
export interface ReadRequest {
  operationName: string;
  query: DocumentNode;
  variables: Record<string, unknown>;
}

export interface RankingLoad {
  gaps: PageState<GapView>;
  submissions: PageState<MappedSubmission>;
  /** The current published revision, null when none is published (or not readable). */
  revision: RevisionView | null;
  /** Requests answered so far. */
  requests: number;
  /** The request to send next; null when everything is loaded. */
  next: ReadRequest | null;
  done: boolean;
}

/** The first ranking request: gaps + published revision (the parallel load's request 1). */
export function startRankingLoad(): RankingLoad {
  return {
    gaps: startPaging(),
    submissions: startPaging(),
    revision: null,
    requests: 0,
    next: {
      operationName: 'RankingBase',
      query: RANKING_BASE,
      variables: { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND }
    },
    done: false
  };
}

function nextRequest(load: Omit<RankingLoad, 'next' | 'done'>): ReadRequest | null {
  if (!load.submissions.done) {
    return {
      operationName: 'RankingSubmissionsPage',
      query: RANKING_SUBMISSIONS_PAGE,
      variables: { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND, after: load.submissions.cursor }
    };
  }
  if (!load.gaps.done) {
    return {
      operationName: 'RankingGapsPage',
      query: RANKING_GAPS_PAGE,
      variables: { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND, after: load.gaps.cursor }
    };
  }
  return null;
}

/**
 * Accepts the data of the request `load.next` and returns the new state, whose `next` is the
 * following request or null when done. Data for a connection the request did not ask for is ignored.
 */
export function acceptRankingData(
  load: RankingLoad,
  data: ReadData | null | undefined
): RankingLoad {
  if (load.done || load.next === null) return load;
  const asked = load.next.operationName;
  const query = data?.uiapi?.query;
  let { gaps, submissions, revision } = load;
  if (asked === 'RankingBase' || asked === 'RankingGapsPage') {
    gaps = acceptPage(gaps, query?.Product_Gap__c, mapGap);
  }
  if (asked === 'RankingSubmissionsPage') {
    submissions = acceptPage(submissions, query?.Product_Gap_Submission__c, mapSubmission);
  }
  if (asked === 'RankingBase') {
    const [node] = nodesOf(query?.Top_Ten_Revision__c);
    revision = node ? mapRevision(node) : null;
  }
  const partial = { gaps, submissions, revision, requests: load.requests + 1 };
  const next = nextRequest(partial);
  return { ...partial, next, done: next === null };
}

/** Submissions loaded / reported total, and requests so far, for the progress line. */
export function rankingProgress(load: RankingLoad): {
  loaded: number;
  total: number | null;
  fraction: number;
  requests: number;
} {
  return { ...pageProgress(load.submissions), requests: load.requests };
}

/** The engine input: gaps, submissions, and each visible account / opportunity once. */
export function toMetricsInput(load: RankingLoad): MetricsInput {
  const accounts = new Map<string, AccountRecord>();
  const opportunities = new Map<string, OpportunityRecord>();
  for (const row of load.submissions.rows) {
    if (row.account && !accounts.has(row.account.id)) accounts.set(row.account.id, row.account);
    if (row.opportunity && !opportunities.has(row.opportunity.id)) {
      opportunities.set(row.opportunity.id, row.opportunity);
    }
  }
  return {
    gaps: load.gaps.rows,
    submissions: load.submissions.rows.map((row) => row.submission),
    accounts: [...accounts.values()],
    opportunities: [...opportunities.values()]
  };
}

/** The requests a full load takes for a number of gaps and submissions under PAGE_SIZE pages. */
export function rankingRequestCount(gapCount: number, submissionCount: number): number {
  const gapPages = Math.max(1, Math.ceil(gapCount / PAGE_SIZE));
  const submissionPages = Math.max(1, Math.ceil(submissionCount / PAGE_SIZE));
  // Request 1 reads the first page of gaps; every page of submissions is a request of its own.
  return gapPages + submissionPages;
}
