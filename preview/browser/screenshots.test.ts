// Writes the README screenshots of the record-page screens from the preview, so they stay current:
// the gap-scoring panel as a Manager, the Flag Product Gap action with search results as a
// Submitter, and the customer's product-gaps panel. Each is taken only once its screen shows data
// (not a spinner), and each file is checked to be a 1280-pixel-wide PNG.
// Run: node --import tsx --test preview/browser/screenshots.test.ts
import { after, before, describe, test } from 'node:test';
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
const WIDTH = 1280;
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

/** Saves the whole page as docs/images/<name> and returns the PNG's width and height. */
async function shoot(page: Page, name: string): Promise<{ width: number; height: number }> {
  mkdirSync(IMAGES, { recursive: true });
  const path = join(IMAGES, name);
  rmSync(path, { force: true });
  await page.screenshot({ path, fullPage: true });
  const png = readFileSync(path);
  assert.equal(png.subarray(0, 8).toString('hex'), PNG_SIGNATURE, `${name} is a PNG`);
  // IHDR, the first chunk, holds the width and height right after its type.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** No spinner is left anywhere on the page. */
async function assertNoSpinner(page: Page): Promise<void> {
  assert.equal(await page.locator('lightning-spinner').count(), 0, 'no spinner in the picture');
}

describe('README screenshots of the record-page screens', () => {
  let harness: PreviewHarness;
  let sample: Busiest;

  before(async () => {
    harness = await startHarness({ gaps: 12, submissions: 60 });
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    sample = await busiest(harness);
  });

  after(async () => {
    await harness?.stop();
  });

  test('the gap-scoring panel as a Manager: docs/images/gap-score-panel.png', async () => {
    const page = await openAs(harness, `/gap/${sample.gapId}`, MANAGER);
    const panel = page.locator('c-gap-score-panel .panel[data-state="ready"]');
    await panel.waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const shown = await panel.innerText();
    assert.match(shown, /Overall #\d+ of \d+/, 'the panel shows the live rank');
    assert.match(shown, /Metrics and ranks/);
    await assertNoSpinner(page);
    const size = await shoot(page, 'gap-score-panel.png');
    assert.equal(size.width, WIDTH);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('the Flag Product Gap action with search results as a Submitter: docs/images/flag-product-gap.png', async () => {
    const page = await openAs(harness, `/opportunity/${sample.opportunityId}`, SUBMITTER);
    await page.getByRole('button', { name: 'Flag Product Gap', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-state="ready"]').waitFor();
    const { term, named } = await commonWord(harness);
    await dialog.getByLabel('Search product gaps by name or summary').fill(term);
    await dialog.getByRole('button', { name: `Add to ${named[0]}` }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok(named.length >= 2, `"${term}" is in several gap names`);
    for (const name of named) {
      await dialog.getByRole('button', { name: `Add to ${name}` }).waitFor();
    }
    await assertNoSpinner(page);
    const size = await shoot(page, 'flag-product-gap.png');
    assert.equal(size.width, WIDTH);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('the customer product-gaps panel: docs/images/customer-gaps.png', async () => {
    const page = await openAs(harness, `/account/${sample.accountId}`, SUBMITTER);
    await page.locator('c-customer-gaps .panel[data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    assert.ok((await page.locator('li.gap').count()) >= 2, 'the panel lists the account gaps');
    await assertNoSpinner(page);
    const size = await shoot(page, 'customer-gaps.png');
    assert.equal(size.width, WIDTH);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
