// Browser tests of the gap-scoring panel (c-gap-score-panel) on the Product Gap record page in the
// preview: while the exact read runs it shows the places the aggregate totals give, marked, and
// the rest pending, then the live ranks; its live ranks agree with the Top 10 tab for the same gap and weights, a Manager's
// merge moves the merged gap's accounts and ARR to the survivor in the Top 10 tab, neither a
// Viewer nor a Submitter can merge, and a gap whose GitHub issue was completed is set Done by a
// Manager (the Top 10 then proposes its replacement) but not by a Submitter.
// Run: node --import tsx --test preview/browser/gapScorePanel.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { operationNameOf } from '../server/app';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const MANAGER = 'Product_Gap_Manager';
const SIZE = { gaps: 60, submissions: 600 };

const panel = (page: Page) => page.locator('c-gap-score-panel .panel');

async function openGap(harness: PreviewHarness, page: Page, gapId: string): Promise<void> {
  await page.goto(`${harness.baseUrl}/gap/${gapId}`);
  await harness.ready(page);
  await page.locator('c-gap-score-panel .panel:not([data-state="loading"])').waitFor();
}

// Errors on the gap record pages only: the Top 10 tab's date picker (lightning-datepicker `max`)
// throws a TypeError in the preview since the formatter moved to @salesforce/i18n; that is the
// tab's, not this panel's, so the panel's tests refuse any error seen while a /gap/ page is open.
const gapPageErrors: string[] = [];

/** Records console and page errors of `page` while it shows a gap record page. */
function watchGapPages(page: Page): void {
  const onGapPage = () => new URL(page.url()).pathname.startsWith('/gap/');
  page.on('pageerror', (error) => {
    if (onGapPage()) gapPageErrors.push(`page error: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && onGapPage()) gapPageErrors.push(`console: ${message.text()}`);
  });
}

async function openTopTen(harness: PreviewHarness, page: Page): Promise<void> {
  await page.goto(`${harness.baseUrl}/top10`);
  await harness.ready(page);
  await page
    .locator('c-top-ten-workbench .workbench[data-state="ready"]')
    .waitFor({ timeout: 60_000 });
}

/** One Top 10 tab row: its rank, accounts (first line of the cell) and whole ARR text; null when absent. */
async function tableRow(page: Page, gapId: string) {
  const row = page.locator(`c-ranking-table tbody tr[data-id="${gapId}"]`);
  if ((await row.count()) === 0) return null;
  const cell = async (metric: string) =>
    (await row.locator(`td[data-metric="${metric}"]`).innerText()).split('\n')[0].trim();
  return {
    rank: Number((await row.locator('td.rank').innerText()).replace(/\D/g, '')),
    accounts: Number(await cell('accounts')),
    // The cell shows money short ("$4.3M"); its title holds the whole amount.
    arr: (await row.locator('td[data-metric="arr"]').getAttribute('title')) ?? (await cell('arr'))
  };
}

/** Every row id of the Top 10 tab in rank order. */
async function tableIds(page: Page): Promise<string[]> {
  return page
    .locator('c-ranking-table tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

/** Parses "$1,234" into 1234. */
const dollars = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));

interface SubmissionParents {
  accounts: Set<string>;
  opportunities: Set<string>;
}

/** Account and opportunity Ids of a gap's own submissions, read as the TPM. */
async function parentsOf(harness: PreviewHarness, gapId: string): Promise<SubmissionParents> {
  const tpm = harness.preview.emulator.users().find((user) => user.permissionSet === TPM)!;
  const response = await harness.preview.emulator.execute(
    {
      query: `query Parents($gapId: ID) { uiapi { query { Product_Gap_Submission__c(first: 2000,
        where: { or: [{ Product_Gap__c: { eq: $gapId } }, { Product_Gap__r: { Duplicate_Of__c: { eq: $gapId } } }] }) {
        edges { node { Account__c { value } Opportunity__c { value } } } } } } }`,
      variables: { gapId }
    },
    tpm.id
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const nodes = (response.data as any).uiapi.query.Product_Gap_Submission__c.edges.map(
    (e: any) => e.node
  );
  return {
    accounts: new Set(nodes.map((node: any) => node.Account__c.value)),
    opportunities: new Set(nodes.map((node: any) => node.Opportunity__c.value).filter(Boolean))
  };
}

async function duplicateOf(harness: PreviewHarness, gapId: string): Promise<string | null> {
  const tpm = harness.preview.emulator.users().find((user) => user.permissionSet === TPM)!;
  const response = await harness.preview.emulator.execute(
    {
      query: `query One($gapId: ID) { uiapi { query { Product_Gap__c(first: 1, where: { Id: { eq: $gapId } }) {
        edges { node { Duplicate_Of__c { value } Status__c { value } } } } } } }`,
      variables: { gapId }
    },
    tpm.id
  );
  return (response.data as any).uiapi.query.Product_Gap__c.edges[0].node.Duplicate_Of__c.value;
}

/** Gap Ids of the published Top 10, in rank order, read as the TPM. */
async function publishedGapIds(harness: PreviewHarness): Promise<string[]> {
  const tpm = harness.preview.emulator.users().find((user) => user.permissionSet === TPM)!;
  const response = await harness.preview.emulator.execute(
    {
      query: `query Published { uiapi { query { Top_Ten_Entry__c(first: 10,
        where: { Top_Ten_Revision__r: { Status__c: { eq: "Published" } } },
        orderBy: { Rank__c: { order: ASC } }) { edges { node { Product_Gap__c { value } } } } } } }`
    },
    tpm.id
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  return (response.data as any).uiapi.query.Top_Ten_Entry__c.edges.map(
    (edge: any) => edge.node.Product_Gap__c.value
  );
}

/** Records, as the GitHub sync does, that the gap's linked issue was closed as completed. */
async function completeOnGitHub(harness: PreviewHarness, gapId: string): Promise<void> {
  const sync = harness.preview.emulator.integrationUser?.();
  assert.ok(sync, 'the emulator has an integration user');
  const response = await harness.preview.emulator.execute(
    {
      query: `mutation Sync($input: Product_Gap__cUpdateInput!) {
        uiapi(input: { allOrNone: true }) { Product_Gap__cUpdate(input: $input) { success } } }`,
      variables: {
        input: {
          Id: gapId,
          Product_Gap__c: {
            GitHub_Issue_URL__c: 'https://github.com/acme/platform/issues/4242',
            GitHub_State__c: 'Closed - Completed'
          }
        }
      }
    },
    sync.id
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
}

async function statusOf(harness: PreviewHarness, gapId: string): Promise<string> {
  const tpm = harness.preview.emulator.users().find((user) => user.permissionSet === TPM)!;
  const response = await harness.preview.emulator.execute(
    {
      query: `query One($gapId: ID) { uiapi { query { Product_Gap__c(first: 1, where: { Id: { eq: $gapId } }) {
        edges { node { Status__c { value } } } } } } }`,
      variables: { gapId }
    },
    tpm.id
  );
  return (response.data as any).uiapi.query.Product_Gap__c.edges[0].node.Status__c.value;
}

/** Opens the merge form, finds the survivor by name, picks it and confirms. */
async function merge(page: Page, survivorName: string): Promise<void> {
  await page.getByRole('button', { name: 'Merge into another gap' }).click();
  await page.getByLabel('Find the surviving gap').fill(survivorName);
  const option = page.locator('c-gap-score-panel-merge lightning-radio-group label', {
    hasText: `${survivorName} — `
  });
  await option.first().waitFor();
  await option.first().click();
  await page.locator('c-gap-score-panel-merge .merge-moves').waitFor();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
}

/**
 * On a gap page whose exact read is held: the places from the totals, marked, the rest pending and
 * said once; then, after `release` lets the read through, the live ranks replace them.
 */
async function assertPartialThenLive(page: Page, release: () => Promise<void>): Promise<void> {
  const ranks = page.locator('c-gap-score-panel .metric-rank');
  await ranks.filter({ hasText: 'from totals' }).first().waitFor({ timeout: 60_000 });
  const partial = await ranks.allInnerTexts();
  // Seeded weights: ARR, TAM and lost ARR wait; accounts, strategic and P0 come from the totals.
  assert.deepEqual(
    partial.map((line) => line.replace(/#\d+( \(tied\))? of \d+/, '#n')),
    [
      'Place by ARR: pending',
      '#n by accounts, from totals',
      '#n by strategic accounts, from totals',
      '#n by P0 accounts, from totals',
      'Place by TAM: pending',
      'Place by lost ARR: pending'
    ]
  );
  assert.equal(
    await page.locator('c-gap-score-panel .overall-pending').innerText(),
    'Overall rank: pending until every submission is read'
  );
  assert.match(
    await page.locator('c-gap-score-panel .partial-source').innerText(),
    /^Places marked “from totals” are among all \d+ open gaps/
  );
  assert.equal(await page.locator('c-gap-score-panel .overall').count(), 0);
  assert.equal(
    await page.locator('c-gap-score-panel .rank-announcement').innerText(),
    'Places from per-gap totals shown. The overall rank follows when every submission is read.'
  );
  await release();
  await page
    .locator('c-gap-score-panel .source', { hasText: /^Live, all \d+ open gaps/ })
    .waitFor({ timeout: 60_000 });
  const live = await ranks.allInnerTexts();
  assert.equal(live.length, 6);
  assert.ok(
    live.every((line) => /^#\d+( \(tied\))? of \d+ by /.test(line)),
    live.join(' | ')
  );
  assert.match(
    await page.locator('c-gap-score-panel .rank-announcement').innerText(),
    /^Live ranks shown\. Overall #\d+ of \d+/
  );
}

describe('Gap scoring panel', () => {
  let harness: PreviewHarness;
  let page: Page;

  before(async () => {
    harness = await startHarness(SIZE);
    page = await harness.open('/');
    watchGapPages(page);
    await harness.switchUser(page, TPM);
  });

  after(async () => {
    await harness?.stop();
  });

  test('opens with the places from the totals, then the exact ranking, and says why: ARR has no documented aggregate', async () => {
    await openTopTen(harness, page);
    const [gapId] = await tableIds(page);
    const operations: string[] = [];
    const listener = (request: { url(): string; postData(): string | null }) => {
      if (!request.url().endsWith('/graphql')) return;
      // A wire without an operationName is named by its document's operation.
      operations.push(operationNameOf(JSON.parse(request.postData() ?? '{}')));
    };
    page.on('request', listener);
    // The exact read's requests wait until the places from the totals have been seen (so the
    // page never goes network-idle meanwhile: no harness.ready until they are let through).
    const held: Route[] = [];
    let holding = true;
    await page.route('**/graphql', async (route) => {
      const name = operationNameOf(JSON.parse(route.request().postData() ?? '{}'));
      if (holding && name.startsWith('Ranking')) held.push(route);
      else await route.continue();
    });
    const release = async () => {
      holding = false;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    };
    try {
      await page.goto(`${harness.baseUrl}/gap/${gapId}`);
      await assertPartialThenLive(page, release);
    } finally {
      await release();
      await page.unroute('**/graphql');
      page.off('request', listener);
    }
    // The exact read is the Top 10 tab's parallel load: gaps, counts, parents, then the ranges.
    const sent = ['GapDetail', 'GapMetricTotals', 'TopTenRevisions', 'RankingBase'];
    for (const operation of [...sent, 'RankingSubmissionCounts', 'RankingCustomers'])
      assert.ok(operations.includes(operation), `${operation} was not sent`);
    assert.ok(
      !operations.includes('RankingSubmissionsPage'),
      'the one-after-another read was sent'
    );
    assert.match(
      await page.locator('c-gap-score-panel .exact-fallback').innerText(),
      /The published weights count ARR, TAM or lost ARR/
    );
    assert.match(
      await page.locator('c-gap-score-panel .metric-rank').first().innerText(),
      /^#\d+( \(tied\))? of \d+ by ARR$/
    );
    assert.deepEqual(gapPageErrors, []);
  });

  test('the live re-rank agrees with the Top 10 tab for the same gap and weights', async () => {
    await openTopTen(harness, page);
    const ids = await tableIds(page);
    for (const gapId of [ids[0], ids[11]]) {
      await openTopTen(harness, page);
      const row = (await tableRow(page, gapId))!;
      await openGap(harness, page, gapId);
      await page.getByRole('button', { name: 'Re-rank live' }).click();
      await page
        .locator('c-gap-score-panel .source', { hasText: /^Live, all \d+ open gaps/ })
        .waitFor({ timeout: 60_000 });
      assert.equal(
        Number(await page.locator('c-gap-score-panel .overall').getAttribute('data-rank')),
        row.rank
      );
      const value = (metric: string) =>
        page
          .locator(`c-gap-score-panel dd.metric[data-metric="${metric}"]`)
          .getAttribute('data-value');
      assert.equal(Number(await value('accounts')), row.accounts);
      assert.equal(Math.round(Number(await value('arr'))), dollars(row.arr));
      if (row.rank > 10)
        assert.ok((await page.locator('c-gap-score-panel li.path-step').count()) > 0);
      else
        assert.equal(
          await page.locator('c-gap-score-panel .path-in').innerText(),
          'It is in the Top 10.'
        );
    }
    assert.deepEqual(gapPageErrors, []);
  });

  test("a Manager's merge moves the merged gap's accounts and ARR to the survivor in the Top 10 tab", async () => {
    await openTopTen(harness, page);
    const ids = await tableIds(page);
    // Two gaps with no account or opportunity in common, so the survivor's totals are the sums.
    let pair: [string, string] | null = null;
    for (let i = ids.length - 1; i > 0 && !pair; i--) {
      const merged = await parentsOf(harness, ids[i]);
      if (merged.accounts.size === 0) continue;
      for (let j = 0; j < ids.length && !pair; j++) {
        if (j === i) continue;
        const survivor = await parentsOf(harness, ids[j]);
        const shared =
          [...merged.accounts].some((id) => survivor.accounts.has(id)) ||
          [...merged.opportunities].some((id) => survivor.opportunities.has(id));
        if (!shared) pair = [ids[i], ids[j]];
      }
    }
    assert.ok(pair, 'the sample org has two gaps with disjoint accounts');
    const [mergedId, survivorId] = pair;
    const mergedRow = (await tableRow(page, mergedId))!;
    const survivorRow = (await tableRow(page, survivorId))!;
    const survivorName = await page
      .locator(`c-ranking-table tbody tr[data-id="${survivorId}"] th.gap a`)
      .first()
      .innerText();

    await harness.switchUser(page, MANAGER);
    await openGap(harness, page, mergedId);
    await merge(page, survivorName);
    await page.locator('c-gap-score-panel .panel[data-state="merged"]').waitFor();
    assert.equal(await duplicateOf(harness, mergedId), survivorId);
    await page.getByRole('link', { name: 'Open the gap it was merged into' }).click();
    await page.waitForURL(`**/gap/${survivorId}`);
    await page.locator('c-gap-score-panel .merged-from').waitFor();

    await harness.switchUser(page, TPM);
    await openTopTen(harness, page);
    assert.equal(await tableRow(page, mergedId), null, 'the merged gap is no longer ranked');
    const after = (await tableRow(page, survivorId))!;
    assert.equal(after.accounts, survivorRow.accounts + mergedRow.accounts);
    assert.equal(dollars(after.arr), dollars(survivorRow.arr) + dollars(mergedRow.arr));
    assert.deepEqual(gapPageErrors, []);
  });

  test('a Viewer is refused the record page, and a Submitter is not offered the merge', async () => {
    await openTopTen(harness, page);
    const [gapId] = await tableIds(page);

    // The Viewer's set cannot read Product_Gap__c: the org refuses the record page itself.
    await harness.switchUser(page, 'Product_Gap_Viewer');
    await page.goto(`${harness.baseUrl}/gap/${gapId}`);
    await harness.ready(page);
    await page.locator('[data-id="no-access"]').waitFor();
    assert.equal(await panel(page).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Merge into another gap' }).count(), 0);

    // A Submitter may not merge (no Merge_Product_Gaps): the control is not offered at all.
    await harness.switchUser(page, 'Product_Gap_Submitter');
    await openGap(harness, page, gapId);
    await panel(page).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Merge into another gap' }).count(), 0);
    assert.equal(await duplicateOf(harness, gapId), null);
  });

  test('a Submitter is told the issue is resolved but is not offered Set Done', async () => {
    const [, gapId] = await publishedGapIds(harness);
    await completeOnGitHub(harness, gapId);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    await openGap(harness, page, gapId);
    await page.locator('c-gap-score-panel .resolved-open').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Set Done' }).count(), 0);
    assert.notEqual(await statusOf(harness, gapId), 'Done');
    await harness.switchUser(page, TPM);
  });

  test('a Manager sets Done a gap resolved on GitHub, and the Top 10 proposes its replacement', async () => {
    const [, gapId] = await publishedGapIds(harness);
    await completeOnGitHub(harness, gapId);
    await harness.switchUser(page, MANAGER);
    await openGap(harness, page, gapId);
    await page.locator('c-gap-score-panel .panel[data-state="ready"]').waitFor();
    const setDone = page.getByRole('button', { name: 'Set Done' });
    await setDone.focus();
    await page.keyboard.press('Enter');
    const yes = page.getByRole('button', { name: 'Yes, set Done' });
    await yes.waitFor();
    // The confirmation takes the focus, so the keyboard confirms at once.
    await page.waitForFunction(() => {
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      return focused?.textContent?.trim() === 'Yes, set Done';
    });
    await page.keyboard.press('Enter');
    await page.locator('c-gap-score-panel .set-done-success').waitFor();
    assert.match(
      await page.locator('c-gap-score-panel .set-done-success').innerText(),
      /is now Done\. The Top 10 proposes the next gap in its place\./
    );
    await page.locator('c-gap-score-panel .panel[data-state="closed"]').waitFor();
    assert.equal(await statusOf(harness, gapId), 'Done');

    await harness.switchUser(page, TPM);
    await openTopTen(harness, page);
    const resolved = page.locator('c-top-ten-curation-comparison tr.kind-resolved');
    await resolved.first().waitFor({ timeout: 60_000 });
    assert.match(await resolved.first().innerText(), /Proposed replacement: /);
    assert.deepEqual(gapPageErrors, []);
  });
});
