/** @jest-environment node */
// The shipped notification flows, run from their XML: who is told what when a gap changes status
// or is merged, and the large-gap case (5,000 submissions from 300 submitters).
import { makeRecordId } from '../../../tools/shared/sampleData/ids';
import type { SentNotification } from '../flow/notifications';
import type { SObject } from '../store';
import { updateRecord } from '../writes';
import { flowOrg, org, USER, type FlowOrg } from './flowContext';

const GAP = org.Product_Gap__c;
const FLOW = 'Product_Gap_Notify_Submitters';
/** The subflow both notify flows call; the outbox names the flow that sent. */
const SENDER = 'Product_Gap_Tell_Submitters';

const users = (n: number, from = 7000) =>
  Array.from({ length: n }, (_, i) => makeRecordId('005', from + i));

function openGaps(o: FlowOrg): SObject[] {
  return [...o.store.table('Product_Gap__c').values()].filter(
    (g) => g.Status__c === 'Open' && !g.Duplicate_Of__c
  );
}

/** Accounts named for the test, created in the store (seeding, not a save). */
function accounts(o: FlowOrg, names: string[]): string[] {
  const table = o.store.table('Account');
  return names.map((name, i) => {
    const id = makeRecordId('001', 800_000 + i);
    table.set(id, { Id: id, Name: name });
    return id;
  });
}

/** Replaces the gap's submissions with [submitter, accountId] pairs, in the store directly. */
function seedSubmissions(o: FlowOrg, gapId: string, rows: [string, string][]): void {
  const people = o.store.table('User');
  const submissions = o.store.table('Product_Gap_Submission__c');
  for (const s of [...submissions.values()])
    if (s.Product_Gap__c === gapId) submissions.delete(s.Id);
  rows.forEach(([createdBy, account], i) => {
    if (!people.has(createdBy)) people.set(createdBy, { Id: createdBy, Name: `User ${i}` });
    const id = makeRecordId('a02', 700_000 + i);
    submissions.set(id, {
      Id: id,
      Product_Gap__c: gapId,
      Account__c: account,
      Opportunity__c: null,
      Submission_Key__c: `${gapId}:${account}:k${i}`,
      Severity__c: 'P2 - Nice to Have',
      CreatedById: createdBy
    });
  });
  o.store.changed();
}

/** Saves the gap as USER (or `actor`), then runs what was queued after the commit. */
function save(o: FlowOrg, gapId: string, values: Record<string, unknown>, actor = USER) {
  const ctx = o.context(actor);
  updateRecord(ctx, GAP, gapId, values);
  o.afterCommit(ctx);
}

const sentBy = (o: FlowOrg): SentNotification[] => o.flows.outbox.filter((n) => n.flow === SENDER);
const byRecipient = (sent: SentNotification[]) =>
  new Map(sent.map((n) => [n.recipientIds.join(','), n]));

describe('Product_Gap_Notify_Submitters', () => {
  it('tells each submitter once when the status moves to In Progress, naming their customers; never the actor', () => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    const [ana, ben] = users(2);
    const [acme, globex, initech] = accounts(o, ['Acme', 'Globex', 'Initech']);
    seedSubmissions(o, gap.Id, [
      [ben, globex],
      [ana, acme],
      [USER, initech],
      [ana, globex],
      [ana, acme]
    ]);
    save(o, gap.Id, { Status__c: 'In Progress' });
    expect(o.flows.asyncFailures).toEqual([]);
    const sent = sentBy(o);
    expect(sent.map((n) => n.recipientIds)).toEqual([[ana], [ben]]);
    const told = byRecipient(sent);
    expect(told.get(ana)).toEqual(
      expect.objectContaining({
        type: 'Product_Gap_Update',
        element: 'Notify_Person',
        title: `Product gap In Progress: ${String(gap.Name)}`,
        body: `${String(gap.Name)} is now In Progress. Your customers on this gap: Acme, Globex.`,
        targetId: gap.Id,
        senderId: USER
      })
    );
    expect(told.get(ben)!.body).toBe(
      `${String(gap.Name)} is now In Progress. Your customers on this gap: Globex.`
    );
  });

  it.each(['Done', "Won't Do"])('tells the submitters when the gap is set %s', (status) => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    const [ana] = users(1);
    const [acme] = accounts(o, ['Acme']);
    seedSubmissions(o, gap.Id, [[ana, acme]]);
    save(o, gap.Id, { Status__c: status });
    expect(sentBy(o).map((n) => [n.recipientIds, n.title])).toEqual([
      [[ana], `Product gap ${status}: ${String(gap.Name)}`]
    ]);
  });

  it('tells nobody for other statuses, other edits, or an unchanged status', () => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    seedSubmissions(o, gap.Id, [[users(1)[0], accounts(o, ['Acme'])[0]]]);
    save(o, gap.Id, { Status__c: 'In Review' });
    save(o, gap.Id, { Summary__c: 'Reworded' });
    save(o, gap.Id, { Status__c: 'In Progress' });
    save(o, gap.Id, { Status__c: 'In Progress', Summary__c: 'Again' });
    expect(sentBy(o)).toHaveLength(1);
  });

  it('names the survivor once when the gap is merged (the merge also sets Won\u2019t Do)', () => {
    const o = flowOrg();
    const [gap, survivor] = openGaps(o);
    const [ana, ben] = users(2);
    const [acme] = accounts(o, ['Acme']);
    seedSubmissions(o, gap.Id, [
      [ana, acme],
      [ben, acme],
      [ana, acme]
    ]);
    save(o, gap.Id, { Duplicate_Of__c: survivor.Id, Status__c: "Won't Do" }, ben);
    expect(o.flows.asyncFailures).toEqual([]);
    expect(sentBy(o)).toEqual([
      expect.objectContaining({
        recipientIds: [ana],
        title: `Product gap merged: ${String(gap.Name)}`,
        body: `${String(gap.Name)} was merged into ${String(survivor.Name)}; follow that gap from now on. Your customers on this gap: Acme.`,
        targetId: gap.Id,
        senderId: ben
      })
    ]);
  });

  it('tells nobody when the only submitter made the change', () => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    seedSubmissions(o, gap.Id, [[USER, accounts(o, ['Acme'])[0]]]);
    save(o, gap.Id, { Status__c: 'Done' });
    expect(sentBy(o)).toEqual([]);
    expect(o.flows.asyncFailures).toEqual([]);
  });

  it('keeps a long customer list inside the 750-character body: "and N more"', () => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    const [ana] = users(1);
    const ids = accounts(
      o,
      Array.from({ length: 60 }, (_, i) => `Customer with a long name number ${i}`)
    );
    seedSubmissions(
      o,
      gap.Id,
      ids.map((a) => [ana, a])
    );
    save(o, gap.Id, { Status__c: 'Done' });
    expect(o.flows.asyncFailures).toEqual([]);
    const [sent] = sentBy(o);
    expect(sent.body.length).toBeLessThanOrEqual(750);
    expect(sent.body).toMatch(/Customer with a long name number 0, .* and \d+ more\.$/);
  });

  it('keeps the status change when the notification cannot be sent (no notification type)', () => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    seedSubmissions(o, gap.Id, [[users(1)[0], accounts(o, ['Acme'])[0]]]);
    o.flows.notificationTypes.splice(0);
    save(o, gap.Id, { Status__c: 'Done' });
    expect(o.store.table('Product_Gap__c').get(gap.Id)?.Status__c).toBe('Done');
    expect(sentBy(o)).toEqual([]);
    expect(o.flows.asyncFailures).toEqual([
      expect.objectContaining({
        flow: FLOW,
        path: 'Notify_Submitters',
        recordId: gap.Id,
        message: expect.stringContaining(`Flow ${SENDER}, element Notify_Person: customNotifTypeId`)
      })
    ]);
  });

  it('handles a gap with 5,000 submissions from 300 submitters: 299 notifications, one each', () => {
    const o = flowOrg();
    const gap = openGaps(o)[0];
    const submitters = [...users(299), USER];
    const names = Array.from({ length: 7 }, (_, i) => `Account ${i}`);
    const accountIds = accounts(o, names);
    seedSubmissions(
      o,
      gap.Id,
      Array.from({ length: 5000 }, (_, i): [string, string] => [
        submitters[i % 300],
        accountIds[i % 7]
      ])
    );
    const started = Date.now();
    save(o, gap.Id, { Status__c: 'Done' });
    console.log(`5,000 submissions / 300 submitters: path ran in ${Date.now() - started} ms`);
    expect(o.flows.asyncFailures).toEqual([]);
    const sent = sentBy(o);
    expect(sent).toHaveLength(299);
    expect(sent.every((n) => n.recipientIds.length === 1)).toBe(true);
    expect(new Set(sent.map((n) => n.recipientIds[0]))).toEqual(new Set(users(299)));
    // Submitter k made submissions k, k+300, k+600...: their accounts are (k + 300j) mod 7.
    const told = byRecipient(sent);
    users(299).forEach((person, k) => {
      const mine = [...new Set(Array.from({ length: 17 }, (_, j) => k + 300 * j))]
        .filter((i) => i < 5000)
        .map((i) => i % 7);
      const expected = [...new Set(mine)].map((a) => names[a]);
      expect(told.get(person)!.body).toBe(
        `${String(gap.Name)} is now Done. Your customers on this gap: ${expected.join(', ')}.`
      );
    });
  });
});
