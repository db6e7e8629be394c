/** @jest-environment node */
// Keys derived from lookups after the platform re-parents without automation (an Account merge)
// or clears a SetNull lookup (a deleted Opportunity or revision): the next ordinary edit
// recomputes the submission key, where two submissions now collide the edit is refused with the
// other submission named, nothing lost; and a revision whose previous revision was deleted can
// still be superseded by a publish.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../tools/shared/node/lightningGraphql')
);
import { publishTopTen, updateSubmission } from 'c/gapData';
import { conn } from './helpers';
import { reliabilityOrg, SUBMITTER, TPM, type ReliabilityOrg } from './reliability/org';

const P1 = 'P1 - Significant Pain Point';
const P2 = 'P2 - Nice to Have';

let org: ReliabilityOrg;
const merge = (object: string, survivorId: string, loserIds: string[]): number => {
  if (!org.emulator.mergeRecords) throw new Error('The in-memory org merges records');
  return org.emulator.mergeRecords(object, survivorId, loserIds);
};
beforeEach(async () => {
  org = await reliabilityOrg();
});

async function newGap(name: string): Promise<string> {
  const res = await org.run(
    `mutation($name: String!) { uiapi { Product_Gap__cCreate(input: { Product_Gap__c: {
      Name: $name, Product_Area__c: "Search" } }) { Record { Id } } } }`,
    SUBMITTER,
    { name }
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return (res.data as any).uiapi.Product_Gap__cCreate.Record.Id;
}

async function newSubmission(gap: string, account: string): Promise<string> {
  const res = await org.run(
    `mutation($gap: IdOrRef!, $acc: IdOrRef!) { uiapi { Product_Gap_Submission__cCreate(input: {
      Product_Gap_Submission__c: { Product_Gap__c: $gap, Account__c: $acc, Severity__c: "${P1}" } }) {
      Record { Id } } } }`,
    SUBMITTER,
    { gap, acc: account }
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return (res.data as any).uiapi.Product_Gap_Submission__cCreate.Record.Id;
}

async function submission(id: string) {
  return conn(
    await org.run(
      `query($id: ID) { uiapi { query { Product_Gap_Submission__c(where: { Id: { eq: $id } }) {
        edges { node { Id Account__c { value } Severity__c { value } Submission_Key__c { value } } } } } } }`,
      SUBMITTER,
      { id }
    ),
    'Product_Gap_Submission__c'
  ).edges[0]?.node;
}

describe('submission keys after an Account merge', () => {
  it('the next ordinary edit succeeds and recomputes the stale key', async () => {
    const [survivor, loser] = await org.ids('Account', 2);
    const gap = await newGap('Merge-safe keys');
    const id = await newSubmission(gap, loser);
    expect(merge('Account', survivor, [loser])).toBeGreaterThan(0);
    const stale = await submission(id);
    expect(stale.Account__c.value).toBe(survivor);
    expect(stale.Submission_Key__c.value).toBe(`${gap}:${loser}:none`);

    const result = await updateSubmission(id, { severity: P2 }, org.as(SUBMITTER));
    expect(result).toEqual({ ok: true, value: { id } });
    const repaired = await submission(id);
    expect(repaired.Severity__c.value).toBe(P2);
    expect(repaired.Submission_Key__c.value).toBe(`${gap}:${survivor}:none`);
  });

  it('two merged accounts that flagged the same gap: the edit is refused naming the other, nothing lost', async () => {
    const [survivor, loser] = await org.ids('Account', 2);
    const gap = await newGap('Flagged by both accounts');
    const kept = await newSubmission(gap, survivor);
    const moved = await newSubmission(gap, loser);
    merge('Account', survivor, [loser]);
    const before = org.emulator.counts();

    const result = await updateSubmission(moved, { severity: P2 }, org.as(SUBMITTER), {
      lookups: { gapId: gap, accountId: survivor, opportunityId: null },
      userId: org.user(SUBMITTER).id
    });
    expect(result).toMatchObject({
      ok: false,
      kind: 'duplicateSubmission',
      submissionId: moved,
      key: `${gap}:${survivor}:none`,
      existing: { id: kept, gapId: gap, accountId: survivor, severity: P1 }
    });
    expect(org.emulator.counts()).toEqual(before);
    expect((await submission(moved)).Severity__c.value).toBe(P1);
    expect((await submission(kept)).Submission_Key__c.value).toBe(`${gap}:${survivor}:none`);
  });

  it('refuses to merge a record into itself or a missing one', () => {
    expect(() => merge('Account', '001000000000000AAA', [])).toThrow(/No Account/);
  });
});

describe('keys after a deleted parent cleared a SetNull lookup (no automation on the child)', () => {
  const asAdmin = (query: string, variables?: Record<string, unknown>) => {
    if (!org.emulator.integrationUser) throw new Error('The in-memory org has an integration user');
    return org.emulator.execute({ query, variables }, org.emulator.integrationUser().id);
  };
  const remove = async (object: string, id: string) => {
    const res = await asAdmin(
      `mutation($id: IdOrRef!) { uiapi { ${object}Delete(input: { Id: $id }) { Id } } }`,
      { id }
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };

  it('a deleted Opportunity: the next severity change succeeds and the key drops the opportunity', async () => {
    const [account] = await org.ids('Account', 1);
    const [opportunity] = await org.ids(
      'Opportunity',
      1,
      `, where: { AccountId: { eq: "${account}" } }`
    );
    const gap = await newGap('Opportunity deleted later');
    const created = await org.run(
      `mutation($gap: IdOrRef!, $acc: IdOrRef!, $opp: IdOrRef) { uiapi { Product_Gap_Submission__cCreate(input: {
        Product_Gap_Submission__c: { Product_Gap__c: $gap, Account__c: $acc, Opportunity__c: $opp, Severity__c: "${P1}" } }) {
        Record { Id } } } }`,
      SUBMITTER,
      { gap, acc: account, opp: opportunity }
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const id = (created.data as any).uiapi.Product_Gap_Submission__cCreate.Record.Id;
    await remove('Opportunity', opportunity);
    expect((await submission(id)).Submission_Key__c.value).toBe(`${gap}:${account}:${opportunity}`);

    const result = await updateSubmission(id, { severity: P2 }, org.as(SUBMITTER));
    expect(result).toEqual({ ok: true, value: { id } });
    expect((await submission(id)).Submission_Key__c.value).toBe(`${gap}:${account}:none`);
  });

  it('a deleted previous revision: the next publish still supersedes the revision that pointed at it', async () => {
    const revision = async (id: string) =>
      conn(
        await org.run(
          `query($id: ID) { uiapi { query { Top_Ten_Revision__c(where: { Id: { eq: $id } }) {
            edges { node { Status__c { value } Previous_Revision__c { value } Supersedes_Key__c { value } } } } } } }`,
          TPM,
          { id }
        ),
        'Top_Ten_Revision__c'
      ).edges[0]?.node;
    const published = await org.publishedRevisionId();
    const previous = (await revision(published)).Previous_Revision__c.value;
    expect(previous).toBeTruthy();
    await remove('Top_Ten_Revision__c', previous);
    const cleared = await revision(published);
    expect(cleared.Previous_Revision__c.value).toBeNull();
    expect(cleared.Supersedes_Key__c.value).toBe(previous);

    const gaps = await org.ids('Product_Gap__c', 3, ', where: { Status__c: { eq: "Open" } }');
    const result = await publishTopTen(
      {
        basedOnRevisionId: published,
        method: 'borda',
        weights: {},
        entries: gaps.map((gapId, i) => ({
          rank: i + 1,
          gapId,
          gapName: `Gap ${i + 1}`,
          gapStatus: 'Open',
          impactedArr: 1000
        }))
      },
      { transport: org.as(TPM) }
    );
    expect(result).toMatchObject({ ok: true });
    expect((await revision(published)).Status__c.value).toBe('Superseded');
  });
});
