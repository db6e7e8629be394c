// Variables builders and response mappers for the reads other than the ranking load:
// revisions, one gap's detail, a customer's submissions, gap search.
import type { Field } from './fields';
import { nodesOf, numberOrNull, text } from './fields';
import { isGitHubIssueUrl } from './links';
import type { ReadData, SubmissionNode } from './nodes';
import type { PageState } from './paging';
import { PAGE_SIZE, UPPER_BOUND, acceptPage, startPaging } from './paging';
import { GAP_DETAIL, GAP_SEARCH, GAP_SUBMISSIONS_PAGE } from './gapQueries';
import { TOP_TEN_REVISION, TOP_TEN_REVISIONS } from './revisionQueries';
import { CUSTOMER_SUBMISSIONS } from './submissionQueries';
import type { ReadRequest } from './ranking';
import type { EntryView, GapView, MappedSubmission, RevisionView } from './records';
import { mapEntry, mapGap, mapRevision, mapSubmission } from './records';
import { isRecordId, toCaseSafeId } from './recordIds';

/** The request for the newest `first` revisions (1..200, default 20), newest first. */
export function revisionsRequest(first = 20): ReadRequest {
  const size = Math.min(200, Math.max(1, Math.floor(Number.isFinite(first) ? first : 20)));
  return { operationName: 'TopTenRevisions', query: TOP_TEN_REVISIONS, variables: { first: size } };
}

/** Revisions of a TopTenRevisions / TopTenRevision response, in the order received (newest first). */
export function mapRevisions(data: ReadData | null | undefined): RevisionView[] {
  return nodesOf(data?.uiapi?.query?.Top_Ten_Revision__c).map(mapRevision);
}

/** The request for one revision; null (no request) when the Id is not a record Id. */
export function revisionRequest(revisionId: string | null | undefined): ReadRequest | null {
  if (!isRecordId(revisionId)) return null;
  return { operationName: 'TopTenRevision', query: TOP_TEN_REVISION, variables: { revisionId } };
}

export interface GapDetail {
  gap: GapView & { lifecycleStage: string | null; resolvedOn: string | null };
  /** Gaps whose Duplicate_Of__c is this gap (direct merges). */
  mergedGaps: { id: string; name: string; status: string }[];
  /** This gap's submissions and its merged duplicates', newest first; more pages while !done. */
  submissions: PageState<MappedSubmission>;
  /** This gap's entry in the published Top 10, or null when it is not in it. */
  publishedEntry: EntryView | null;
}

/** The one request that opens the score panel; null when gapId is not a record Id. */
export function gapDetailRequest(gapId: string | null | undefined): ReadRequest | null {
  if (!isRecordId(gapId)) return null;
  return {
    operationName: 'GapDetail',
    query: GAP_DETAIL,
    variables: { gapId, pageSize: PAGE_SIZE, upperBound: UPPER_BOUND }
  };
}

/** Maps a GapDetail response; null when the gap is not there (deleted or not visible). */
export function mapGapDetail(data: ReadData | null | undefined): GapDetail | null {
  const query = data?.uiapi?.query;
  const [node] = nodesOf(query?.Product_Gap__c);
  if (!node) return null;
  const [entry] = nodesOf(query?.Top_Ten_Entry__c);
  return {
    gap: {
      ...mapGap(node),
      lifecycleStage: text(node.Lifecycle_Stage__c),
      resolvedOn: text(node.Resolved_On__c)
    },
    mergedGaps: nodesOf(node.Merged_Duplicates__r).map((merged) => {
      const gap = mapGap(merged);
      return { id: gap.id, name: gap.name, status: gap.status };
    }),
    submissions: acceptPage(startPaging(), query?.Product_Gap_Submission__c, mapSubmission),
    publishedEntry: entry ? mapEntry(entry) : null
  };
}

/** The next page of the gap's submissions, or null when they are all loaded. */
export function gapSubmissionsPageRequest(gapId: string, detail: GapDetail): ReadRequest | null {
  if (detail.submissions.done) return null;
  return {
    operationName: 'GapSubmissionsPage',
    query: GAP_SUBMISSIONS_PAGE,
    variables: {
      gapId,
      pageSize: PAGE_SIZE,
      upperBound: UPPER_BOUND,
      after: detail.submissions.cursor
    }
  };
}

/** Adds a GapSubmissionsPage response to the detail. */
export function acceptGapSubmissionsPage(
  detail: GapDetail,
  data: ReadData | null | undefined
): GapDetail {
  return {
    ...detail,
    submissions: acceptPage(
      detail.submissions,
      data?.uiapi?.query?.Product_Gap_Submission__c,
      mapSubmission
    )
  };
}

/** One submission as the customer panel and the quick action show it. */
export interface CustomerSubmission {
  id: string;
  gapId: string | null;
  gapName: string | null;
  /** null when the gap is not visible. */
  gapStatus: string | null;
  productArea: string | null;
  /** Only a link that passes isGitHubIssueUrl is kept (the others are not rendered). */
  githubUrl: string | null;
  /** GitHub_State__c as the sync copied it onto the gap; null when not synced. */
  githubState?: string | null;
  duplicateOfId: string | null;
  accountId: string | null;
  accountName: string | null;
  opportunityId: string | null;
  opportunityName: string | null;
  amount: number | null;
  severity: string | null;
  description: string | null;
  impact: string | null;
  workaround: string | null;
  submissionKey: string | null;
  createdDate: string | null;
  createdById: string | null;
  createdByName: string | null;
  /** True when the running user created it: only then may they edit or withdraw it. */
  editable: boolean;
}

/** The request for a customer's submissions by Opportunity Id (preferred) or Account Id; null without a valid Id. */
export function customerSubmissionsRequest(ids: {
  accountId?: string | null;
  opportunityId?: string | null;
}): ReadRequest | null {
  // The Id only ever travels inside the `where` variable, never in the document.
  let where: Record<string, { eq: string }> | null = null;
  if (isRecordId(ids.opportunityId)) where = { Opportunity__c: { eq: ids.opportunityId } };
  else if (isRecordId(ids.accountId)) where = { Account__c: { eq: ids.accountId } };
  if (!where) return null;
  return {
    operationName: 'CustomerSubmissions',
    query: CUSTOMER_SUBMISSIONS,
    variables: { where, pageSize: PAGE_SIZE }
  };
}

function sameId(a: string | null, b: string | null | undefined): boolean {
  return isRecordId(a) && isRecordId(b) && toCaseSafeId(a) === toCaseSafeId(b);
}

/** Maps one submission node for the customer views; `editable` compares CreatedById with userId. */
export function mapCustomerSubmission(
  node: SubmissionNode,
  userId?: string | null
): CustomerSubmission {
  const gap = node.Product_Gap__r ?? null;
  const createdById = text(node.CreatedById);
  const link = text(gap?.GitHub_Issue_URL__c);
  return {
    id: node.Id,
    gapId: text(node.Product_Gap__c),
    gapName: text(gap?.Name),
    gapStatus: text(gap?.Status__c),
    productArea: text(gap?.Product_Area__c),
    githubUrl: isGitHubIssueUrlOrNull(link),
    githubState: text(gap?.GitHub_State__c),
    duplicateOfId: text(gap?.Duplicate_Of__c),
    accountId: text(node.Account__c),
    accountName: text(node.Account__r?.Name),
    opportunityId: text(node.Opportunity__c),
    opportunityName: text(node.Opportunity__r?.Name),
    amount: numberOrNull(node.Opportunity__r?.Amount),
    severity: text(node.Severity__c),
    description: text(node.Description__c),
    impact: text(node.Impact__c),
    workaround: text(node.Workaround__c),
    submissionKey: text(node.Submission_Key__c),
    createdDate: text(node.CreatedDate),
    createdById,
    createdByName: text(node.CreatedBy?.Name),
    editable: sameId(createdById, userId)
  };
}

/** Maps a CustomerSubmissions / SubmissionByKey response. */
export function mapCustomerSubmissions(
  data: ReadData | null | undefined,
  userId?: string | null
): CustomerSubmission[] {
  return nodesOf(data?.uiapi?.query?.Product_Gap_Submission__c).map((node) =>
    mapCustomerSubmission(node, userId)
  );
}

function isGitHubIssueUrlOrNull(url: string | null): string | null {
  return isGitHubIssueUrl(url) ? url : null;
}

/** Shortest search term sent: one character would match most gaps and tell nothing. */
export const MIN_SEARCH_LENGTH = 2;

/** Escapes the LIKE wildcards of user input (`\` first, then `%` and `_`) so they match literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The search request for a user's term (Name or Summary__c like `%term%`, wildcards escaped, sent as filter variables); null for a term too short to send. */
export function gapSearchRequest(term: string | null | undefined, first = 10): ReadRequest | null {
  const trimmed = (term ?? '').trim();
  if (trimmed.length < MIN_SEARCH_LENGTH) return null;
  const size = Math.min(50, Math.max(1, Math.floor(Number.isFinite(first) ? first : 10)));
  const pattern = `%${escapeLike(trimmed)}%`;
  const where = { or: [{ Name: { like: pattern } }, { Summary__c: { like: pattern } }] };
  return {
    operationName: 'GapSearch',
    query: GAP_SEARCH,
    variables: { where, submissionWhere: { Product_Gap__r: where }, first: size }
  };
}

/** Most candidates one broad duplicate search reads (they are ranked in the browser). */
export const CANDIDATE_PAGE = 500;

/** The broad candidate search for duplicate matching: Name or Summary__c like any of `words` (wildcards escaped), up to `first` gaps; null without a word of 2+ characters. */
export function gapCandidatesRequest(
  words: readonly string[],
  first = CANDIDATE_PAGE
): ReadRequest | null {
  const patterns = words
    .map((word) => word.trim())
    .filter((word) => word.length >= MIN_SEARCH_LENGTH)
    .map((word) => `%${escapeLike(word)}%`);
  if (patterns.length === 0) return null;
  const where = {
    or: patterns.flatMap((pattern) => [
      { Name: { like: pattern } },
      { Summary__c: { like: pattern } }
    ])
  };
  const size = Math.min(
    2000,
    Math.max(1, Math.floor(Number.isFinite(first) ? first : CANDIDATE_PAGE))
  );
  return {
    operationName: 'GapSearch',
    query: GAP_SEARCH,
    variables: { where, submissionWhere: { Product_Gap__r: where }, first: size }
  };
}

/** One search match with how many distinct accounts already asked for it, and the survivor's name when merged. */
export interface GapMatch extends GapView {
  accountCount: number;
  duplicateOfName?: string | null;
}

/** The survivor of a merge, when the caller already knows it (a duplicate pair on the Top 10 tab). */
export type KnownSurvivor = Pick<
  GapMatch,
  'id' | 'name' | 'status' | 'productArea' | 'duplicateOfId' | 'accountCount'
>;

/** What a merge moves from the merged gap to the survivor. */
export interface MergeMoves {
  submissions: number;
  accounts: number;
  arr: number;
}

/** Maps a GapSearch response: the matches in server order, each with its distinct account count (0 when none). */
export function mapGapSearch(data: ReadData | null | undefined): GapMatch[] {
  const counts = new Map<string, number>();
  for (const row of nodesOf(data?.uiapi?.aggregate?.Product_Gap_Submission__c)) {
    const gapSlot = row.aggregate?.Product_Gap__c;
    const gapId = typeof gapSlot?.value === 'string' ? gapSlot.value : null;
    const count = numberOrNull(row.aggregate?.Account__c?.countDistinct as Field);
    if (gapId !== null && isRecordId(gapId) && count !== null)
      counts.set(toCaseSafeId(gapId), count);
  }
  return nodesOf(data?.uiapi?.query?.Product_Gap__c).map((node) => {
    const gap = mapGap(node);
    const key = isRecordId(gap.id) ? toCaseSafeId(gap.id) : gap.id;
    return {
      ...gap,
      accountCount: counts.get(key) ?? 0,
      duplicateOfName: gap.duplicateOfId ? text(node.Duplicate_Of__r?.Name) : null
    };
  });
}
