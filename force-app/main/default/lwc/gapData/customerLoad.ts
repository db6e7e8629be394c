// The accounts and opportunities of the ranking load, each read once by its own cursor (paged,
// constant upperBound) beside the submission ranges, a page of each in one request
// (customersRequest), then joined to the submissions by Id.
// A record the user cannot see is not returned, so its submissions count it as hidden, exactly
// as when the parent came back null inside each submission row.
import type { AccountRecord, OpportunityRecord } from 'c/gapRanking';
import type { ReadData } from './nodes';
import type { PageState } from './paging';
import { PAGE_SIZE, UPPER_BOUND, acceptPage, startPaging } from './paging';
import { RANKING_ACCOUNTS, RANKING_CUSTOMERS, RANKING_OPPORTUNITIES } from './customerQueries';
import type { ReadRequest } from './ranking';
import type { MappedSubmission } from './records';
import { mapAccount, mapOpportunity } from './records';

/** One parent object's cursor: the records read so far, the request to send next (null when read) and the end cursor of its last page. */
export interface CustomerCursor<R> {
  page: PageState<R>;
  next: ReadRequest | null;
  last?: string | null;
}

function accountsRequest(after: string | null): ReadRequest {
  const variables = { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND, after };
  return { operationName: 'RankingAccounts', query: RANKING_ACCOUNTS, variables };
}

function opportunitiesRequest(after: string | null): ReadRequest {
  const variables = { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND, after };
  return { operationName: 'RankingOpportunities', query: RANKING_OPPORTUNITIES, variables };
}

/** The accounts cursor before its first page. */
export function startAccounts(): CustomerCursor<AccountRecord> {
  return { page: startPaging(), next: accountsRequest(null) };
}

/** The opportunities cursor before its first page. */
export function startOpportunities(): CustomerCursor<OpportunityRecord> {
  return { page: startPaging(), next: opportunitiesRequest(null) };
}

/** Accepts one accounts page (answer to `cursor.next`); a missing connection ends the read as incomplete. */
export function acceptAccounts(
  cursor: CustomerCursor<AccountRecord>,
  data: ReadData | null | undefined
): CustomerCursor<AccountRecord> {
  if (!cursor.next) return cursor;
  const connection = data?.uiapi?.query?.Account;
  const page = acceptPage(cursor.page, connection, (node) => mapAccount(node.Id, node));
  const last = connection?.pageInfo?.endCursor ?? cursor.last ?? null;
  return { page, next: page.done ? null : accountsRequest(page.cursor), last };
}

/** Accepts one opportunities page (answer to `cursor.next`); a missing connection ends the read as incomplete. */
export function acceptOpportunities(
  cursor: CustomerCursor<OpportunityRecord>,
  data: ReadData | null | undefined
): CustomerCursor<OpportunityRecord> {
  if (!cursor.next) return cursor;
  const connection = data?.uiapi?.query?.Opportunity;
  const page = acceptPage(cursor.page, connection, (node) => mapOpportunity(node.Id, node));
  const last = connection?.pageInfo?.endCursor ?? cursor.last ?? null;
  return { page, next: page.done ? null : opportunitiesRequest(page.cursor), last };
}

/**
 * The next page of both parents in one request (RANKING_CUSTOMERS), or null when both are read: a
 * read one is asked for what lies after its last record (nothing) while the other pages on.
 */
export function customersRequest(
  accounts: CustomerCursor<AccountRecord>,
  opportunities: CustomerCursor<OpportunityRecord>
): ReadRequest | null {
  if (!accounts.next && !opportunities.next) return null;
  const after = accounts.next ? accounts.page.cursor : (accounts.last ?? null);
  const afterOpportunity = opportunities.next
    ? opportunities.page.cursor
    : (opportunities.last ?? null);
  const variables = { pageSize: PAGE_SIZE, upperBound: UPPER_BOUND, after, afterOpportunity };
  return { operationName: 'RankingCustomers', query: RANKING_CUSTOMERS, variables };
}

function byId<R extends { id: string }>(records: readonly R[]): Map<string, R> {
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * Each submission with the account and opportunity its lookups name, when read (else null, the
 * hidden parent), under the lookup's own Id: the rows the submission-with-parents reads produced.
 */
export function joinCustomers(
  rows: readonly MappedSubmission[],
  accounts: readonly AccountRecord[],
  opportunities: readonly OpportunityRecord[]
): MappedSubmission[] {
  const accountById = byId(accounts);
  const opportunityById = byId(opportunities);
  return rows.map(({ submission }) => {
    const { accountId, opportunityId } = submission;
    const account = accountId === null ? undefined : accountById.get(accountId);
    const opportunity = opportunityId === null ? undefined : opportunityById.get(opportunityId);
    return {
      submission,
      account: account ? { ...account, id: accountId! } : null,
      opportunity: opportunity ? { ...opportunity, id: opportunityId! } : null
    };
  });
}
