import {
  acceptCounts,
  acceptCustomerData,
  customersNext,
  joinCustomers,
  startParallelLoad
} from 'c/gapData';
import type { MappedSubmission } from 'c/gapData';

const row = (id: string, accountId: string | null, opportunityId: string | null) =>
  ({
    submission: { id, gapId: 'g1', accountId, opportunityId, severity: null, createdDate: null },
    account: null,
    opportunity: null
  }) as MappedSubmission;

const page = (object: string, nodes: unknown[], endCursor: string | null = null) => ({
  uiapi: {
    query: {
      [object]: {
        totalCount: nodes.length,
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
        edges: nodes.map((node) => ({ node }))
      }
    }
  }
});

describe('accounts and opportunities read once', () => {
  it('joins each submission to the parents read for it, under the lookup Id; unread parents are hidden', () => {
    const accounts = [{ id: 'a1', name: 'Acme', strategic: true, tam: 10 }];
    const opportunities = [{ id: 'o1', name: 'Deal', amount: 5, isClosed: false, isWon: false }];
    const joined = joinCustomers(
      [row('s1', 'a1', 'o1'), row('s2', 'a2', null), row('s3', null, 'o9')],
      accounts,
      opportunities
    );
    expect(joined[0].account).toEqual(accounts[0]);
    expect(joined[0].opportunity).toEqual(opportunities[0]);
    expect(joined[1]).toMatchObject({ account: null, opportunity: null });
    expect(joined[2]).toMatchObject({ account: null, opportunity: null });
    expect(joinCustomers([], accounts, opportunities)).toEqual([]);
  });

  it('pages each parent with its own cursor and finishes only when both are read', () => {
    let load = acceptCounts(startParallelLoad(), null);
    expect(load.accounts.reading).toBe(true);
    expect(load.opportunities.reading).toBe(true);
    const pageOfBoth = (nodes: unknown[], endCursor: string | null) => ({
      uiapi: {
        query: {
          ...page('Account', nodes, endCursor).uiapi.query,
          ...page('Opportunity', [{ Id: `op-${String(endCursor)}` }], `o-${String(endCursor)}`)
            .uiapi.query
        }
      }
    });
    load = acceptCustomerData(load, pageOfBoth([{ Id: 'a1', Name: { value: 'Acme' } }], 'c1'));
    expect(customersNext(load)!.variables).toMatchObject({ after: 'c1', upperBound: 100000 });
    load = acceptCustomerData(load, pageOfBoth([{ Id: 'a2', TAM__c: { value: 7 } }], null));
    expect(load.accounts.reading).toBe(false);
    expect(load.accounts.page.rows.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(load.accounts.page.rows[1]).toEqual({ id: 'a2', name: null, strategic: false, tam: 7 });
    expect(load.done).toBe(false);
    // A missing connection (malformed answer) ends the read as incomplete, not as a crash.
    load = acceptCustomerData(load, { uiapi: null });
    expect(load.opportunities.reading).toBe(false);
    expect(load.opportunities.page.incomplete).toBe(true);
    // An answer nobody asked for changes nothing.
    expect(acceptCustomerData(load, {})).toBe(load);
    expect(customersNext(load)).toBeNull();
    expect(load.requests).toBe(4);
  });

  it('reads a page of both parents in one request, a read one asking for nothing more', () => {
    let load = acceptCounts(startParallelLoad(), null);
    expect(customersNext(load)).toMatchObject({
      operationName: 'RankingCustomers',
      variables: { after: null, afterOpportunity: null, upperBound: 100000 }
    });
    const both = (accounts: { Id: string }[], accountsEnd: string | null, more: boolean) => ({
      uiapi: {
        query: {
          Account: {
            pageInfo: { hasNextPage: false, endCursor: accountsEnd },
            edges: accounts.map((node) => ({ node }))
          },
          Opportunity: {
            pageInfo: { hasNextPage: more, endCursor: more ? 'o1' : 'o2' },
            edges: [{ node: { Id: more ? 'op1' : 'op2' } }]
          }
        }
      }
    });
    load = acceptCustomerData(load, both([{ Id: 'a1' }], 'a-end', true));
    expect(load.requests).toBe(2);
    // The accounts are read: asked for what lies after their last record; the opportunities page on.
    expect(customersNext(load)!.variables).toMatchObject({
      after: 'a-end',
      afterOpportunity: 'o1'
    });
    load = acceptCustomerData(load, both([{ Id: 'a9' }], null, false));
    expect(load.accounts.page.rows.map((a) => a.id)).toEqual(['a1']);
    expect(load.opportunities.page.rows.map((o) => o.id)).toEqual(['op1', 'op2']);
    expect(customersNext(load)).toBeNull();
    expect(acceptCustomerData(load, both([], null, false))).toBe(load);
    expect(load.requests).toBe(3);
  });
});
