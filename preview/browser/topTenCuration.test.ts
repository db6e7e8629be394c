// Browser tests of Top 10 curation (c-top-ten-curation inside the Top 10 tab): curate and publish,
// a publish race between two browsers, the read-only view, and a resolved gap's replacement.
// What was published is read back from the in-memory org, not from the screen.
// Run: node --import tsx --test preview/browser/topTenCuration.test.ts
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

interface PublishedEntry {
  rank: number;
  gapId: string;
  name: string;
  githubUrl: string | null;
  rationale: string | null;
  pinned: boolean;
}
interface PublishedRevision {
  id: string;
  status: string;
  notes: string | null;
  publisher: string | null;
  entries: PublishedEntry[];
}

const REVISIONS = `
  query TestRevisions {
    uiapi {
      query {
        Top_Ten_Revision__c(first: 50, orderBy: { Published_At__c: { order: DESC } }) {
          edges {
            node {
              Id
              Status__c { value }
              Notes__c { value }
              CreatedBy { Name { value } }
              Entries__r(first: 20, orderBy: { Rank__c: { order: ASC } }) {
                edges {
                  node {
                    Rank__c { value }
                    Product_Gap__c { value }
                    Gap_Name__c { value }
                    GitHub_Issue_URL__c { value }
                    Rationale__c { value }
                    Pinned__c { value }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

type Wrapped = { value: unknown } | null;
const value = (field: Wrapped) => (field ? field.value : null);

function userId(harness: PreviewHarness, permissionSet: string): string {
  const user = harness.preview.emulator.users().find((u) => u.permissionSet === permissionSet);
  assert.ok(user, `no preview user holds ${permissionSet}`);
  return user.id;
}

/** Every revision in the org, newest first, read as the TPM through GraphQL. */
async function revisions(harness: PreviewHarness): Promise<PublishedRevision[]> {
  const response = await harness.preview.emulator.execute(
    { query: REVISIONS, operationName: 'TestRevisions' },
    userId(harness, 'Product_Gap_TPM')
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const data = response.data as {
    uiapi: { query: { Top_Ten_Revision__c: { edges: { node: Record<string, any> }[] } } };
  };
  return data.uiapi.query.Top_Ten_Revision__c.edges.map(({ node }) => ({
    id: node.Id,
    status: value(node.Status__c) as string,
    notes: value(node.Notes__c) as string | null,
    publisher: value(node.CreatedBy?.Name) as string | null,
    entries: node.Entries__r.edges.map(({ node: entry }: { node: Record<string, Wrapped> }) => ({
      rank: value(entry.Rank__c) as number,
      gapId: value(entry.Product_Gap__c) as string,
      name: value(entry.Gap_Name__c) as string,
      githubUrl: value(entry.GitHub_Issue_URL__c) as string | null,
      rationale: value(entry.Rationale__c) as string | null,
      pinned: value(entry.Pinned__c) === true
    }))
  }));
}

async function publishedRevision(harness: PreviewHarness): Promise<PublishedRevision> {
  const published = (await revisions(harness)).filter((r) => r.status === 'Published');
  assert.equal(published.length, 1, 'exactly one revision is Published');
  return published[0];
}

/** A published list is complete: ranks 1..n without gaps or repeats, each gap once. */
function assertComplete(revision: PublishedRevision, size: number): void {
  assert.deepEqual(
    revision.entries.map((e) => e.rank),
    Array.from({ length: size }, (_, i) => i + 1)
  );
  assert.equal(new Set(revision.entries.map((e) => e.gapId)).size, size);
}

const curation = (page: Page) => page.locator('c-top-ten-curation');
const entries = (page: Page) => page.locator('c-top-ten-curation-editor li.entry');
const entry = (page: Page, index: number) => entries(page).nth(index);

async function openCuration(harness: PreviewHarness, page?: Page): Promise<Page> {
  const opened = page ?? (await harness.open('/top10'));
  await curation(opened).waitFor({ timeout: 30_000 });
  await curation(opened).locator('table.comparison').waitFor({ timeout: 30_000 });
  return opened;
}

/** True when the element is the focused element of its shadow root (or the document). */
async function hasFocus(target: Locator): Promise<boolean> {
  if ((await target.count()) === 0) return false;
  return target.evaluate(
    (element) => (element.getRootNode() as ShadowRoot | Document).activeElement === element
  );
}

/** The focused element through the shadow roots: 'host>host>…>tag.class'. */
function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const path: string[] = [];
    let active: Element | null = document.activeElement;
    while (active) {
      path.push(`${active.localName}.${active.className}`);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.map((step) => step.replace(/\.$/, '')).join('>');
  });
}

async function entryNames(page: Page): Promise<string[]> {
  return (await entries(page).locator('.name').allInnerTexts()).map((name) => name.trim());
}

/** Types into a field and leaves it, as a person does (the draft takes the value on change). */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

async function publish(page: Page, notes: string): Promise<void> {
  await typeInto(curation(page).locator('lightning-textarea.notes textarea'), notes);
  await curation(page).locator('lightning-button.publish button').click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
}

describe('Top 10 curation', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
  });

  after(async () => {
    await harness?.stop();
  });

  beforeEach(async () => {
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    // The preview user outlives a reset: a page is opened only to switch to the TPM.
    if ((await harness.session()).user.permissionSet === 'Product_Gap_TPM') return;
    const page = await harness.open('/');
    await harness.switchUser(page, 'Product_Gap_TPM');
    await page.close();
  });

  test('the TPM curates, publishes, reloads and sees the new revision', async () => {
    const page = await openCuration(harness);
    const before = await entryNames(page);
    assert.equal(before.length, 10);

    const second = entry(page, 1);
    await second.locator('button[data-action="up"]').focus();
    await page.keyboard.press('Enter');
    await entries(page).first().locator('.name', { hasText: before[1] }).waitFor();
    // The focus stays on the moved entry: at the top its up button is disabled, so its down button.
    const focused = await entry(page, 0)
      .locator('button[data-action="down"]')
      .evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button);
    assert.equal(focused, true, 'focus kept on the moved entry');
    const moved = await entryNames(page);
    assert.deepEqual(moved.slice(0, 2), [before[1], before[0]]);
    await assert.doesNotReject(
      page.getByText(`${before[1]} moved to position 1 of 10.`).waitFor({ state: 'attached' })
    );

    // The entry is compact: its link and rationale editors open on demand.
    const details = entry(page, 0).locator('button[data-action="details"]');
    assert.equal(await details.getAttribute('aria-expanded'), 'false');
    assert.equal(await entry(page, 0).locator('input.link-input').count(), 0);
    await details.click();
    await typeInto(
      entry(page, 0).locator('input.link-input'),
      'https://github.com.evil.io/acme/app/issues/1'
    );
    assert.equal(
      await curation(page).locator('lightning-button.publish button').isDisabled(),
      true
    );
    await typeInto(
      entry(page, 0).locator('input.link-input'),
      'https://github.com/acme/app/issues/42'
    );
    await typeInto(
      entry(page, 0).locator('lightning-textarea.rationale-input textarea'),
      'Blocks renewals'
    );
    assert.equal(
      await curation(page).locator('lightning-button.publish button').isDisabled(),
      false
    );

    // Opened from the keyboard, the modal lists what will be published, in order, and holds the focus.
    await curation(page).locator('lightning-button.publish button').focus();
    await page.keyboard.press('Enter');
    const modal = page.getByRole('dialog', { name: 'Publish this Top 10?' });
    await modal.waitFor();
    assert.deepEqual(
      (await modal.locator('ol.entries .name').allInnerTexts()).map((name) => name.trim()),
      await entryNames(page)
    );
    assert.match(await modal.locator('.changes').innerText(), /new, .* moved, .* dropped/);
    await page.waitForFunction(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return Boolean(active?.closest('[role="dialog"]'));
    });
    // Escape closes the confirmation without publishing and gives the focus back to the Publish button.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const back = await curation(page)
      .locator('lightning-button.publish button')
      .evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button);
    assert.equal(back, true, 'focus back on Publish');
    assert.equal(
      (await revisions(harness)).filter((r) => r.notes === 'Browser test publish').length,
      0
    );

    await publish(page, 'Browser test publish');
    await page.getByText('Top 10 published').first().waitFor();

    const revision = await publishedRevision(harness);
    assertComplete(revision, 10);
    assert.deepEqual(
      revision.entries.map((e) => e.name),
      moved
    );
    assert.equal(revision.notes, 'Browser test publish');
    assert.deepEqual(
      {
        url: revision.entries[0].githubUrl,
        why: revision.entries[0].rationale,
        pinned: revision.entries[0].pinned
      },
      { url: 'https://github.com/acme/app/issues/42', why: 'Blocks renewals', pinned: true }
    );

    await page.reload();
    await harness.ready(page);
    await openCuration(harness, page);
    assert.deepEqual(await entryNames(page), moved);
    const kinds = await page
      .locator('c-top-ten-curation-comparison tr.comparison-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-gap-kind')));
    assert.deepEqual(kinds, Array(10).fill('same'));
    assert.match(await curation(page).locator('.published-summary').innerText(), /Published by /);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  for (const width of [1366, 1024]) {
    test(`at ${width} px the curation sits beside the ranking and the keyboard reaches it in a few keys`, async () => {
      const page = await openCuration(harness);
      await page.setViewportSize({ width, height: 800 });
      const panel = await curation(page).boundingBox();
      const table = await page.locator('c-ranking-table').boundingBox();
      assert.ok(panel && table);
      assert.ok(panel.x >= table.x + table.width - 1, `panel at x=${panel.x}, beside the ranking`);
      assert.ok(
        panel.y < table.y + 100,
        `panel at y=${panel.y}, level with the ranking at ${table.y}`
      );

      // From the ranking's first control: back to the skip link, Enter, and the panel has the focus.
      await page.locator('c-ranking-table').locator('a[href], button').first().focus();
      const skip = page.locator('lightning-button.to-curation button');
      let keys = 0;
      while (!(await hasFocus(skip)) && keys < 20) {
        await page.keyboard.press('Shift+Tab');
        keys++;
      }
      await page.keyboard.press('Enter');
      keys++;
      assert.match(await deepFocus(page), /c-top-ten-curation>.*published-summary/);
      await page.keyboard.press('Tab');
      keys++;
      assert.match(await deepFocus(page), /c-top-ten-curation-entry>.*details-toggle/);
      console.log(`# ${width} px: ranking to the first curation entry in ${keys} keystrokes`);
      assert.ok(keys <= 6, `${keys} keystrokes from the ranking to the first entry`);

      // Each entry is two Tab stops (its details toggle, its toolbar of move, pin and remove
      // buttons): from the first entry the Publish button is a short walk, not 50-odd stops.
      const publishControl = page.locator(
        'c-top-ten-curation-publish lightning-button.publish button'
      );
      let toPublish = 0;
      while (!(await hasFocus(publishControl)) && toPublish < 80) {
        await page.keyboard.press('Tab');
        toPublish++;
      }
      console.log(`# ${width} px: ${toPublish} tab stops from the first entry to Publish`);
      assert.ok(await hasFocus(publishControl), 'Tab reaches Publish');
      assert.ok(toPublish <= 30, `${toPublish} tab stops from the first entry to Publish`);

      // From the top of the card: Tab stops before the skip link, then Enter.
      await page.locator('lightning-button.export button').focus();
      let stops = 0;
      while (!(await hasFocus(skip)) && stops < 60) {
        await page.keyboard.press('Tab');
        stops++;
      }
      console.log(`# ${width} px: ${stops} tab stops from Export CSV to the skip link`);
      assert.ok(await hasFocus(skip), 'the skip link comes before the ranking');
      await page.close();
    });
  }

  test('two browsers publish from the same view: one succeeds, the other is refused and keeps its draft', async () => {
    const first = await openCuration(harness);
    const other = await launchChromium();
    try {
      const second = await other.context.newPage();
      await second.goto(`${harness.baseUrl}/top10`);
      await harness.ready(second);
      await openCuration(harness, second);
      const names = await entryNames(second);

      await entry(first, 2).locator('button[data-action="remove"]').click();
      const firstList = await entryNames(first);
      await entry(second, 3).locator('button[data-action="up"]').click();
      const secondList = await entryNames(second);
      assert.notDeepEqual(firstList, secondList);

      await publish(first, 'First');
      await first.getByText('Top 10 published').first().waitFor();
      await publish(second, 'Second');
      const refusal = curation(second).locator('.refusal');
      await refusal.filter({ hasText: 'published a new Top 10 on' }).waitFor();
      const tpmName = harness.preview.emulator
        .users()
        .find((u) => u.permissionSet === 'Product_Gap_TPM')!.name;
      assert.match(
        await refusal.innerText(),
        new RegExp(`Not published: ${tpmName} published a new Top 10 on`)
      );
      assert.deepEqual(await entryNames(second), secondList, 'the refused draft is kept on screen');
      await second.reload();
      await harness.ready(second);
      await openCuration(harness, second);
      assert.deepEqual(
        (await entryNames(second)).slice(2, 4),
        [names[3], names[2]],
        'and across a reload'
      );
      assert.equal(
        await curation(second).locator('.stale-draft').count(),
        1,
        'flagged as built on an older revision'
      );

      const revision = await publishedRevision(harness);
      assertComplete(revision, 10);
      assert.deepEqual(
        revision.entries.map((e) => e.name),
        firstList
      );
      assert.equal(revision.notes, 'First');
      const all = await revisions(harness);
      assert.equal(
        all.filter((r) => r.notes === 'Second').length,
        0,
        'nothing of the refused publish was written'
      );
    } finally {
      await other.close();
      await first.close();
    }
  });

  test('without Publish_Top_10 no curating or publishing control shows: a Manager reads the comparison, a Viewer nothing to publish', async () => {
    const home = await harness.open('/');
    await harness.switchUser(home, 'Product_Gap_Manager');
    await home.close();
    const manager = await harness.open('/top10');
    await curation(manager).locator('.read-only-hint').waitFor({ timeout: 30_000 });
    assert.ok(
      (await manager.locator('c-top-ten-curation-comparison tr.comparison-row').count()) >= 10
    );
    assert.equal(await manager.locator('c-top-ten-curation-editor').count(), 0);
    assert.equal(await manager.getByRole('button', { name: 'Publish Top 10' }).count(), 0);
    assert.equal(await manager.locator('c-top-ten-curation-comparison button').count(), 0);

    await harness.switchUser(manager, 'Product_Gap_Viewer');
    await manager.close();
    const viewer = await harness.open('/top10');
    // The Viewer's permission set grants no Top 10 tab: the org refuses the page, and nothing
    // of the tab (let alone a publishing control) is drawn.
    await viewer.locator('[data-id="no-access"]').getByText('Insufficient Privileges').waitFor({
      timeout: 30_000
    });
    assert.equal(await viewer.locator('c-top-ten-workbench').count(), 0);
    assert.equal(await viewer.locator('c-top-ten-curation-editor').count(), 0);
    assert.equal(await viewer.getByRole('button', { name: 'Publish Top 10' }).count(), 0);
    await viewer.close();
  });

  test('a Top 10 gap marked Done by a Manager is replaced in one action and the replacement published', async () => {
    const published = await publishedRevision(harness);
    const target = published.entries[1];
    const done = await harness.preview.emulator.execute(
      {
        query: `mutation MarkDone($input: Product_Gap__cUpdateInput!) {
          uiapi(input: { allOrNone: true }) { Product_Gap__cUpdate(input: $input) { success } }
        }`,
        variables: { input: { Id: target.gapId, Product_Gap__c: { Status__c: 'Done' } } },
        operationName: 'MarkDone'
      },
      userId(harness, 'Product_Gap_Manager')
    );
    assert.equal(done.errors, undefined, JSON.stringify(done.errors));

    const page = await openCuration(harness);
    const resolved = page.locator('c-top-ten-curation-comparison tr.kind-resolved');
    await resolved.waitFor();
    assert.match(await resolved.innerText(), /Done/);
    assert.match(await resolved.innerText(), /Proposed replacement: /);
    const accept = resolved.getByRole('button', { name: /^Accept / });
    const replacementId = await accept.getAttribute('data-gap-id');
    await accept.click();
    await resolved.locator('.accepted').waitFor();
    await publish(page, 'Replaced a done gap');
    await page.getByText('Top 10 published').first().waitFor();

    const revision = await publishedRevision(harness);
    assertComplete(revision, 10);
    assert.equal(revision.entries[1].gapId, replacementId);
    assert.equal(revision.entries[1].pinned, true);
    assert.ok(
      !revision.entries.some((e) => e.gapId === target.gapId),
      'the done gap left the list'
    );
    await page.close();
  });
});
