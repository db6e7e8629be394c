// Browser tests of writes that fail (issue 12): the in-memory org fails the n-th write from now
// (the org controls' POST /api/org/fail-nth-write), and the screen must say so, keep what the
// person did, and leave the org as it was; the retry then goes through. Covers the Top 10 publish
// from the Top 10 tab (first write and a middle one) and a Flag Product Gap save.
// What the org holds is read back from the in-memory org, not from the screen.
// Run: node --import tsx --test preview/browser/faults.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startHarness } from './harness';
import { chooseOption, comboboxValue } from './combobox';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const SUBMITTER = 'Product_Gap_Submitter';
const UNKNOWN_EXCEPTION = /An unexpected error occurred/;

interface Revision {
  id: string;
  status: string;
  notes: string | null;
  entries: { rank: number; gapId: string; name: string }[];
}

const REVISIONS = `
  query FaultTestRevisions {
    uiapi {
      query {
        Top_Ten_Revision__c(first: 50, orderBy: { Published_At__c: { order: DESC } }) {
          edges {
            node {
              Id
              Status__c { value }
              Notes__c { value }
              Entries__r(first: 20, orderBy: { Rank__c: { order: ASC } }) {
                edges { node { Rank__c { value } Product_Gap__c { value } Gap_Name__c { value } } }
              }
            }
          }
        }
      }
    }
  }
`;

type Wrapped = { value: unknown } | null | undefined;
const value = (field: Wrapped) => (field ? field.value : null);

function userId(harness: PreviewHarness, permissionSet: string): string {
  const user = harness.preview.emulator.users().find((u) => u.permissionSet === permissionSet);
  assert.ok(user, `no preview user holds ${permissionSet}`);
  return user.id;
}

/** Runs a read as the TPM, who sees everything, and returns its data. */
async function read(
  harness: PreviewHarness,
  query: string,
  variables: Record<string, unknown> = {}
): Promise<any> {
  const response = await harness.preview.emulator.execute(
    { query, variables },
    userId(harness, TPM)
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  return response.data;
}

/** Every revision in the org, newest first. */
async function revisions(harness: PreviewHarness): Promise<Revision[]> {
  const data = await read(harness, REVISIONS);
  return data.uiapi.query.Top_Ten_Revision__c.edges.map(({ node }: { node: any }) => ({
    id: node.Id,
    status: value(node.Status__c) as string,
    notes: value(node.Notes__c) as string | null,
    entries: node.Entries__r.edges.map(({ node: entry }: { node: Record<string, Wrapped> }) => ({
      rank: value(entry.Rank__c) as number,
      gapId: value(entry.Product_Gap__c) as string,
      name: value(entry.Gap_Name__c) as string
    }))
  }));
}

/** The one Published revision (fails unless there is exactly one). */
async function publishedRevision(harness: PreviewHarness): Promise<Revision> {
  const published = (await revisions(harness)).filter((r) => r.status === 'Published');
  assert.equal(published.length, 1, 'exactly one revision is Published');
  return published[0];
}

/** Arms the org to fail the n-th write from now, as the preview's org controls do. */
async function failNthWrite(harness: PreviewHarness, n: number | null): Promise<void> {
  const response = await fetch(`${harness.baseUrl}/api/org/fail-nth-write`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ n })
  });
  assert.equal(response.status, 200);
}

/** Opens `path` as `permissionSet` (switching the preview user when needed). */
async function openAs(harness: PreviewHarness, path: string, permissionSet: string): Promise<Page> {
  const page = await harness.open(path);
  if ((await harness.session()).user.permissionSet !== permissionSet)
    await harness.switchUser(page, permissionSet);
  return page;
}

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

// ---- the Top 10 tab and the board

const curation = (page: Page) => page.locator('c-top-ten-curation');
const curationEntries = (page: Page) => page.locator('c-top-ten-curation-editor li.entry');
const notesField = (page: Page) => curation(page).locator('lightning-textarea.notes textarea');
const publishError = (page: Page) => curation(page).locator('.publish-error');

async function waitForCuration(page: Page): Promise<void> {
  await curation(page).locator('table.comparison').waitFor({ timeout: 60_000 });
}

async function draftNames(page: Page): Promise<string[]> {
  return (await curationEntries(page).locator('.name').allInnerTexts()).map((t) => t.trim());
}

async function confirmPublish(page: Page): Promise<void> {
  await curation(page).locator('lightning-button.publish button').click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
}

/** The board's rows and the revision its picker shows, once it is ready. */
async function boardShows(
  harness: PreviewHarness,
  page: Page
): Promise<{ names: string[]; revisionId: string }> {
  await page.goto(`${harness.baseUrl}/board`);
  await harness.ready(page);
  const board = page.locator('c-top-ten-board');
  await board.locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
  const names = (await board.locator('tr.entry .gap-name').allInnerTexts()).map((t) => t.trim());
  const revisionId = await comboboxValue(board.locator('lightning-combobox.revision-picker'));
  return { names, revisionId };
}

// ---- Flag Product Gap

const SEVERITY_P1 = /^P1 - Significant Pain Point:/;

/** An opportunity with an account, to flag gaps on. */
async function someOpportunity(harness: PreviewHarness): Promise<string> {
  const data = await read(
    harness,
    `query { uiapi { query { Opportunity(first: 50) { edges { node { Id AccountId { value } } } } } } }`
  );
  const node = data.uiapi.query.Opportunity.edges
    .map((edge: any) => edge.node)
    .find((n: any) => n.AccountId?.value);
  assert.ok(node, 'the sample data has an opportunity with an account');
  return node.Id;
}

/** Gaps and submissions named `title`, as the org holds them. */
async function recordsNamed(
  harness: PreviewHarness,
  title: string
): Promise<{ gaps: number; submissions: number }> {
  const data = await read(
    harness,
    `query Named($title: String) { uiapi { query {
      Product_Gap__c(first: 10, where: { Name: { eq: $title } }) { edges { node { Id } } }
      Product_Gap_Submission__c(first: 10, where: { Product_Gap__r: { Name: { eq: $title } } }) { edges { node { Id } } }
    } } }`,
    { title }
  );
  return {
    gaps: data.uiapi.query.Product_Gap__c.edges.length,
    submissions: data.uiapi.query.Product_Gap_Submission__c.edges.length
  };
}

/** What the flag form shows in each field, read as a person reads it. */
async function formValues(dialog: Locator): Promise<Record<string, string | boolean>> {
  return {
    title: await dialog.getByLabel('Gap title').inputValue(),
    summary: await dialog.getByLabel('Summary').inputValue(),
    productArea: await comboboxValue(
      dialog.locator('lightning-combobox[data-field="productArea"]')
    ),
    severityP1: await dialog.getByLabel(SEVERITY_P1).isChecked(),
    description: await dialog.getByLabel('Description').inputValue(),
    impact: await dialog.getByLabel('Impact on the customer').inputValue(),
    workaround: await dialog.getByLabel('Current workaround').inputValue()
  };
}

describe('faults: a failed write is told, keeps the input and leaves the org as it was', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
  });

  after(async () => {
    await harness?.stop();
  });

  // A publish is 12 writes (revision, 10 entries, supersede): the first and a middle one fail.
  for (const k of [1, 6]) {
    test(`the Top 10 publish failing on write ${k} is told, keeps the draft and the old Top 10; the retry publishes`, async () => {
      const previous = await publishedRevision(harness);
      const countsBefore = harness.preview.emulator.counts();
      const page = await openAs(harness, '/top10', TPM);
      await waitForCuration(page);

      // A draft that differs from what is published: the second gap moved to the top, with notes.
      const notes = `Fault on write ${k}`;
      const before = await draftNames(page);
      await curationEntries(page).nth(1).locator('button[data-action="up"]').click();
      await curationEntries(page).first().locator('.name', { hasText: before[1] }).waitFor();
      const draft = await draftNames(page);
      assert.deepEqual(draft.slice(0, 2), [before[1], before[0]]);
      await typeInto(notesField(page), notes);

      await failNthWrite(harness, k);
      await confirmPublish(page);
      await publishError(page).waitFor();
      const told = await publishError(page).innerText();
      assert.match(told, /The Top 10 could not be published\. Your draft is kept\./);
      assert.match(told, UNKNOWN_EXCEPTION);
      assert.equal(await page.getByText('Top 10 published').count(), 0, 'no success is claimed');
      assert.deepEqual(await draftNames(page), draft, 'the draft stays on screen');

      // The org: nothing written, the same single Published revision with the same entries.
      assert.deepEqual(harness.preview.emulator.counts(), countsBefore);
      assert.deepEqual(await publishedRevision(harness), previous);

      await page.reload();
      await harness.ready(page);
      await waitForCuration(page);
      assert.deepEqual(await draftNames(page), draft, 'the draft is kept across a reload');
      assert.equal(await notesField(page).inputValue(), notes);
      assert.equal(await curation(page).locator('.stale-draft').count(), 0);

      const board = await harness.open('/board');
      const shown = await boardShows(harness, board);
      assert.equal(shown.revisionId, previous.id, 'the board shows the previous revision');
      assert.deepEqual(
        shown.names,
        previous.entries.map((e) => e.name)
      );

      // The fault fired once: the same draft now publishes.
      await confirmPublish(page);
      await page.getByText('Top 10 published').first().waitFor({ timeout: 30_000 });
      assert.equal(await publishError(page).count(), 0, 'the error is gone');
      const current = await publishedRevision(harness);
      assert.notEqual(current.id, previous.id);
      assert.equal(current.notes, notes);
      assert.deepEqual(
        current.entries.map((e) => e.name),
        draft
      );
      assert.deepEqual(
        current.entries.map((e) => e.rank),
        Array.from({ length: 10 }, (_, i) => i + 1)
      );
      const old = (await revisions(harness)).find((r) => r.id === previous.id);
      assert.equal(old?.status, 'Superseded');

      const after = await boardShows(harness, board);
      assert.equal(after.revisionId, current.id, 'the board shows the new revision');
      assert.deepEqual(after.names, draft);
      assert.deepEqual(harness.errors(board), []);
      await board.close();
      await page.close();
    });
  }

  test('a Flag Product Gap save failing on its second write keeps every typed value, writes nothing, and the retry saves', async () => {
    const opportunityId = await someOpportunity(harness);
    const page = await openAs(harness, `/opportunity/${opportunityId}`, SUBMITTER);
    await page.getByRole('button', { name: 'Flag Product Gap', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-state="ready"]').waitFor();

    const title = `Bulk re-dial for call lists ${Date.now().toString(36)}`;
    const typed = {
      title,
      summary: 'Agents redial hundreds of numbers by hand.',
      productArea: 'Core Platform',
      severityP1: true,
      description: 'The contact centre needs one click to redial every unanswered call.',
      impact: 'Two agents per shift spend the afternoon redialling.',
      workaround: 'A spreadsheet macro exports the list every hour.'
    };
    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByLabel('Gap title').fill(typed.title);
    await dialog.getByLabel('Summary').fill(typed.summary);
    await chooseOption(
      dialog.locator('lightning-combobox[data-field="productArea"]'),
      typed.productArea
    );
    await dialog.getByText(SEVERITY_P1).click();
    await dialog.getByLabel('Description').fill(typed.description);
    await dialog.getByLabel('Impact on the customer').fill(typed.impact);
    await dialog.getByLabel('Current workaround').fill(typed.workaround);
    assert.deepEqual(await formValues(dialog), typed);
    const countsBefore = harness.preview.emulator.counts();

    // A new gap is two writes (the gap, then its submission): the second fails, so the first is
    // rolled back with it.
    await failNthWrite(harness, 2);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const error = dialog.getByRole('alert').filter({ hasText: 'The gap could not be flagged.' });
    await error.waitFor();
    assert.match(await error.innerText(), /Everything you typed is still here\./);
    assert.match(await error.innerText(), UNKNOWN_EXCEPTION);
    assert.deepEqual(await formValues(dialog), typed, 'every typed value is still in its field');
    assert.equal(
      await page.locator('[data-id="toasts"]').getByText('Product gap flagged').count(),
      0
    );
    assert.deepEqual(harness.preview.emulator.counts(), countsBefore, 'no record written');
    assert.deepEqual(await recordsNamed(harness, title), { gaps: 0, submissions: 0 });

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[data-id="toasts"]').getByText('Product gap flagged').waitFor();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(await recordsNamed(harness, title), { gaps: 1, submissions: 1 });
    await page.close();
  });
});
