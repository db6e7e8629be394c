/** @jest-environment node */
// Keys derived from lookups after the platform re-parents without automation (an Account merge):
// the next ordinary edit recomputes the submission key, and where two submissions now collide the
// edit is refused with the other submission named, nothing lost.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../tools/shared/node/lightningGraphql')
);
import { updateSubmission } from 'c/gapData';
import { conn } from './helpers';
import { reliabilityOrg, SUBMITTER, type ReliabilityOrg } from './reliability/org';

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
