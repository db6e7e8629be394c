// Browser tests of private sharing: with some accounts hidden from the preview user (as the
// org-controls panel does, POST /api/org/hide-accounts), every screen that shows live numbers
// says they are incomplete and by how many submissions; the count is computed here from the
// org's records read before hiding. The board shows the published snapshot, untouched.
// Run: node --import tsx --test preview/browser/privateSharing.test.ts
import '../../tools/shared/node/nodePlatform';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createSubmission } from 'c/gapData';
import { emulatorExecute, orgTransport } from '../../tools/shared/orgTransport';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const CLOSED = new Set(['Done', "Won't Do"]);

type Wrapped = { value: unknown } | null | undefined;
const value = (field: Wrapped) => (field ? (field.value as string | null) : null);

interface Submission {
  id: string;
  gapId: string;
  accountId: string;
  opportunityId: string | null;
  /** The account of the submission's opportunity (may differ from the submission's account). */
  opportunityAccountId: string | null;
}
interface Gap {
  id: string;
  status: string;
  duplicateOf: string | null;
}

function userId(harness: PreviewHarness, permissionSet: string): string {
  const user = harness.preview.emulator.users().find((u) => u.permissionSet === permissionSet);
  assert.ok(user, `no preview user holds ${permissionSet}`);
  return user.id;
}

/** Every gap and submission of the org, read as the TPM while nothing is hidden. */
async function orgRecords(harness: PreviewHarness): Promise<{ gaps: Gap[]; subs: Submission[] }> {
  const response = await harness.preview.emulator.execute(
    {
      query: `query Everything { uiapi { query {
        Product_Gap__c(first: 2000) { edges { node { Id Status__c { value } Duplicate_Of__c { value } } } }
        Product_Gap_Submission__c(first: 2000) { edges { node { Id Product_Gap__c { value }
          Account__c { value } Opportunity__c { value } Opportunity__r { AccountId { value } } } } }
      } } }`
    },
    userId(harness, TPM)
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const query = (response.data as any).uiapi.query;
  return {
    gaps: query.Product_Gap__c.edges.map(({ node }: any) => ({
      id: node.Id,
      status: value(node.Status__c) ?? 'Open',
      duplicateOf: value(node.Duplicate_Of__c)
    })),
    subs: query.Product_Gap_Submission__c.edges.map(({ node }: any) => ({
      id: node.Id,
      gapId: value(node.Product_Gap__c)!,
      accountId: value(node.Account__c)!,
      opportunityId: value(node.Opportunity__c),
      opportunityAccountId: value(node.Opportunity__r?.AccountId)
    }))
  };
}

/** The sentence every screen uses, for `count` submissions (0: no sentence). */
function incompleteText(count: number): string {
  return count === 1
    ? '1 submission has an account or opportunity you cannot see; totals are incomplete.'
    : `${count} submissions have an account or opportunity you cannot see; totals are incomplete.`;
}

async function visit(harness: PreviewHarness, page: Page, path: string): Promise<void> {
  await page.goto(`${harness.baseUrl}${path}`);
  await harness.ready(page);
}

describe('private sharing: screens say their numbers are incomplete, and by how much', () => {
  let harness: PreviewHarness;
  let page: Page;
  let gaps: Gap[];
  let subs: Submission[];
  let hidden: Set<string>;
  /** The gap whose record page is checked, and the visible account whose panel is checked. */
  let gapId: string;
  let visibleAccountId: string;
  /** Whether the user cannot see a submission's account or its opportunity. */
  const isHidden = (s: Submission) =>
    hidden.has(s.accountId) ||
    (s.opportunityAccountId !== null && hidden.has(s.opportunityAccountId));

  before(async () => {
    harness = await startHarness();
    ({ gaps, subs } = await orgRecords(harness));
    const isOpen = (g: Gap | undefined) => Boolean(g && !CLOSED.has(g.status) && !g.duplicateOf);
    // A ranked gap with nothing merged into it and asks from at least three accounts, one
    // through an opportunity: two of those accounts are hidden, a third stays visible.
    const candidate = gaps.find((g) => {
      if (!isOpen(g) || gaps.some((other) => other.duplicateOf === g.id)) return false;
      const own = subs.filter((s) => s.gapId === g.id);
      return new Set(own.map((s) => s.accountId)).size >= 3 && own.some((s) => s.opportunityId);
    });
    assert.ok(candidate, 'the sample org has an open gap asked for by three accounts');
    gapId = candidate.id;
    const own = subs.filter((s) => s.gapId === gapId);
    const withOpportunity = own.find((s) => s.opportunityId && s.opportunityAccountId)!;
    const hiddenOpportunity = withOpportunity.opportunityId!;
    const toHide = new Set([withOpportunity.opportunityAccountId!]);
    toHide.add(own.find((s) => !toHide.has(s.accountId))!.accountId);
    visibleAccountId =
      own.find((s) => !toHide.has(s.accountId) && s.accountId !== withOpportunity.accountId)
        ?.accountId ?? own.find((s) => !toHide.has(s.accountId))!.accountId;

    // The visible account's panel needs an ask naming an opportunity the user will not see: a
    // Submitter flags, for the visible account, an opportunity of an account about to be hidden.
    const otherGap = gaps.find((g) => isOpen(g) && g.id !== gapId)!;
    const flagged = await createSubmission(
      {
        gapId: otherGap.id,
        accountId: visibleAccountId,
        opportunityId: hiddenOpportunity,
        severity: 'P1 - Significant Pain Point'
      },
      {
        transport: orgTransport(
          emulatorExecute(harness.preview.emulator, userId(harness, 'Product_Gap_Submitter'))
        )
      }
    );
    assert.equal(flagged.ok, true, JSON.stringify(flagged));
    ({ gaps, subs } = await orgRecords(harness));

    const response = await fetch(`${harness.baseUrl}/api/org/hide-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountIds: [...toHide] })
    });
    assert.equal(response.status, 200);
    hidden = new Set(harness.preview.emulator.hiddenAccountIds());
    assert.deepEqual([...hidden].sort(), [...toHide].sort());

    page = await harness.open('/');
    if ((await harness.session()).user.permissionSet !== TPM) await harness.switchUser(page, TPM);
  });

  after(async () => {
    await harness?.stop();
  });

  test('Top 10 tab: says how many submissions of the ranked gaps have a hidden account or opportunity', async () => {
    const open = new Set(
      gaps.filter((g) => !CLOSED.has(g.status) && !g.duplicateOf).map((g) => g.id)
    );
    const rankedGapOf = new Map(
      gaps.map((g) => [
        g.id,
        open.has(g.id) ? g.id : g.duplicateOf && open.has(g.duplicateOf) ? g.duplicateOf : null
      ])
    );
    const expected = subs.filter((s) => rankedGapOf.get(s.gapId) && isHidden(s)).length;
    assert.ok(expected > 0);

    await visit(harness, page, '/top10');
    await page
      .locator('c-top-ten-workbench .workbench[data-state="ready"]')
      .waitFor({ timeout: 60_000 });
    const notice = page.locator('c-top-ten-workbench .visibility');
    await notice.waitFor();
    assert.equal((await notice.innerText()).trim(), incompleteText(expected));
  });

  test('gap record: the scoring panel says how many of the gap’s submissions it cannot fully see', async () => {
    const expected = subs.filter((s) => s.gapId === gapId && isHidden(s)).length;
    assert.ok(expected >= 2);

    await visit(harness, page, `/gap/${gapId}`);
    await page.locator('c-gap-score-panel .panel:not([data-state="loading"])').waitFor();
    const notice = page.locator('c-gap-score-panel .visibility');
    await notice.waitFor();
    assert.equal((await notice.innerText()).trim(), incompleteText(expected));
    assert.deepEqual(harness.errors(page), []);
  });

  test('customer panel of a visible account: says how many of its asks name a record the user cannot see', async () => {
    const expected = subs.filter((s) => s.accountId === visibleAccountId && isHidden(s)).length;
    assert.ok(expected >= 1);

    await visit(harness, page, `/account/${visibleAccountId}`);
    await page.locator('c-customer-gaps .panel[data-state="ready"]').waitFor();
    const notice = page.locator('c-customer-gaps .hidden-parents');
    await notice.waitFor();
    assert.equal((await notice.innerText()).trim(), incompleteText(expected));
    assert.deepEqual(harness.errors(page), []);
  });

  test('board: shows the published snapshot whole, whatever the user can see', async () => {
    const response = await harness.preview.emulator.execute(
      {
        query: `query Published { uiapi { query { Top_Ten_Revision__c(first: 1, where: { Status__c: { eq: "Published" } }) {
          edges { node { Entries__r(first: 20, orderBy: { Rank__c: { order: ASC } }) { edges { node { Gap_Name__c { value } } } } } } } } } }`
      },
      userId(harness, TPM)
    );
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const names = (
      response.data as any
    ).uiapi.query.Top_Ten_Revision__c.edges[0].node.Entries__r.edges.map(({ node }: any) =>
      value(node.Gap_Name__c)
    );

    await visit(harness, page, '/board');
    const board = page.locator('c-top-ten-board .board[data-state="ready"]');
    await board.waitFor({ timeout: 30_000 });
    const shown = (await board.locator('tr.entry .gap-name').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(shown, names);
    assert.deepEqual(harness.errors(page), []);
  });
});
