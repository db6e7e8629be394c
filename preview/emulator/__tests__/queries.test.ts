/** @jest-environment node */
import { conn, testOrg, type TestOrg } from './helpers';

let org: TestOrg;
beforeAll(async () => {
  org = await testOrg();
});

const ids = (c: any): string[] => c.edges.map((e: any) => e.node.Id);

describe('paging', () => {
  it('returns 10 records by default with an opaque cursor that continues the order', async () => {
    const q = (after?: string) =>
      org.run(`query { uiapi { query { Product_Gap_Submission__c${after ? `(after: "${after}")` : ''} {
        edges { node { Id } cursor } pageInfo { endCursor hasNextPage } totalCount } } } }`);
    const first = conn(await q(), 'Product_Gap_Submission__c');
    expect(first.edges).toHaveLength(10);
    expect(first.totalCount).toBe(600);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(() => JSON.parse(first.pageInfo.endCursor)).toThrow();
    const second = conn(await q(first.pageInfo.endCursor), 'Product_Gap_Submission__c');
    expect(ids(second)).toHaveLength(10);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    expect(ids(first).concat(ids(second))).toEqual([...ids(first), ...ids(second)].sort());
  });

  it('refuses first above 2,000 and a forged cursor', async () => {
    const big = await org.run(
      'query { uiapi { query { Product_Gap__c(first: 2001) { edges { node { Id } } } } } }'
    );
    expect(big.errors?.[0].message).toMatch(/2000/);
    const forged = await org.run(
      'query { uiapi { query { Product_Gap__c(after: "bm9wZQ==") { edges { node { Id } } } } } }'
    );
    expect(forged.errors?.[0].extensions?.ErrorType).toBe('InvalidCursor');
  });

  it('caps a query without upperBound at 4,000 records and pages up to upperBound with it', async () => {
    const big = await testOrgWith(5000);
    const page = (after: string | null, upper: string) =>
      big.run(
        `query($after: String) { uiapi { query { Product_Gap_Submission__c(first: 2000, after: $after${upper}) {
        edges { node { Id } } pageInfo { endCursor hasNextPage } totalCount } } } }`,
        'Product_Gap_TPM',
        { after }
      );
    let seen = 0;
    let after: string | null = null;
    for (;;) {
      const c = conn(await page(after, ''), 'Product_Gap_Submission__c');
      seen += c.edges.length;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toBe(4000);
    seen = 0;
    after = null;
    for (;;) {
      const c = conn(await page(after, ', upperBound: 4500'), 'Product_Gap_Submission__c');
      seen += c.edges.length;
      expect(c.totalCount).toBe(5000);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toBe(4500);
    const small = await big.run(
      'query { uiapi { query { Product_Gap__c(first: 50, upperBound: 5000) { totalCount } } } }'
    );
    expect(small.errors?.[0].message).toMatch(/200/);
  });
});

async function testOrgWith(submissions: number) {
  const o = await testOrg();
  await o.emulator.reset({ gaps: 100, submissions });
  return o;
}

describe('filters and order', () => {
  it('applies like, in and parent-relationship filters', async () => {
    const like = conn(
      await org.run(
        `query { uiapi { query { Account(first: 200, where: { Name: { like: "n%" } }) { edges { node { Name { value } } } } } } }`
      ),
      'Account'
    );
    expect(like.edges.length).toBeGreaterThan(0);
    for (const e of like.edges) expect(e.node.Name.value).toMatch(/^N/i);

    const inSet = conn(
      await org.run(`query { uiapi { query { Product_Gap__c(first: 200, where: { Status__c: { in: ["Done", "Won't Do"] } }) {
        edges { node { Status__c { value } } } totalCount } } } }`),
      'Product_Gap__c'
    );
    expect(inSet.totalCount).toBeGreaterThan(0);
    for (const e of inSet.edges) expect(['Done', "Won't Do"]).toContain(e.node.Status__c.value);

    const strategic = conn(
      await org.run(`query { uiapi { query { Product_Gap_Submission__c(first: 2000, where: { and: [
        { Account__r: { Strategic_Account__c: { eq: true } } }, { not: { Severity__c: { eq: "P2 - Nice to Have" } } } ] }) {
        edges { node { Severity__c { value } Account__r { Strategic_Account__c { value } } } } totalCount } } } }`),
      'Product_Gap_Submission__c'
    );
    expect(strategic.totalCount).toBeGreaterThan(0);
    for (const e of strategic.edges) {
      expect(e.node.Account__r.Strategic_Account__c.value).toBe(true);
      expect(e.node.Severity__c.value).not.toBe('P2 - Nice to Have');
    }
  });

  it('applies semi- and anti-joins (inq / ninq) through an Id or reference field', async () => {
    const all = conn(
      await org.run(`query { uiapi { query { Account(first: 2000) { totalCount } } } }`),
      'Account'
    );
    const named = await org.run(`query { uiapi { query {
      Product_Gap_Submission__c(first: 2000) { edges { node { Account__c { value } } } } } } }`);
    const accountIds = new Set(
      conn(named, 'Product_Gap_Submission__c').edges.map((e: any) => e.node.Account__c.value)
    );
    const joined = conn(
      await org.run(`query { uiapi { query { Account(first: 2000, where: { Id: { inq: {
        Product_Gap_Submission__c: {}, ApiName: "Account__c" } } }) { edges { node { Id } } totalCount } } } }`),
      'Account'
    );
    expect(new Set(ids(joined))).toEqual(accountIds);
    const anti = conn(
      await org.run(`query { uiapi { query { Account(first: 2000, where: { Id: { ninq: {
        Product_Gap_Submission__c: {}, ApiName: "Account__c" } } }) { totalCount } } } }`),
      'Account'
    );
    expect(joined.totalCount + anti.totalCount).toBe(all.totalCount);
    // The subquery's own filter narrows the values it selects.
    const p0 = conn(
      await org.run(`query { uiapi { query { Account(first: 2000, where: { Id: { inq: {
        Product_Gap_Submission__c: { Severity__c: { eq: "P0 - Dealbreaker" } }, ApiName: "Account__c" } } }) {
        totalCount } } } }`),
      'Account'
    );
    expect(p0.totalCount).toBeGreaterThan(0);
    expect(p0.totalCount).toBeLessThan(joined.totalCount);
    const malformed = await org.run(`query { uiapi { query { Account(where: { Id: { inq: {
      Product_Gap_Submission__c: {}, ApiName: "Severity__c" } } }) { totalCount } } } }`);
    expect(malformed.errors?.[0].message).toMatch(/semi-join/);
  });

  it('orders by a field with nulls placed as asked, picklists in their defined order', async () => {
    const c = conn(
      await org.run(`query { uiapi { query { Account(first: 200, orderBy: { TAM__c: { order: DESC, nulls: LAST } }) {
        edges { node { TAM__c { value } } } } } } }`),
      'Account'
    );
    const tams = c.edges.map((e: any) => e.node.TAM__c.value);
    const firstNull = tams.indexOf(null) < 0 ? tams.length : tams.indexOf(null);
    const numbers = tams.slice(0, firstNull);
    expect(numbers).toEqual([...numbers].sort((a: number, b: number) => b - a));
    // Not vacuous: the sample has accounts with and without a TAM, the nulls all last.
    expect(numbers.length).toBeGreaterThan(0);
    expect(firstNull).toBeLessThan(tams.length);
    expect(tams.slice(firstNull).every((t: unknown) => t === null)).toBe(true);
    const sev = conn(
      await org.run(`query { uiapi { query { Product_Gap_Submission__c(first: 2000, orderBy: { Severity__c: { order: ASC } }) {
        edges { node { Severity__c { value } } } } } } }`),
      'Product_Gap_Submission__c'
    );
    const values = sev.edges.map((e: any) => e.node.Severity__c.value);
    expect(values[0]).toBe('P0 - Dealbreaker');
    expect(values[values.length - 1]).toBe('P2 - Nice to Have');
  });

  it('formats displayValue for currency, dates and lookups', async () => {
    const c = conn(
      await org.run(`query { uiapi { query { Opportunity(first: 1, where: { Amount: { gt: 1000 } }) {
        edges { node { Amount { value displayValue } CloseDate { value displayValue } AccountId { value displayValue } Account { Name { value } } } } } } } }`),
      'Opportunity'
    );
    const n = c.edges[0].node;
    expect(n.Amount.displayValue).toMatch(/^\$[\d,]+\.\d\d$/);
    const [y, m, d] = n.CloseDate.value.split('-').map(Number);
    expect(n.CloseDate.displayValue).toBe(`${m}/${d}/${y}`);
    expect(n.AccountId.displayValue).toBe(n.Account.Name.value);
  });

  it("keeps only the user's own records with scope: MINE", async () => {
    const mine = conn(
      await org.run(
        'query { uiapi { query { Product_Gap__c(first: 2000, scope: MINE) { edges { node { OwnerId { value } } } totalCount } } } }',
        'Product_Gap_Manager'
      ),
      'Product_Gap__c'
    );
    const all = conn(
      await org.run('query { uiapi { query { Product_Gap__c(first: 2000) { totalCount } } } }'),
      'Product_Gap__c'
    );
    expect(mine.totalCount).toBeLessThan(all.totalCount);
    for (const e of mine.edges)
      expect(e.node.OwnerId.value).toBe(org.user('Product_Gap_Manager').id);
  });

  it('answers child relationships', async () => {
    const c = conn(
      await org.run(`query { uiapi { query { Product_Gap__c(first: 5) { edges { node { Id
        Submissions__r(first: 2000) { totalCount edges { node { Product_Gap__c { value } } } } } } } } } }`),
      'Product_Gap__c'
    );
    let total = 0;
    for (const e of c.edges) {
      total += e.node.Submissions__r.totalCount;
      for (const s of e.node.Submissions__r.edges)
        expect(s.node.Product_Gap__c.value).toBe(e.node.Id);
    }
    expect(total).toBeGreaterThan(0);
  });
});

describe('aggregates', () => {
  it('counts, sums and groups as the aggregate API does', async () => {
    const res = await org.run(`query { uiapi { aggregate {
      bySeverity: Product_Gap_Submission__c(groupBy: { Severity__c: { group: true } }, orderBy: { Severity__c: { order: ASC } }) {
        edges { node { aggregate { Severity__c { value } Id { count { value } } Account__c { countDistinct { value } } } } } }
      all: Opportunity { edges { node { aggregate { Amount { sum { value } avg { value } max { value } min { value } } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const agg = (res.data as any).uiapi.aggregate;
    const groups = agg.bySeverity.edges.map((e: any) => e.node.aggregate);
    expect(groups.map((g: any) => g.Severity__c.value)).toEqual([
      'P0 - Dealbreaker',
      'P1 - Significant Pain Point',
      'P2 - Nice to Have'
    ]);
    expect(groups.reduce((s: number, g: any) => s + g.Id.count.value, 0)).toBe(600);
    const opps = conn(
      await org.run(
        'query { uiapi { query { Opportunity(first: 2000) { edges { node { Amount { value } } } } } } }'
      ),
      'Opportunity'
    );
    const amounts = opps.edges.map((e: any) => e.node.Amount.value).filter((a: any) => a !== null);
    const a = agg.all.edges[0].node.aggregate.Amount;
    expect(a.sum.value).toBeCloseTo(
      amounts.reduce((s: number, x: number) => s + x, 0),
      2
    );
    expect(a.max.value).toBe(Math.max(...amounts));
    expect(a.min.value).toBe(Math.min(...amounts));
  });
});

describe('limits, access and sharing', () => {
  it('refuses more than 10 subqueries in one request', async () => {
    const sub = (i: number) => `q${i}: Product_Gap__c(first: 1) { totalCount }`;
    const ok = await org.run(
      `query { uiapi { query { ${Array.from({ length: 10 }, (_, i) => sub(i)).join(' ')} } } }`
    );
    expect(ok.errors).toBeUndefined();
    const tooMany = await org.run(
      `query { uiapi { query { ${Array.from({ length: 11 }, (_, i) => sub(i)).join(' ')} } } }`
    );
    expect(tooMany.data).toBeUndefined();
    expect(tooMany.errors?.[0].message).toMatch(/up to 10 subqueries/);
  });

  it('gives a Viewer the "undefined" validation error for gap fields it cannot read', async () => {
    const res = await org.run(
      'query { uiapi { query { Top_Ten_Entry__c { edges { node { Product_Gap__r { Name { value } } } } } } } }',
      'Product_Gap_Viewer'
    );
    expect(res.errors?.[0].message).toBe(
      "Validation error (FieldUndefined) : Field 'Product_Gap__r' in type 'Top_Ten_Entry__c' is undefined"
    );
    const gaps = await org.run(
      'query { uiapi { query { Product_Gap__c { totalCount } } } }',
      'Product_Gap_Viewer'
    );
    expect(gaps.errors?.[0].message).toMatch(
      /Field 'Product_Gap__c' in type 'RecordQuery' is undefined/
    );
    const entries = await org.run(
      'query { uiapi { query { Top_Ten_Entry__c { totalCount } } } }',
      'Product_Gap_Viewer'
    );
    expect(conn(entries, 'Top_Ten_Entry__c').totalCount).toBe(30);
  });

  it('hides accounts (and their opportunities) as private sharing would', async () => {
    const o = await testOrg();
    const sub = conn(
      await o.run(
        'query { uiapi { query { Product_Gap_Submission__c(first: 1) { edges { node { Account__c { value } Account__r { Name { value } } } } } } } }'
      ),
      'Product_Gap_Submission__c'
    );
    const accountId = sub.edges[0].node.Account__c.value;
    expect(sub.edges[0].node.Account__r).not.toBeNull();
    const before = conn(
      await o.run(
        'query { uiapi { query { Account { totalCount } Opportunity { totalCount } } } }'
      ),
      'Account'
    ).totalCount;
    o.emulator.hideAccounts([accountId]);
    expect(o.emulator.hiddenAccountIds()).toEqual([accountId]);
    const after = await o.run(
      'query { uiapi { query { Account { totalCount } Opportunity(first: 2000) { edges { node { AccountId { value } } } } } } }'
    );
    expect(conn(after, 'Account').totalCount).toBe(before - 1);
    expect(
      conn(after, 'Opportunity').edges.some((e: any) => e.node.AccountId.value === accountId)
    ).toBe(false);
    const hiddenSub = conn(
      await o.run(`query { uiapi { query { Product_Gap_Submission__c(first: 1, where: { Account__c: { eq: "${accountId}" } }) {
        edges { node { Account__c { value } Account__r { Name { value } } } } } } } }`),
      'Product_Gap_Submission__c'
    );
    expect(hiddenSub.edges[0].node.Account__c.value).toBe(accountId);
    expect(hiddenSub.edges[0].node.Account__r).toBeNull();
  });

  it('reports a syntax error, a bad variable and an unknown user', async () => {
    const bad = await org.run('query { uiapi { query { Product_Gap__c { ');
    expect(bad.errors?.[0].extensions?.ErrorType).toBe('InvalidSyntax');
    const badVariable = await org.run(
      'query($n: Int) { uiapi { query { Product_Gap__c(first: $n) { totalCount } } } }',
      'Product_Gap_TPM',
      { n: 'ten' }
    );
    expect(badVariable.data).toBeUndefined();
    expect(badVariable.errors?.[0].extensions?.ErrorType).toBe('ValidationError');
    const nobody = await org.emulator.execute(
      { query: '{ uiapi { query { Account { totalCount } } } }' },
      '005000000000000AAA'
    );
    expect(nobody.errors?.[0].message).toMatch(/Unknown preview user/);
  });
});
