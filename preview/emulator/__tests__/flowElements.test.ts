/** @jest-environment node */
// The elements the later notification flows need, proven with test-only flows (never shipped):
// an asynchronous path that runs after the commit, Get Records, a loop, collection assignments
// and the custom notification action recorded in the outbox; after-save DML inside the
// transaction; and a gap with 5,000 submissions from 300 submitters.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCE_DIR } from '../../../tools/shared/schema/loadMetadata';
import { makeRecordId } from '../../../tools/shared/sampleData/ids';
import { createEmulator } from '../index';
import type { SentNotification } from '../flow/notifications';
import type { SObject } from '../store';
import { createRecord, updateRecord } from '../writes';
import { flowOrg, org, TEST_PACKAGE, USER, type FlowOrg } from './flowContext';
import { conn } from './helpers';

const GAP = org.Product_Gap__c;
const SUBMISSION = org.Product_Gap_Submission__c;
const DIRS = [DEFAULT_SOURCE_DIR, TEST_PACKAGE];

function openGap(o: FlowOrg): SObject {
  return [...o.store.table('Product_Gap__c').values()].find((g) => g.Status__c === 'Open')!;
}

/** Puts `count` submissions on the gap from `submitters` users, cycling (seeding, not a save). */
function seedSubmissions(o: FlowOrg, gapId: string, count: number, submitters: string[]): void {
  const users = o.store.table('User');
  for (const id of submitters) if (!users.has(id)) users.set(id, { Id: id, Name: `User ${id}` });
  const submissions = o.store.table('Product_Gap_Submission__c');
  for (const s of [...submissions.values()])
    if (s.Product_Gap__c === gapId) submissions.delete(s.Id);
  const account = [...o.store.table('Account').keys()][0];
  for (let i = 0; i < count; i++) {
    const id = makeRecordId('a02', 900_000 + i);
    submissions.set(id, {
      Id: id,
      Product_Gap__c: gapId,
      Account__c: account,
      Opportunity__c: null,
      Submission_Key__c: `${gapId}:${account}:k${i}`,
      Severity__c: 'P2 - Nice to Have',
      CreatedById: submitters[i % submitters.length]
    });
  }
  o.store.changed();
}

/** What the test-only flows sent (the shipped notification flows run on the same saves). */
const testFlowSent = (outbox: SentNotification[]) =>
  outbox.filter((n) => n.flow.startsWith('Test_'));

const users = (n: number) => Array.from({ length: n }, (_, i) => makeRecordId('005', 5000 + i));

describe('asynchronous path, Get Records, loop and custom notification', () => {
  it('tells each submitter once after the commit, never the person who made the change', () => {
    const o = flowOrg(DIRS);
    const gap = openGap(o);
    const [a, b] = users(2);
    seedSubmissions(o, gap.Id, 5, [a, b, USER]);
    const ctx = o.context(USER);
    updateRecord(ctx, GAP, gap.Id, { Status__c: 'In Progress' });
    expect(o.flows.outbox).toEqual([]);
    expect(ctx.asyncQueue.map((r) => `${r.flow.name}/${r.path}`)).toEqual([
      'Product_Gap_Notify_Submitters/Notify_Submitters',
      'Test_Notify_Submitters/Notify_Submitters'
    ]);
    o.afterCommit(ctx);
    expect(o.flows.asyncFailures).toEqual([]);
    expect(testFlowSent(o.flows.outbox)).toEqual([
      expect.objectContaining({
        flow: 'Test_Notify_Submitters',
        element: 'Notify',
        type: 'Test_Gap_Status_Changed',
        recipientIds: [a, b],
        title: 'Gap status changed: In Progress',
        body: `${String(gap.Name)} moved from Open to In Progress.`,
        targetId: gap.Id,
        senderId: USER
      })
    ]);
  });

  it('does not start when the entry condition fails (status unchanged)', () => {
    const o = flowOrg(DIRS);
    const gap = openGap(o);
    seedSubmissions(o, gap.Id, 3, users(3));
    const ctx = o.context();
    updateRecord(ctx, GAP, gap.Id, { Summary__c: 'Reworded' });
    o.afterCommit(ctx);
    expect(ctx.asyncQueue).toEqual([]);
    expect(testFlowSent(o.flows.outbox)).toEqual([]);
  });

  it('sends nothing when the only submitter is the actor', () => {
    const o = flowOrg(DIRS);
    const gap = openGap(o);
    seedSubmissions(o, gap.Id, 4, [USER]);
    const ctx = o.context(USER);
    updateRecord(ctx, GAP, gap.Id, { Status__c: 'Done' });
    o.afterCommit(ctx);
    expect(testFlowSent(o.flows.outbox)).toEqual([]);
    expect(o.flows.asyncFailures).toEqual([]);
  });

  it('records a failing asynchronous path without undoing the committed change', () => {
    const o = flowOrg(DIRS);
    const gap = openGap(o);
    seedSubmissions(o, gap.Id, 501, users(501));
    const ctx = o.context(USER);
    updateRecord(ctx, GAP, gap.Id, { Status__c: 'Done' });
    o.afterCommit(ctx);
    expect(o.store.table('Product_Gap__c').get(gap.Id)?.Status__c).toBe('Done');
    expect(testFlowSent(o.flows.outbox)).toEqual([]);
    expect(o.flows.asyncFailures).toEqual([
      expect.objectContaining({
        flow: 'Test_Notify_Submitters',
        path: 'Notify_Submitters',
        recordId: gap.Id,
        message: expect.stringContaining('element Notify: recipientIds holds 501 values')
      })
    ]);
  });

  it('handles a gap with 5,000 submissions from 300 submitters: one notification, 299 people', () => {
    const o = flowOrg(DIRS);
    const gap = openGap(o);
    const submitters = [...users(299), USER];
    seedSubmissions(o, gap.Id, 5000, submitters);
    const ctx = o.context(USER);
    const started = Date.now();
    updateRecord(ctx, GAP, gap.Id, { Status__c: "Won't Do" });
    o.afterCommit(ctx);
    // A figure, not an assertion: how long the 5,000-row path took here.
    console.log(`5,000 submissions: asynchronous path ran in ${Date.now() - started} ms`);
    expect(o.flows.asyncFailures).toEqual([]);
    expect(testFlowSent(o.flows.outbox)).toHaveLength(1);
    const [sent] = testFlowSent(o.flows.outbox);
    expect(sent.recipientIds).toHaveLength(299);
    expect(new Set(sent.recipientIds)).toEqual(new Set(users(299)));
    expect(sent.recipientIds).not.toContain(USER);
  });
});

describe('after-save DML in the triggering transaction', () => {
  it('updates the parent gap in the same save, naming the account through a lookup', () => {
    const o = flowOrg(DIRS);
    const gap = openGap(o);
    const opp = [...o.store.table('Opportunity').values()].find(
      (x) =>
        !!x.AccountId &&
        ![...o.store.table('Product_Gap_Submission__c').values()].some(
          (s) => s.Product_Gap__c === gap.Id && s.Opportunity__c === x.Id
        )
    )!;
    const account = o.store.table('Account').get(String(opp.AccountId))!;
    createRecord(o.context(), SUBMISSION, {
      Product_Gap__c: gap.Id,
      Account__c: account.Id,
      Opportunity__c: opp.Id,
      Severity__c: 'P2 - Nice to Have'
    });
    expect(o.store.table('Product_Gap__c').get(gap.Id)?.Description__c).toBe(
      `Last submission from ${String(account.Name)}`
    );
  });
});

describe('flows in the emulator', () => {
  async function emulatorWithTestFlows() {
    const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'org.json');
    const emulator = await createEmulator({ file, reset: true, metadataDirs: DIRS });
    const user = (ps: string) => emulator.users().find((u) => u.permissionSet === ps)!;
    const manager = user('Product_Gap_Manager');
    const run = (query: string, ps = 'Product_Gap_TPM') => emulator.execute({ query }, user(ps).id);
    const description = async (gap: string) =>
      conn(
        await run(
          `query { uiapi { query { Product_Gap__c(where: { Id: { eq: "${gap}" } }) { edges { node { Description__c { value } } } } } } }`
        ),
        'Product_Gap__c'
      ).edges[0].node.Description__c.value;
    const gap = conn(
      await run(
        'query { uiapi { query { Product_Gap__c(first: 1, where: { Status__c: { eq: "Open" } }) { edges { node { Id } } } } } }'
      ),
      'Product_Gap__c'
    ).edges[0].node.Id as string;
    const account = conn(
      await run('query { uiapi { query { Account(first: 1) { edges { node { Id } } } } } }'),
      'Account'
    ).edges[0].node.Id as string;
    return { emulator, run, description, gap, account, manager };
  }

  it('rolls an after-save flow update back with the request that failed (allOrNone)', async () => {
    const { run, description, gap, account } = await emulatorWithTestFlows();
    const before = await description(gap);
    const submission = `Product_Gap_Submission__cCreate(input: { Product_Gap_Submission__c: {
      Product_Gap__c: "${gap}", Account__c: "${account}", Severity__c: "P2 - Nice to Have" } }) { Record { Id } }`;
    const failing = await run(
      `mutation { uiapi { s: ${submission}
      bad: ${submission.replace('P2 - Nice to Have', 'No Such Severity')} } }`,
      'Product_Gap_Submitter'
    );
    expect(failing.errors?.length).toBeGreaterThan(0);
    expect(await description(gap)).toBe(before);
    const ok = await run(`mutation { uiapi { s: ${submission} } }`, 'Product_Gap_Submitter');
    expect(ok.errors).toBeUndefined();
    expect(await description(gap)).toMatch(/^Last submission from /);
  });

  it('starts no asynchronous path when the request rolls back', async () => {
    const { emulator, run, gap } = await emulatorWithTestFlows();
    const res = await run(
      `mutation { uiapi {
        ok: Product_Gap__cUpdate(input: { Id: "${gap}", Product_Gap__c: { Status__c: "Done" } }) { success }
        bad: Product_Gap__cUpdate(input: { Id: "${gap}", Product_Gap__c: { Status__c: "No Such Status" } }) { success } } }`,
      'Product_Gap_Manager'
    );
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(emulator.notifications()).toEqual([]);
    expect(emulator.asyncFailures()).toEqual([]);
  });

  it('runs the asynchronous path after the request commits and lists what it would send', async () => {
    const { emulator, run, gap, manager } = await emulatorWithTestFlows();
    const res = await run(
      `mutation { uiapi { Product_Gap__cUpdate(input: { Id: "${gap}", Product_Gap__c: { Status__c: "Done" } }) { success } } }`,
      'Product_Gap_Manager'
    );
    expect(res.errors).toBeUndefined();
    expect(emulator.asyncFailures()).toEqual([]);
    const sent = testFlowSent(emulator.notifications());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'Test_Gap_Status_Changed',
      targetId: gap,
      senderId: manager.id
    });
    expect(sent[0].recipientIds).not.toContain(manager.id);
    await emulator.reset();
    expect(emulator.notifications()).toEqual([]);
  });
});
