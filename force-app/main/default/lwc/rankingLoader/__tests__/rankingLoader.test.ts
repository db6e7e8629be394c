import RankingLoader from 'c/rankingLoader';
import { flush, graphqlAdapter, mount as mountComponent, unmountAll } from 'test-kit';
import { toParentCursors as isCustomers } from 'test-kit';

// `emit` reaches every wire whose config passes the filter.
type Config = { variables?: Record<string, unknown> };
const adapter = graphqlAdapter();
const isBase = (c: Config) =>
  c.variables !== undefined &&
  !('after' in c.variables) &&
  !('after0' in c.variables) &&
  !('groups' in c.variables);
const isCounts = (c: Config) => c.variables !== undefined && 'groups' in c.variables;
// The range cursors: an inside range by its start (alias r0), the range outside the counted gaps.
const isRange = (from: string) => (c: Config) => c.variables?.from0 === from;
const isOutside = (c: Config) => c.variables !== undefined && 'low' in c.variables;
// The one range over every submission (when the aggregate or the ranges are refused).
const isAll = (c: Config) =>
  c.variables !== undefined && 'after' in c.variables && !('after0' in c.variables);

const gap = (id: string) => ({
  node: { Id: id, Name: { value: `Gap ${id}` }, Status__c: { value: 'Open' } }
});
const submission = (id: string, gapId: string, day: number, accountId: string | null = null) => ({
  node: {
    Id: id,
    Product_Gap__c: { value: gapId },
    Account__c: { value: accountId },
    Opportunity__c: { value: null },
    Severity__c: { value: 'P0 - Dealbreaker' },
    CreatedDate: { value: `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z` }
  }
});
const connection = (edges: unknown[]) => ({
  totalCount: edges.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges
});
const BASE = {
  uiapi: {
    query: {
      Product_Gap__c: connection([gap('g1'), gap('g2'), gap('g3')]),
      Top_Ten_Revision__c: { edges: [] }
    }
  }
};
const counted = (id: string, n: number) => ({
  node: { aggregate: { Product_Gap__c: { value: id }, Id: { count: { value: n } } } }
});
const COUNTS = {
  uiapi: {
    aggregate: {
      Product_Gap_Submission__c: { edges: [counted('g1', 2), counted('g2', 2), counted('g3', 2)] }
    }
  }
};
const account = (id: string) => ({
  node: { Id: id, Name: { value: `Account ${id}` }, Strategic_Account__c: { value: true } }
});
// One answer for both cursors: each reads its own connection.
const CUSTOMERS = {
  uiapi: { query: { Account: connection([account('a1')]), Opportunity: connection([]) } }
};
// A page for the one-range read and for a range cursor's first alias.
const page = (...edges: unknown[]) => ({
  uiapi: { query: { Product_Gap_Submission__c: connection(edges), r0: connection(edges) } }
});

function mount() {
  const element = mountComponent('c-ranking-loader', RankingLoader);
  const progress: any[] = [];
  const loaded: any[] = [];
  const errors: any[] = [];
  element.addEventListener('progress', (e: Event) => progress.push((e as CustomEvent).detail));
  element.addEventListener('loaded', (e: Event) => loaded.push((e as CustomEvent).detail.load));
  element.addEventListener('loaderror', (e: Event) => errors.push((e as CustomEvent).detail));
  return { element, progress, loaded, errors };
}

describe('c-ranking-loader', () => {
  afterEach(unmountAll);

  it('renders nothing and reads one balanced range per cursor, then hands over the load once', async () => {
    const { element, progress, loaded, errors } = mount();
    await flush();
    expect(element.shadowRoot!.childNodes).toHaveLength(0);
    adapter.emit(CUSTOMERS, isCustomers);
    adapter.emit(COUNTS, isCounts);
    adapter.emit(BASE, isBase);
    await flush();
    expect(loaded).toHaveLength(0);
    // The gaps, the counts, and the accounts with the opportunities in one request.
    expect(progress.at(-1)).toMatchObject({ loaded: 0, total: 6, requests: 3 });
    // Three gaps of two submissions: three ranges, one per cursor ([g1, g2), [g2, g3), and outside
    // [g1, g3): gap g3 and anything new).
    adapter.emit(page(submission('s2', 'g1', 2), submission('s1', 'g1', 1, 'a1')), isRange('g1'));
    adapter.emit(page(submission('s3', 'g2', 3), submission('s6', 'g2', 6)), isRange('g2'));
    await flush();
    expect(progress.at(-1)).toMatchObject({ loaded: 4, fraction: 4 / 6 });
    expect(loaded).toHaveLength(0);
    adapter.emit(page(submission('s4', 'g3', 4), submission('s5', 'g3', 5)), isOutside);
    await flush();
    expect(loaded).toHaveLength(1);
    const [load] = loaded;
    expect(load.submissions.rows.map((r: any) => r.submission.id)).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's6'
    ]);
    expect(load.gaps.rows).toHaveLength(3);
    // The account read once, joined to the submission that names it.
    expect(load.submissions.rows[0].account).toEqual({
      id: 'a1',
      name: 'Account a1',
      strategic: true,
      tam: null
    });
    expect(load.submissions.rows[1].account).toBeNull();
    expect(load.requests).toBe(6);
    expect(progress.at(-1)).toMatchObject({ loaded: 6, total: 6, fraction: 1 });
    expect(errors).toHaveLength(0);
    // A late answer changes nothing and is not handed over twice.
    adapter.emit(page(submission('s9', 'g3', 9)), isOutside);
    await flush();
    expect(loaded).toHaveLength(1);
  });

  it('reads one range in sequence when the aggregate is refused (no error for the user)', async () => {
    const { loaded, errors } = mount();
    await flush();
    adapter.emit(CUSTOMERS, isCustomers);
    adapter.emitErrors([{ message: 'Aggregate queries are not available' }], isCounts);
    adapter.emit(BASE, isBase);
    await flush();
    adapter.emit(page(submission('s1', 'g1', 1)), isAll);
    await flush();
    expect(errors).toHaveLength(0);
    expect(loaded).toHaveLength(1);
    expect(loaded[0].submissions.rows).toHaveLength(1);
  });

  it('reads one range from the start when the org refuses the gap-Id ranges', async () => {
    const { loaded, errors } = mount();
    await flush();
    adapter.emit(CUSTOMERS, isCustomers);
    adapter.emit(COUNTS, isCounts);
    adapter.emit(BASE, isBase);
    await flush();
    adapter.emit(page(submission('s3', 'g2', 3)), isRange('g2'));
    adapter.emitErrors([{ message: "Field 'lt' is not defined on IDOperators" }], isRange('g1'));
    await flush();
    expect(errors).toHaveLength(0);
    // The whole set again as one range: nothing read before the refusal is counted twice.
    adapter.emit(page(submission('s1', 'g1', 1), submission('s3', 'g2', 3)), isAll);
    await flush();
    expect(loaded).toHaveLength(1);
    expect(loaded[0].submissions.rows.map((r: any) => r.submission.id)).toEqual(['s1', 's3']);
  });

  it('reports a refused account read once, as the no-access state of the ranking', async () => {
    const { loaded, errors } = mount();
    await flush();
    const refusal = [{ message: "Field 'TAM__c' in type 'Account' is undefined" }];
    adapter.emitErrors(refusal, isCustomers);
    adapter.emit(COUNTS, isCounts);
    adapter.emit(BASE, isBase);
    await flush();
    expect(errors).toEqual([{ errors: refusal }]);
    expect(loaded).toHaveLength(0);
  });

  it('reports a failed read once and stops', async () => {
    const { loaded, errors } = mount();
    await flush();
    adapter.emit(COUNTS, isCounts);
    adapter.emitErrors([{ message: 'Something broke on the server' }], isBase);
    await flush();
    adapter.emitErrors([{ message: 'Again' }], isAll);
    adapter.emit(BASE, isBase);
    await flush();
    expect(errors).toEqual([{ errors: [{ message: 'Something broke on the server' }] }]);
    expect(loaded).toHaveLength(0);
  });

  it('treats missing or malformed answers as incomplete, not as a crash', async () => {
    const { loaded, errors } = mount();
    await flush();
    adapter.emit({ uiapi: null }, isCounts);
    adapter.emit({ uiapi: { query: null } }, isBase);
    await flush();
    adapter.emit({ unexpected: true }, isAll);
    await flush();
    expect(errors).toHaveLength(0);
    expect(loaded).toHaveLength(1);
    expect(loaded[0].gaps.incomplete).toBe(true);
    expect(loaded[0].submissions.incomplete).toBe(true);
  });
});
