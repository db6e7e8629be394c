/** @jest-environment node */
// Publishing the Top 10 through gapData's own publish request: the shipped flow tells the
// submitters of each gap that entered the list and of each that left it, once per person per
// gap, never the publisher; the publish stands even when the notifications fail.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../../tools/shared/node/lightningGraphql')
);
import { createSubmission, publishTopTen, type PublishDraft } from 'c/gapData';
import type { SentNotification } from '../../flow/notifications';
import { emulatorExecute, orgTransport } from '../../../../tools/shared/orgTransport';
import { conn } from '../helpers';
import { reliabilityOrg, TPM, type ReliabilityOrg } from './org';

/** The subflow the notify flows call to send; the outbox names it. */
const FLOW = 'Product_Gap_Tell_Submitters';

interface Submission {
  createdBy: string;
  account: string;
}

async function entriesOf(org: ReliabilityOrg, revisionId: string): Promise<string[]> {
  return conn(
    await org.run(
      `query($rev: ID) { uiapi { query { Top_Ten_Entry__c(first: 20, where: { Top_Ten_Revision__c: { eq: $rev } }) {
        edges { node { Product_Gap__c { value } } } } } } }`,
      TPM,
      { rev: revisionId }
    ),
    'Top_Ten_Entry__c'
  ).edges.map((e: any) => e.node.Product_Gap__c.value as string);
}

async function submissionsOf(org: ReliabilityOrg, gapId: string): Promise<Submission[]> {
  return conn(
    await org.run(
      `query($gap: ID) { uiapi { query { Product_Gap_Submission__c(first: 2000, where: { Product_Gap__c: { eq: $gap } }) {
        edges { node { CreatedById { value } Account__r { Name { value } } } } } } } }`,
      TPM,
      { gap: gapId }
    ),
    'Product_Gap_Submission__c'
  ).edges.map((e: any) => ({
    createdBy: e.node.CreatedById.value,
    account: e.node.Account__r.Name.value
  }));
}

async function gapNames(org: ReliabilityOrg, ids: string[]): Promise<Map<string, string>> {
  const rows = conn(
    await org.run(
      `query($ids: [ID]) { uiapi { query { Product_Gap__c(first: 50, where: { Id: { in: $ids } }) {
        edges { node { Id Name { value } } } } } } }`,
      TPM,
      { ids }
    ),
    'Product_Gap__c'
  ).edges;
  return new Map(rows.map((e: any) => [e.node.Id, e.node.Name.value]));
}

function draft(basedOn: string, gapIds: string[], names: Map<string, string>): PublishDraft {
  return {
    basedOnRevisionId: basedOn,
    method: 'borda',
    weights: {},
    entries: gapIds.map((gapId, i) => ({
      rank: i + 1,
      gapId,
      gapName: names.get(gapId) ?? gapId,
      gapStatus: 'Open',
      impactedArr: 1000 * (10 - i)
    }))
  };
}

/** Who should be told about a gap: its submitters but the publisher, each with their customers. */
async function expectedFor(org: ReliabilityOrg, gapId: string, publisher: string) {
  const people = new Map<string, Set<string>>();
  for (const s of await submissionsOf(org, gapId)) {
    if (s.createdBy === publisher) continue;
    people.set(s.createdBy, (people.get(s.createdBy) ?? new Set()).add(s.account));
  }
  return people;
}

function checkTold(
  sent: SentNotification[],
  gapId: string,
  title: string,
  people: Map<string, Set<string>>
): void {
  const forGap = sent.filter((n) => n.targetId === gapId);
  expect(forGap.map((n) => n.recipientIds.join(',')).sort()).toEqual([...people.keys()].sort());
  for (const n of forGap) {
    expect(n.title).toBe(title);
    for (const account of people.get(n.recipientIds[0])!) expect(n.body).toContain(account);
  }
}

describe('Top 10 publish notifications', () => {
  it('tells the submitters of each gap that entered and each that left, once each, not the publisher', async () => {
    const org = await reliabilityOrg();
    const previous = await org.publishedRevisionId();
    const before = await entriesOf(org, previous);
    expect(before.length).toBeGreaterThan(3);
    const open = await org.ids('Product_Gap__c', 60, ', where: { Status__c: { eq: "Open" } }');
    const entering = open.filter((id) => !before.includes(id)).slice(0, 2);
    const leaving = before.slice(before.length - 2);
    const kept = before.slice(0, before.length - 2);
    const ids = [...kept, ...entering];
    const names = await gapNames(org, [...ids, ...leaving]);
    // The integration user (full access) both flags an entering gap and publishes: it is not told.
    const publisher = org.emulator.integrationUser!().id;
    const asPublisher = orgTransport(emulatorExecute(org.emulator, publisher));
    const [account] = await org.ids('Account', 1);
    const flagged = await createSubmission(
      { gapId: entering[0], accountId: account, severity: 'P0 - Dealbreaker' },
      { transport: asPublisher }
    );
    expect(flagged).toEqual(expect.objectContaining({ ok: true }));
    expect((await submissionsOf(org, entering[0])).map((s) => s.createdBy)).toContain(publisher);

    const result = await publishTopTen(draft(previous, ids, names), { transport: asPublisher });
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    expect(org.emulator.asyncFailures()).toEqual([]);
    const sent = org.emulator.notifications().filter((n) => n.flow === FLOW);
    // Not vacuous: the publish notified someone, each notification one recipient from the publisher.
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((n) => n.recipientIds.length === 1 && n.senderId === publisher)).toBe(true);
    expect(sent.every((n) => n.type === 'Product_Gap_Update')).toBe(true);
    expect(sent.flatMap((n) => n.recipientIds)).not.toContain(publisher);
    for (const gap of entering)
      checkTold(
        sent,
        gap,
        `Top 10: ${names.get(gap)} entered the list`,
        await expectedFor(org, gap, publisher)
      );
    for (const gap of leaving)
      checkTold(
        sent,
        gap,
        `Top 10: ${names.get(gap)} left the list`,
        await expectedFor(org, gap, publisher)
      );
    // Gaps that stayed in the list: nobody is told about them.
    expect(sent.filter((n) => kept.includes(String(n.targetId)))).toEqual([]);
    let total = 0;
    for (const gap of [...entering, ...leaving])
      total += (await expectedFor(org, gap, publisher)).size;
    expect(sent).toHaveLength(total);
    expect(total).toBeGreaterThan(0);
  });

  it('tells nobody about a publish that lost the race (stale, rolled back)', async () => {
    const org = await reliabilityOrg();
    const previous = await org.publishedRevisionId();
    const before = await entriesOf(org, previous);
    const open = await org.ids('Product_Gap__c', 60, ', where: { Status__c: { eq: "Open" } }');
    const names = await gapNames(org, open);
    const first = [...before.slice(1), open.find((id) => !before.includes(id))!];
    const second = [...before.slice(2), ...open.filter((id) => !before.includes(id)).slice(1, 3)];
    const won = await publishTopTen(draft(previous, first, names), { transport: org.as(TPM) });
    expect(won).toEqual(expect.objectContaining({ ok: true }));
    const sentAfterFirst = org.emulator.notifications().length;
    expect(sentAfterFirst).toBeGreaterThan(0);
    const lost = await publishTopTen(draft(previous, second, names), { transport: org.as(TPM) });
    expect(lost).toEqual(expect.objectContaining({ ok: false, kind: 'stale' }));
    expect(org.emulator.notifications()).toHaveLength(sentAfterFirst);
    expect(org.emulator.asyncFailures()).toEqual([]);
  });

  it('tells nobody when the same gaps are republished in another order', async () => {
    const org = await reliabilityOrg();
    const previous = await org.publishedRevisionId();
    const before = await entriesOf(org, previous);
    const names = await gapNames(org, before);
    const result = await publishTopTen(draft(previous, [...before].reverse(), names), {
      transport: org.as(TPM)
    });
    expect(result).toEqual(expect.objectContaining({ ok: true }));
    expect(org.emulator.asyncFailures()).toEqual([]);
    expect(org.emulator.notifications().filter((n) => n.flow === FLOW)).toEqual([]);
  });
});
