// Browser test of the board's GitHub state and roadmap alignment: every entry shows the state the
// GitHub sync copied onto it and its alignment; a Manager edits an entry's alignment from the
// board; the TPM's next publish carries it into the new revision. What was saved is read back from
// the in-memory org. (The README screenshot is npm run docs:screenshots: tests write no tracked file.)
// Run: node --import tsx --test preview/browser/topTenBoardAlignment.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness } from './harness';
import { chooseOption } from './combobox';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const MANAGER = 'Product_Gap_Manager';
const SYNC = 'Product_Gap_GitHub_Sync';

const ENTRIES = `
  query AlignmentTestEntries {
    uiapi { query { Top_Ten_Revision__c(first: 50, orderBy: { Published_At__c: { order: DESC } }) {
      edges { node { Id Status__c { value }
        Entries__r(first: 10, orderBy: { Rank__c: { order: ASC } }) { edges { node {
          Id Product_Gap__c { value } Gap_Name__c { value }
          Roadmap_Status__c { value } Target_Quarter__c { value } Alignment_Note__c { value }
          Owning_PM__c { value }
        } } }
      } }
    } } }
  }
`;
const SET_LINK = `
  mutation AlignmentTestLink($Id: IdOrRef!, $url: Url) {
    uiapi { Top_Ten_Entry__cUpdate(input: { Id: $Id, Top_Ten_Entry__c: { GitHub_Issue_URL__c: $url } }) { success } }
  }
`;
const SET_STATE = `
  mutation AlignmentTestState($Id: IdOrRef!, $state: Picklist, $at: DateTime) {
    uiapi { Top_Ten_Entry__cUpdate(input: { Id: $Id, Top_Ten_Entry__c: { GitHub_State__c: $state, GitHub_Synced_At__c: $at } }) { success } }
  }
`;

interface Entry {
  id: string;
  gapId: string;
  name: string;
  roadmapStatus: string | null;
  targetQuarter: string | null;
  note: string | null;
  owningPmId: string | null;
}

function userId(harness: PreviewHarness, permissionSet: string): string {
  const user = harness.preview.emulator.users().find((u) => u.permissionSet === permissionSet);
  assert.ok(user, `no preview user holds ${permissionSet}`);
  return user.id;
}

async function run(
  harness: PreviewHarness,
  permissionSet: string,
  query: string,
  variables: Record<string, unknown> = {}
): Promise<any> {
  const response = await harness.preview.emulator.execute(
    { query, variables },
    userId(harness, permissionSet)
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  return response.data;
}

/** The entries of the Published revision, read as the TPM. */
async function publishedEntries(
  harness: PreviewHarness
): Promise<{ id: string; entries: Entry[] }> {
  const data = await run(harness, TPM, ENTRIES);
  const nodes = data.uiapi.query.Top_Ten_Revision__c.edges.map((e: any) => e.node);
  const published = nodes.filter((n: any) => n.Status__c.value === 'Published');
  assert.equal(published.length, 1, 'exactly one revision is Published');
  return {
    id: published[0].Id,
    entries: published[0].Entries__r.edges.map(({ node }: any) => ({
      id: node.Id,
      gapId: node.Product_Gap__c.value,
      name: node.Gap_Name__c.value,
      roadmapStatus: node.Roadmap_Status__c?.value ?? null,
      targetQuarter: node.Target_Quarter__c?.value ?? null,
      note: node.Alignment_Note__c?.value ?? null,
      owningPmId: node.Owning_PM__c?.value ?? null
    }))
  };
}

const board = (page: Page) => page.locator('c-top-ten-board');
const row = (page: Page, index: number) => board(page).locator('tr.entry').nth(index);

async function openBoard(harness: PreviewHarness, permissionSet: string): Promise<Page> {
  const page = await harness.open('/');
  if ((await harness.session()).user.permissionSet !== permissionSet)
    await harness.switchUser(page, permissionSet);
  await page.goto(`${harness.baseUrl}/board`);
  await harness.ready(page);
  await board(page).locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

/** As the TPM: publish the Top 10 tab's proposal unchanged. */
async function publishAsTpm(harness: PreviewHarness): Promise<void> {
  const page = await harness.open('/top10');
  if ((await harness.session()).user.permissionSet !== TPM) await harness.switchUser(page, TPM);
  const curation = page.locator('c-top-ten-curation');
  await curation.locator('table.comparison').waitFor({ timeout: 60_000 });
  await curation.locator('lightning-button.publish button').click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Top 10 published').first().waitFor({ timeout: 30_000 });
  await page.close();
}

describe('Top 10 board: GitHub state and roadmap alignment', () => {
  let harness: PreviewHarness;
  let before1: { id: string; entries: Entry[] };

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    before1 = await publishedEntries(harness);
    const [first, second, third] = before1.entries;
    // Links as the TPM (who publishes them), states as the GitHub sync.
    const links = [
      [first, 'https://github.com/acme/platform/issues/101', 'Closed - Completed'],
      [second, 'https://github.com/acme/platform/pull/7', 'Open'],
      [third, 'https://github.com/acme/platform/discussions/3', null]
    ] as const;
    for (const [entry, url, state] of links) {
      await run(harness, TPM, SET_LINK, { Id: entry.id, url });
      if (state)
        await run(harness, SYNC, SET_STATE, {
          Id: entry.id,
          state,
          at: '2026-12-01T09:00:00.000Z'
        });
    }
  });

  after(async () => {
    await harness?.stop();
  });

  test('every entry shows its GitHub state and alignment; a Manager edits one; the next publish carries it', async () => {
    const page = await openBoard(harness, MANAGER);
    const states = await board(page).locator('tr.entry td.github').allInnerTexts();
    // Each link names its kind and number: a pull request reads as one.
    assert.match(states[0], /^Issue #101\s*Closed - Completed/);
    assert.match(states[1], /^Pull request #7\s*Open/);
    assert.match(states[2], /^Discussion #3\s*Not synced/);
    const alignments = board(page).locator('tr.entry c-entry-alignment');
    assert.equal(await alignments.count(), before1.entries.length, 'an alignment cell per entry');
    assert.match(await row(page, 0).locator('td.roadmap').innerText(), /No roadmap decision yet/);

    const target = before1.entries[0];
    await row(page, 0)
      .getByRole('button', { name: `Edit alignment of ${target.name}` })
      .click();
    const editor = row(page, 0).locator('c-entry-alignment .editor');
    await editor.waitFor();
    await chooseOption(editor.locator('lightning-combobox.roadmap-status-input'), 'Planned');
    const quarter = editor.locator('lightning-input.target-quarter-input input');
    await quarter.fill('2027-Q2');
    await quarter.press('Tab');
    const note = editor.locator('lightning-textarea.note-input textarea');
    await note.fill('Agreed in the Q4 roadmap review');
    await note.press('Tab');

    // The owning PM is searched by name and chosen with the keyboard.
    const picker = editor.locator('c-entry-owner-picker');
    const search = picker.getByRole('searchbox', { name: 'Search users by name' });
    await search.fill('zzqx');
    await picker.getByText('No user matches “zzqx”.').waitFor();
    await search.fill('Ada');
    await picker.getByRole('button', { name: 'Ada Abara' }).waitFor();
    const activeText = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return (el?.textContent ?? '').trim();
      });
    // Tab leads from the search box to the matches (past the box's own clear button, if any).
    await search.focus();
    for (let i = 0; i < 3 && (await activeText()) !== 'Ada Abara'; i++)
      await page.keyboard.press('Tab');
    assert.equal(await activeText(), 'Ada Abara');
    await page.keyboard.press('Enter');
    await picker.locator('.chosen-name').getByText('Ada Abara').waitFor();
    // The focus moves to the chosen user's remove button, not to <body>.
    const active = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('title') ?? el?.getAttribute('aria-label') ?? el?.tagName ?? null;
    });
    assert.equal(active, 'Remove Ada Abara as owning PM');
    await editor.locator('lightning-button.save button').click();
    await row(page, 0).locator('.roadmap-status').waitFor({ timeout: 30_000 });
    assert.match(
      await row(page, 0).locator('td.roadmap').innerText(),
      /Planned[\s\S]*2027-Q2[\s\S]*Ada Abara/
    );

    const saved = (await publishedEntries(harness)).entries[0];
    assert.equal(saved.roadmapStatus, 'Planned');
    assert.equal(saved.targetQuarter, '2027-Q2');
    assert.equal(saved.note, 'Agreed in the Q4 roadmap review');
    assert.equal(saved.owningPmId, userId(harness, TPM));

    await page.reload();
    await harness.ready(page);
    await board(page).locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
    assert.deepEqual(harness.errors(page), []);
    await page.close();

    await publishAsTpm(harness);
    const next = await publishedEntries(harness);
    assert.notEqual(next.id, before1.id, 'a new revision was published');
    const carried = next.entries.find((e) => e.gapId === target.gapId);
    assert.ok(carried, 'the gap stayed in the list');
    assert.equal(carried.roadmapStatus, 'Planned');
    assert.equal(carried.targetQuarter, '2027-Q2');
    assert.equal(carried.note, 'Agreed in the Q4 roadmap review');
    assert.equal(carried.owningPmId, userId(harness, TPM));
    const others = next.entries.filter((e) => e.gapId !== target.gapId);
    assert.ok(
      others.every((e) => e.roadmapStatus === null),
      'nothing invented for the others'
    );
  });

  test('a Viewer sees the alignment but no editor', async () => {
    const page = await openBoard(harness, 'Product_Gap_Viewer');
    assert.equal(await board(page).locator('c-entry-alignment .edit').count(), 0);
    assert.ok((await board(page).locator('tr.entry td.github').count()) > 0);
    await page.close();
  });
});
