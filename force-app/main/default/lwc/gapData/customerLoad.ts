// The accounts and opportunities of the ranking load, each read once by its own cursor (paged,
// constant upperBound) beside the submission ranges, a page of each in one request
// (customersRequest, RANKING_CUSTOMERS), then joined to the submissions by Id.
// A record the user cannot see is not returned, so its submissions count it as hidden, exactly
// as when the parent came back null inside each submission row.
import type { AccountRecord, OpportunityRecord } from 'c/gapRanking';
import type { Connection } from './fields';
import type { ReadData } from './nodes';
import type { PageState } from './paging';
import { PAGE_SIZE, UPPER_BOUND, acceptPage, startPaging } from './paging';
import { RANKING_CUSTOMERS } from './customerQueries';
import type { ReadRequest } from './ranking';
import type { MappedSubmission } from './records';
import { mapAccount, mapOpportunity } from './records';

/** One parent object's cursor: the records read so far, whether more are to read, and the end cursor of its last page. */
export interface CustomerCursor<R> {
  page: PageState<R>;
  reading: boolean;
  last?: string | null;
}

/** A parent's cursor before its first page. */
export function startCustomers<R>(): CustomerCursor<R> {
  return { page: startPaging(), reading: true };
}

/** Accepts one page of a parent still being read (its connection in a RANKING_CUSTOMERS answer); a missing connection ends the read as incomplete. */
function acceptCustomers<TNode, R>(
  cursor: CustomerCursor<R>,
  connection: Connection<TNode> | null | undefined,
  map: (node: TNode) => R
): CustomerCursor<R> {
  if (!cursor.reading) return cursor;
  const page = acceptPage(cursor.page, connection, map);
  const last = connection?.pageInfo?.endCursor ?? cursor.last ?? null;
  return { page, reading: !page.done, last };
}

/** Accepts a RANKING_CUSTOMERS answer: a page of each parent still being read. */
export function acceptCustomerPages(
  accounts: CustomerCursor<AccountRecord>,
  opportunities: CustomerCursor<OpportunityRecord>,
  data: ReadData | null | undefined
): { accounts: CustomerCursor<AccountRecord>; opportunities: CustomerCursor<OpportunityRecord> } {
  const query = data?.uiapi?.query;
  return {
    accounts: acceptCustomers(accounts, query?.Account, (node) => mapAccount(node.Id, node)),
    opportunities: acceptCustomers(opportunities, query?.Opportunity, (node) =>
      mapOpportunity(node.Id, node)
    )
  };
}

/**
 * The next page of both parents in one request (RANKING_CUSTOMERS), or null when both are read: a
 * read one is asked for what lies after its last record (nothing) while the other pages on.
 */
export function customersRequest(
  accounts: CustomerCursor<AccountRecord>,
  opportunities: CustomerCursor<OpportunityRecord>
): ReadRequest | null {
  if (!accounts.reading && !opportunities.reading) return null;
  const after = accounts.reading ? accounts.page.cursor : (accounts.last ?? null);
  const afterOpportunity = opportunities.reading
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
