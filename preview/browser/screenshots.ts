// `npm run docs:screenshots`: writes the README screenshots under docs/images from the preview, so
// they stay current: the Top 10 tab and the gap-scoring panel as the TPM / a Manager, the Flag
// Product Gap action with search results as a Submitter, the customer's product-gaps panel, and
// the Top 10 board as a Viewer after a publish that moved and removed entries. Each is taken only
// once its screen shows data (not a spinner), and each file is checked to be a 1366-pixel-wide PNG (a common laptop).
// A script, not a test: tests never rewrite tracked files.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../server/start';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const MANAGER = 'Product_Gap_Manager';
const SUBMITTER = 'Product_Gap_Submitter';
const VIEWER = 'Product_Gap_Viewer';
const WIDTH = 1366;
const IMAGES = join(ROOT, 'docs', 'images');
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Runs a read as the TPM, who sees everything, and returns its data. */
async function read(harness: PreviewHarness, query: string): Promise<any> {
  const tpm = harness.preview.emulator.users().find((u) => u.permissionSet === TPM);
  assert.ok(tpm, 'a preview user holds the TPM permission set');
  const response = await harness.preview.emulator.execute({ query }, tpm.id);
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  return response.data;
}

interface Busiest {
  gapId: string;
  accountId: string;
  opportunityId: string;
}

/** The gap and the account with the most submissions, and an opportunity of that account. */
async function busiest(harness: PreviewHarness): Promise<Busiest> {
  const data = await read(
    harness,
    `query { uiapi { query { Product_Gap_Submission__c(first: 2000) { edges { node {
      Product_Gap__c { value } Product_Gap__r { Status__c { value } }
      Account__c { value } Opportunity__c { value } } } } } } }`
  );
  const nodes = data.uiapi.query.Product_Gap_Submission__c.edges.map((e: any) => e.node);
  const most = (key: (node: any) => string | null) => {
    const counts = new Map<string, number>();
    for (const node of nodes) {
      const id = key(node);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  };
  const gapId = most((n) =>
    n.Product_Gap__r?.Status__c?.value === 'Open' ? n.Product_Gap__c.value : null
  );
  const accountId = most((n) => (n.Opportunity__c?.value ? n.Account__c.value : null));
  const opportunity = nodes.find(
    (n: any) => n.Account__c.value === accountId && n.Opportunity__c?.value
  );
  return {
    gapId,
    accountId,
    opportunityId: opportunity.Opportunity__c.value
  };
}

/** The word (5 letters or more) in the most open gap names, and those names, for a search with several results. */
async function commonWord(harness: PreviewHarness): Promise<{ term: string; named: string[] }> {
  const data = await read(
    harness,
    `query { uiapi { query { Product_Gap__c(first: 200, where: { Status__c: { eq: "Open" } }) {
      edges { node { Name { value } } } } } } }`
  );
  const names: string[] = data.uiapi.query.Product_Gap__c.edges.map((e: any) => e.node.Name.value);
  const byWord = new Map<string, string[]>();
  for (const name of names) {
    for (const word of new Set(name.toLowerCase().match(/[a-z]{5,}/g) ?? [])) {
      byWord.set(word, [...(byWord.get(word) ?? []), name]);
    }
  }
  const [term, named] = [...byWord].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])
  )[0];
  return { term, named };
}

/** Opens `path` as `permissionSet` at the screenshot width. */
async function openAs(harness: PreviewHarness, path: string, permissionSet: string): Promise<Page> {
  const page = await harness.open(path);
  await page.setViewportSize({ width: WIDTH, height: 900 });
  if ((await harness.session()).user.permissionSet !== permissionSet)
    await harness.switchUser(page, permissionSet);
  return page;
}

/** Saves the page (whole, or what the window shows) as docs/images/<name>; returns the PNG's width and height. */
async function shoot(
  page: Page,
  name: string,
  fullPage: boolean
): Promise<{ width: number; height: number }> {
  mkdirSync(IMAGES, { recursive: true });
  const path = join(IMAGES, name);
  rmSync(path, { force: true });
  await page.screenshot({ path, fullPage });
  const png = readFileSync(path);
  assert.equal(png.subarray(0, 8).toString('hex'), PNG_SIGNATURE, `${name} is a PNG`);
  // IHDR, the first chunk, holds the width and height right after its type.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** No spinner is left anywhere on the page. */
async function assertNoSpinner(page: Page): Promise<void> {
  assert.equal(await page.locator('lightning-spinner').count(), 0, 'no spinner in the picture');
}

/** Saves `name`, checks it is WIDTH pixels wide and that the page logged no error, and closes the page. */
async function save(
  harness: PreviewHarness,
  page: Page,
  name: string,
  fullPage = true
): Promise<void> {
  await assertNoSpinner(page);
  const size = await shoot(page, name, fullPage);
  assert.equal(size.width, WIDTH, `${name} is ${WIDTH} pixels wide`);
  assert.deepEqual(harness.errors(page), [], `no error on the page of ${name}`);
  await page.close();
  console.log(`docs/images/${name}: ${size.width}x${size.height}`);
}

/** The Top 10 tab as the TPM, once the ranking and its confidence are computed. */
async function topTenTab(harness: PreviewHarness): Promise<void> {
  const page = await openAs(harness, '/top10', TPM);
  await page
    .locator('c-top-ten-workbench .workbench[data-state="ready"][data-confidence="done"]')
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // The long ranking table below the fold is left out: the window's worth shows the tab.
  await save(harness, page, 'top10-tab.png', false);
}

/** The gap-scoring panel of the busiest open gap, as a Manager. */
async function gapScorePanel(harness: PreviewHarness, sample: Busiest): Promise<void> {
  const page = await openAs(harness, `/gap/${sample.gapId}`, MANAGER);
  const panel = page.locator('c-gap-score-panel .panel[data-state="ready"]');
  await panel.waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const shown = await panel.innerText();
  assert.match(shown, /Overall #\d+ of \d+/, 'the panel shows the live rank');
  assert.match(shown, /Metrics and ranks/);
  await save(harness, page, 'gap-score-panel.png');
}

/** The Flag Product Gap action on an opportunity, searching a word in several gap names, as a Submitter. */
async function flagProductGap(harness: PreviewHarness, sample: Busiest): Promise<void> {
  const page = await openAs(harness, `/opportunity/${sample.opportunityId}`, SUBMITTER);
  await page.getByRole('button', { name: 'Flag Product Gap', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('[data-state="ready"]').waitFor();
  const { term, named } = await commonWord(harness);
  assert.ok(named.length >= 2, `"${term}" is in several gap names`);
  // An account team types the need as they heard it: a gap's name, words in another order. The
  // matches are ranked by similarity, that gap first.
  const heard = named[0].split(' ').reverse().join(' ');
  await dialog.getByLabel('Search product gaps by name or summary').fill(heard);
  await dialog
    .getByRole('button', { name: /^Add to / })
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  await save(harness, page, 'flag-product-gap.png');
}

/** The customer's product-gaps panel on the busiest account, as a Submitter. */
async function customerGaps(harness: PreviewHarness, sample: Busiest): Promise<void> {
  const page = await openAs(harness, `/account/${sample.accountId}`, SUBMITTER);
  await page.locator('c-customer-gaps .panel[data-state="ready"]').waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  assert.ok((await page.locator('li.gap').count()) >= 2, 'the panel lists the account gaps');
  await save(harness, page, 'customer-gaps.png');
}

/** As the TPM, publishes the Top 10 with its second entry moved up and its third taken out. */
async function publishChangedTopTen(harness: PreviewHarness): Promise<void> {
  const page = await openAs(harness, '/top10', TPM);
  const curation = page.locator('c-top-ten-curation');
  const entry = (index: number) => page.locator('c-top-ten-curation-editor li.entry').nth(index);
  await curation.locator('table.comparison').waitFor({ timeout: 60_000 });
  await entry(1).locator('button[data-action="up"]').click();
  await entry(2).locator('button[data-action="remove"]').click();
  await curation.locator('lightning-button.publish button').click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Top 10 published').first().waitFor({ timeout: 30_000 });
  await page.close();
}

/** A Manager records what Product and Engineering decided for the first two published entries. */
async function alignTwoEntries(harness: PreviewHarness): Promise<void> {
  const data = await read(
    harness,
    `query { uiapi { query { Top_Ten_Entry__c(first: 2, where: { Top_Ten_Revision__r: { Status__c: { eq: "Published" } } },
      orderBy: { Rank__c: { order: ASC } }) { edges { node { Id } } } } } }`
  );
  const manager = harness.preview.emulator.users().find((u) => u.permissionSet === MANAGER);
  assert.ok(manager, 'a preview user holds the Manager permission set');
  const decisions = [
    { Roadmap_Status__c: 'Planned', Target_Quarter__c: '2027-Q1' },
    { Roadmap_Status__c: 'Under Review', Target_Quarter__c: null }
  ];
  const entries: { node: { Id: string } }[] = data.uiapi.query.Top_Ten_Entry__c.edges;
  for (const [index, { node }] of entries.entries()) {
    const response = await harness.preview.emulator.execute(
      {
        query: `mutation Align($Id: IdOrRef!, $Roadmap_Status__c: Picklist, $Target_Quarter__c: String) {
          uiapi(input: { allOrNone: true }) { Top_Ten_Entry__cUpdate(input: { Id: $Id,
            Top_Ten_Entry__c: { Roadmap_Status__c: $Roadmap_Status__c, Target_Quarter__c: $Target_Quarter__c } }) { success } } }`,
        variables: { Id: node.Id, ...decisions[index] }
      },
      manager.id
    );
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  }
}

/** The Top 10 board as a Viewer, after a publish that changed the list (movement and departures shown). */
async function topTenBoard(harness: PreviewHarness): Promise<void> {
  await publishChangedTopTen(harness);
  await alignTwoEntries(harness);
  const page = await openAs(harness, '/board', VIEWER);
  const board = page.locator('c-top-ten-board');
  await board.locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
  await board.locator('li.departure[data-reason="checking"]').waitFor({ state: 'detached' });
  assert.ok((await board.locator('li.departure').count()) > 0, 'the board shows a departure');
  await page.waitForLoadState('networkidle');
  await save(harness, page, 'top10-board.png', false);
}

/** Writes every README screenshot; the board last, as it publishes a new revision first. */
async function main(): Promise<void> {
  // The size `npm start` seeds by default.
  const harness = await startHarness({ gaps: 60, submissions: 600 });
  try {
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    const sample = await busiest(harness);
    await topTenTab(harness);
    await gapScorePanel(harness, sample);
    await flagProductGap(harness, sample);
    await customerGaps(harness, sample);
    await topTenBoard(harness);
  } finally {
    await harness.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
