// Browser tests of what each preview user's permission set lets them do in every screen (Top 10
// tab, board, gap record, Flag Product Gap, customer panel), then the same limits with the UI
// bypassed: gapData's own writes POSTed straight to the preview server's /graphql as each user.
// Run: node --import tsx --test preview/browser/permissions.test.ts
import '../../tools/shared/node/nodePlatform';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { createSubmission, mergeGap, publishTopTen } from 'c/gapData';
import type { PublishDraft, Transport } from 'c/gapData';
import { httpExecute, orgTransport } from '../../tools/shared/orgTransport';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const MANAGER = 'Product_Gap_Manager';
const SUBMITTER = 'Product_Gap_Submitter';
const VIEWER = 'Product_Gap_Viewer';

type Wrapped = { value: unknown } | null | undefined;
const value = (field: Wrapped) => (field ? field.value : null);

interface Sample {
  accountId: string;
  opportunityId: string;
  /** Open gaps, ranked first by the TPM's tab: [gap to act on, another gap]. */
  gaps: { id: string; name: string }[];
  revisionId: string;
  publishedEntries: number;
}

function userId(harness: PreviewHarness, permissionSet: string): string {
  const user = harness.preview.emulator.users().find((u) => u.permissionSet === permissionSet);
  assert.ok(user, `no preview user holds ${permissionSet}`);
  return user.id;
}

/** Runs a read as the TPM, who sees everything, to check what the org holds. */
async function read(harness: PreviewHarness, query: string, variables = {}): Promise<any> {
  const response = await harness.preview.emulator.execute(
    { query, variables },
    userId(harness, TPM)
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  return response.data;
}

/** An opportunity with an account, two open gaps and the published revision, read as the TPM. */
async function sample(harness: PreviewHarness): Promise<Sample> {
  const data = await read(
    harness,
    `query Sample { uiapi { query {
      Opportunity(first: 50) { edges { node { Id AccountId { value } } } }
      Product_Gap__c(first: 50, where: { and: [{ Status__c: { eq: "Open" } }, { Duplicate_Of__c: { eq: null } }] }) {
        edges { node { Id Name { value } } } }
      Top_Ten_Revision__c(first: 5, where: { Status__c: { eq: "Published" } }) {
        edges { node { Id Entries__r(first: 20) { edges { node { Id } } } } } }
    } } }`
  );
  const opportunity = data.uiapi.query.Opportunity.edges
    .map((edge: any) => edge.node)
    .find((node: any) => value(node.AccountId));
  assert.ok(opportunity, 'the sample data has an opportunity with an account');
  const gaps = data.uiapi.query.Product_Gap__c.edges.map((edge: any) => ({
    id: edge.node.Id as string,
    name: value(edge.node.Name) as string
  }));
  assert.ok(gaps.length >= 2, 'the sample data has two open gaps');
  const revisions = data.uiapi.query.Top_Ten_Revision__c.edges;
  assert.equal(revisions.length, 1, 'the sample data has one Published revision');
  return {
    accountId: value(opportunity.AccountId) as string,
    opportunityId: opportunity.Id,
    gaps,
    revisionId: revisions[0].node.Id,
    publishedEntries: revisions[0].node.Entries__r.edges.length
  };
}

/** Opens `path` on `page` as the user holding `permissionSet` (switching only when needed). */
async function visitAs(
  harness: PreviewHarness,
  page: Page,
  permissionSet: string,
  path: string
): Promise<void> {
  if ((await harness.session()).user.permissionSet !== permissionSet) {
    await harness.switchUser(page, permissionSet);
  }
  await page.goto(`${harness.baseUrl}${path}`);
  await harness.ready(page);
}

const workbench = (page: Page) => page.locator('c-top-ten-workbench .workbench');
const curation = (page: Page) => page.locator('c-top-ten-curation');
const scorePanel = (page: Page) => page.locator('c-gap-score-panel .panel');
const mergeButton = (page: Page) => page.getByRole('button', { name: 'Merge into another gap' });

/** Opens the merge form, picks the survivor by name and confirms, as gapScorePanel.test.ts does. */
async function merge(page: Page, survivorName: string): Promise<void> {
  await mergeButton(page).click();
  await page.getByLabel('Find the surviving gap').fill(survivorName);
  const option = page.locator('c-gap-score-panel-merge lightning-radio-group label', {
    hasText: `${survivorName} — `
  });
  await option.first().waitFor();
  await option.first().click();
  await page.locator('c-gap-score-panel-merge .merge-moves').waitFor();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
}

async function duplicateOf(harness: PreviewHarness, gapId: string): Promise<string | null> {
  const data = await read(
    harness,
    `query One($gapId: ID) { uiapi { query { Product_Gap__c(first: 1, where: { Id: { eq: $gapId } }) {
      edges { node { Duplicate_Of__c { value } } } } } } }`,
    { gapId }
  );
  return value(data.uiapi.query.Product_Gap__c.edges[0].node.Duplicate_Of__c) as string | null;
}

/** Opens Flag Product Gap on the page's opportunity and fills a new gap with a P0 ask. */
async function fillNewGap(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Flag Product Gap', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('[data-state="ready"]').waitFor();
  await dialog.getByText('Create a new gap', { exact: true }).click();
  await dialog.getByLabel('Gap title').fill(title);
  await dialog.getByText(/^P0 - Dealbreaker:/).click();
  return dialog;
}

async function gapsNamed(harness: PreviewHarness, title: string): Promise<number> {
  const data = await read(
    harness,
    `query Named($title: String) { uiapi { query { Product_Gap__c(first: 10, where: { Name: { eq: $title } }) {
      edges { node { Id } } } } } }`,
    { title }
  );
  return data.uiapi.query.Product_Gap__c.edges.length;
}

/** gapData's writes as `permissionSet`, through POST /graphql with the x-preview-user header. */
function transportAs(harness: PreviewHarness, permissionSet: string): Transport {
  return orgTransport(httpExecute(harness.baseUrl, userId(harness, permissionSet)));
}

/** A valid one-entry publish built on the current revision. */
function draftOn(sampleData: Sample, notes: string): PublishDraft {
  const [gap] = sampleData.gaps;
  return {
    basedOnRevisionId: sampleData.revisionId,
    method: 'borda',
    weights: {},
    notes,
    entries: [{ rank: 1, gapId: gap.id, gapName: gap.name, gapStatus: 'Open' }]
  };
}

describe('what each permission set can do', () => {
  let harness: PreviewHarness;
  let page: Page;
  let data: Sample;

  before(async () => {
    harness = await startHarness();
    data = await sample(harness);
    page = await harness.open('/');
  });

  after(async () => {
    await harness?.stop();
  });

  test('Top 10 tab: the TPM ranks and curates, a Manager and a Submitter read the ranking without curating controls, a Viewer is refused the tab', async () => {
    await visitAs(harness, page, TPM, '/top10');
    await page.locator('c-top-ten-workbench .workbench[data-state="ready"]').waitFor();
    assert.ok((await page.locator('c-ranking-table tbody tr').count()) > 0);
    await curation(page).locator('c-top-ten-curation-editor').waitFor({ timeout: 30_000 });
    assert.ok(await curation(page).locator('lightning-button.publish button').isVisible());

    for (const reader of [MANAGER, SUBMITTER]) {
      await visitAs(harness, page, reader, '/top10');
      await page.locator('c-top-ten-workbench .workbench[data-state="ready"]').waitFor();
      assert.ok((await page.locator('c-ranking-table tbody tr').count()) > 0, reader);
      await curation(page).locator('.read-only-hint').waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('c-top-ten-curation-editor').count(), 0, reader);
      assert.equal(await page.getByRole('button', { name: 'Publish Top 10' }).count(), 0, reader);
    }

    // The Viewer's permission set has no Top_10 tab: the org refuses the page itself.
    await visitAs(harness, page, VIEWER, '/top10');
    await page.locator('[data-id="no-access"]').waitFor({ timeout: 30_000 });
    assert.equal(await workbench(page).count(), 0);
    assert.equal(await page.locator('c-ranking-table tbody tr').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Publish Top 10' }).count(), 0);
    assert.deepEqual(harness.errors(page), []);
  });

  test('board: all four users read the published Top 10', async () => {
    for (const user of [VIEWER, SUBMITTER, MANAGER, TPM]) {
      await visitAs(harness, page, user, '/board');
      const board = page.locator('c-top-ten-board .board[data-state="ready"]');
      await board.waitFor({ timeout: 30_000 });
      assert.equal(await board.locator('tr.entry').count(), data.publishedEntries, user);
    }
    assert.deepEqual(harness.errors(page), []);
  });

  test('gap record: a Viewer is refused the page, the TPM reads the scoring and may merge, a Submitter is not offered the merge, a Manager merges', async () => {
    const [gap, other] = data.gaps;
    const openGap = async (user: string, gapId: string) => {
      await visitAs(harness, page, user, `/gap/${gapId}`);
      await page.locator('c-gap-score-panel .panel:not([data-state="loading"])').waitFor();
    };

    // No read access to Product_Gap__c: the org refuses the record page itself.
    await visitAs(harness, page, VIEWER, `/gap/${gap.id}`);
    await page.locator('[data-id="no-access"]').waitFor();
    assert.equal(await scorePanel(page).count(), 0);
    assert.equal(await mergeButton(page).count(), 0);

    await openGap(TPM, gap.id);
    await page.locator('c-gap-score-panel .overall').waitFor();
    // The curating TPM may merge (Merge_Product_Gaps with edit on Status and Duplicate Of).
    await mergeButton(page).waitFor();

    await openGap(SUBMITTER, gap.id);
    await page.locator('c-gap-score-panel .overall').waitFor();
    assert.equal(await mergeButton(page).count(), 0, 'a Submitter is not offered the merge');
    assert.equal(await duplicateOf(harness, gap.id), null);

    // The last gap of the list is merged so that the first two stay open for the other tests.
    const merged = data.gaps[data.gaps.length - 1];
    await openGap(MANAGER, merged.id);
    await merge(page, other.name);
    await page.locator('c-gap-score-panel .panel[data-state="merged"]').waitFor();
    assert.equal(await duplicateOf(harness, merged.id), other.id);
    assert.deepEqual(harness.errors(page), []);
  });

  test('Flag Product Gap: a Submitter saves; a Viewer and a Manager are told plainly they cannot flag, and nothing is written', async () => {
    const path = `/opportunity/${data.opportunityId}`;
    const stamp = Date.now().toString(36);

    await visitAs(harness, page, SUBMITTER, path);
    const saved = `Permissions: submitter gap ${stamp}`;
    const dialog = await fillNewGap(page, saved);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[data-id="toasts"]').getByText('Product gap flagged').waitFor();
    assert.equal(await gapsNamed(harness, saved), 1);

    for (const user of [VIEWER, MANAGER]) {
      await visitAs(harness, page, user, path);
      const blocked = `Permissions: ${user} gap ${stamp}`;
      const refusedDialog = await fillNewGap(page, blocked);
      const before = harness.preview.emulator.counts();
      await refusedDialog.getByRole('button', { name: 'Save', exact: true }).click();
      await refusedDialog.getByText(/You cannot flag product gaps/).waitFor();
      assert.equal(await refusedDialog.getByLabel('Gap title').inputValue(), blocked, user);
      assert.deepEqual(harness.preview.emulator.counts(), before, user);
      assert.equal(await gapsNamed(harness, blocked), 0, user);
    }
  });

  test('customer panel: a Submitter can change and withdraw, a Manager and the TPM only read, a Viewer has no access', async () => {
    const path = `/account/${data.accountId}`;
    await visitAs(harness, page, SUBMITTER, path);
    await page.locator('c-customer-gaps .panel[data-state="ready"]').waitFor();
    assert.ok((await page.locator('c-customer-gaps li.gap').count()) > 0);
    assert.ok(
      (await page.getByRole('button', { name: /^Withdraw the submission for / }).count()) > 0
    );

    for (const reader of [MANAGER, TPM]) {
      await visitAs(harness, page, reader, path);
      await page.locator('c-customer-gaps .panel[data-state="ready"]').waitFor();
      assert.ok((await page.locator('c-customer-gaps li.gap').count()) > 0, reader);
      assert.equal(
        await page
          .getByRole('button', { name: /^(Withdraw the submission|Change the severity) for / })
          .count(),
        0,
        reader
      );
    }

    await visitAs(harness, page, VIEWER, path);
    await page.locator('c-customer-gaps .panel[data-state="noAccess"]').waitFor();
    assert.equal(await page.locator('c-customer-gaps li.gap').count(), 0);
    assert.deepEqual(harness.errors(page), []);
  });

  test('UI bypassed: each user POSTing a write their set forbids to /graphql is refused and nothing is written', async () => {
    const [gap, other] = data.gaps;
    const ask = {
      gapId: gap.id,
      accountId: data.accountId,
      opportunityId: null,
      severity: 'P1 - Significant Pain Point'
    };
    const forbidden: { user: string; write: string; run: (t: Transport) => Promise<any> }[] = [
      {
        user: VIEWER,
        write: 'create a submission',
        run: (t) => createSubmission(ask, { transport: t })
      },
      {
        user: MANAGER,
        write: 'create a submission',
        run: (t) => createSubmission(ask, { transport: t })
      },
      {
        user: TPM,
        write: 'create a submission',
        run: (t) => createSubmission(ask, { transport: t })
      },
      {
        user: SUBMITTER,
        write: 'publish a revision',
        run: (t) => publishTopTen(draftOn(data, 'bypass'), { transport: t })
      },
      {
        user: MANAGER,
        write: 'publish a revision',
        run: (t) => publishTopTen(draftOn(data, 'bypass'), { transport: t })
      },
      {
        user: VIEWER,
        write: 'publish a revision',
        run: (t) => publishTopTen(draftOn(data, 'bypass'), { transport: t })
      },
      {
        user: SUBMITTER,
        write: 'merge a gap',
        run: (t) => mergeGap({ gap, survivor: { id: other.id, status: 'Open' } }, t)
      }
    ];
    for (const { user, write, run } of forbidden) {
      const before = harness.preview.emulator.counts();
      const result = await run(transportAs(harness, user));
      assert.equal(result.ok, false, `${user} may not ${write}`);
      assert.equal(result.kind, 'noAccess', `${user}: ${JSON.stringify(result.messages)}`);
      assert.ok(result.messages.length > 0, `${user}: the refusal says why`);
      assert.deepEqual(harness.preview.emulator.counts(), before, `${user}: nothing written`);
    }
    assert.equal(await duplicateOf(harness, gap.id), null);

    // The same requests from the users allowed to send them are written: the refusals above
    // came from the permission sets, not from a malformed request.
    const created = await createSubmission(ask, { transport: transportAs(harness, SUBMITTER) });
    assert.equal(created.ok, true, JSON.stringify(created));
    const published = await publishTopTen(draftOn(data, 'allowed'), {
      transport: transportAs(harness, TPM)
    });
    assert.equal(published.ok, true, JSON.stringify(published));
    const merged = await mergeGap(
      { gap, survivor: { id: other.id, status: 'Open' } },
      transportAs(harness, MANAGER)
    );
    assert.equal(merged.ok, true, JSON.stringify(merged));
    assert.equal(await duplicateOf(harness, gap.id), other.id);
  });
});
