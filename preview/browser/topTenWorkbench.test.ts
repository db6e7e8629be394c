// Browser tests of the Top 10 tab (c-top-ten-workbench) in the preview, as a TPM would use it:
// the ranking of the sample org agrees with the ranking CLI run on the same data, a weight
// change reorders it, the CSV export downloads what the table shows.
// Run: node --import tsx --test preview/browser/topTenWorkbench.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../server/start';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
// More gaps than one page of the table (100 rows), so "show more" is exercised too.
const SIZE = { gaps: 130, submissions: 1500 };

type Node = Record<string, { value?: unknown } | null | string | undefined> & { Id: string };
interface Edge {
  node: Node & Record<string, unknown>;
}

/** Runs a read against the in-memory org as the TPM, paging to the end of `connection`. */
async function readAll(
  harness: PreviewHarness,
  query: string,
  connection: string
): Promise<Edge['node'][]> {
  const tpm = harness.preview.emulator.users().find((user) => user.permissionSet === TPM);
  assert.ok(tpm, 'the sample org has a TPM user');
  const nodes: Edge['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const response = await harness.preview.emulator.execute(
      { query, variables: { after } },
      tpm.id
    );
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const page = (response.data as any).uiapi.query[connection];
    nodes.push(...page.edges.map((edge: Edge) => edge.node));
    if (!page.pageInfo?.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const value = (field: unknown) => (field as { value?: unknown } | null)?.value ?? null;

/**
 * The org's gaps and submissions as the ranking CLI's JSON rows (examples/README.md). A gap with
 * no submission gets one row without account or opportunity, so the CLI knows it exactly as the
 * tab does (every metric 0) and the two orders can be compared gap for gap.
 */
async function cliRows(harness: PreviewHarness): Promise<Record<string, unknown>[]> {
  const gaps = await readAll(
    harness,
    `query Gaps($after: String) { uiapi { query { Product_Gap__c(first: 2000, after: $after, upperBound: 100000) {
      pageInfo { hasNextPage endCursor } edges { node { Id Name { value } Status__c { value } Duplicate_Of__c { value } } } } } } }`,
    'Product_Gap__c'
  );
  const submissions = await readAll(
    harness,
    `query Submissions($after: String) { uiapi { query { Product_Gap_Submission__c(first: 2000, after: $after, upperBound: 100000) {
      pageInfo { hasNextPage endCursor } edges { node { Id Product_Gap__c { value } Account__c { value } Opportunity__c { value }
        Severity__c { value } CreatedDate { value }
        Account__r { Strategic_Account__c { value } TAM__c { value } }
        Opportunity__r { Amount { value } IsClosed { value } IsWon { value } } } } } } } }`,
    'Product_Gap_Submission__c'
  );
  const byId = new Map(gaps.map((gap) => [gap.Id, gap]));
  const gapColumns = (id: string) => {
    const gap = byId.get(id);
    return {
      'Gap ID': id,
      'Gap Name': value(gap?.Name),
      'Gap Status': value(gap?.Status__c),
      'Duplicate Of': value(gap?.Duplicate_Of__c) ?? ''
    };
  };
  const rows: Record<string, unknown>[] = submissions.map((node) => {
    const account = node.Account__r as Record<string, unknown> | null;
    const opportunity = node.Opportunity__r as Record<string, unknown> | null;
    return {
      ...gapColumns(String(value(node.Product_Gap__c))),
      'Submission ID': node.Id,
      'Account ID': account ? value(node.Account__c) : '',
      Strategic: account ? value(account.Strategic_Account__c) === true : false,
      TAM: account ? value(account.TAM__c) : null,
      'Opportunity ID': opportunity ? value(node.Opportunity__c) : '',
      Amount: opportunity ? value(opportunity.Amount) : null,
      'Is Closed': opportunity ? value(opportunity.IsClosed) === true : false,
      'Is Won': opportunity ? value(opportunity.IsWon) === true : false,
      Severity: value(node.Severity__c),
      'Created Date': value(node.CreatedDate)
    };
  });
  const flagged = new Set(submissions.map((node) => String(value(node.Product_Gap__c))));
  for (const gap of gaps) {
    if (flagged.has(gap.Id)) continue;
    rows.push({ ...gapColumns(gap.Id), 'Account ID': '', Severity: 'P2 - Nice to Have' });
  }
  return rows;
}

/** The published revision's Method__c and Weights__c: the tab starts from them. */
async function publishedSettings(
  harness: PreviewHarness
): Promise<{ method: string; weights: string }> {
  const [revision] = await readAll(
    harness,
    `query Published($after: String) { uiapi { query { Top_Ten_Revision__c(first: 1, after: $after,
      where: { Status__c: { eq: "Published" } }, orderBy: { Published_At__c: { order: DESC } }) {
      pageInfo { hasNextPage endCursor } edges { node { Id Method__c { value } Weights__c { value } } } } } } }`,
    'Top_Ten_Revision__c'
  );
  return {
    method: String(value(revision?.Method__c) ?? 'borda'),
    weights: String(value(revision?.Weights__c) ?? '')
  };
}

/** Gap ids in the order `npx tsx scripts/rank/cli.ts` ranks them. */
function cliOrder(file: string, method: string, weights: string): string[] {
  const args = ['tsx', 'scripts/rank/cli.ts', file, '--json', '--method', method];
  if (weights) args.push('--weights', weights);
  const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const output = JSON.parse(run.stdout) as { ranking: { id: string; rank: number }[] };
  return output.ranking.sort((a, b) => a.rank - b.rank).map((gap) => gap.id);
}

const workbench = (page: Page) => page.locator('c-top-ten-workbench .workbench');

async function waitReady(page: Page): Promise<void> {
  await page
    .locator('c-top-ten-workbench .workbench[data-state="ready"]')
    .waitFor({ timeout: 60_000 });
}

/** Every row id of the table in display order, after revealing all rows with "show more". */
async function tableIds(page: Page): Promise<string[]> {
  const more = page.locator('c-ranking-table lightning-button.show-more button');
  while ((await more.count()) > 0) await more.click();
  return page
    .locator('c-ranking-table tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

describe('Top 10 tab', () => {
  let harness: PreviewHarness;
  let page: Page;
  let dataDir: string;
  let rowsFile: string;
  let settings: { method: string; weights: string };

  before(async () => {
    harness = await startHarness(SIZE);
    page = await harness.open('/');
    await harness.switchUser(page, TPM);
    dataDir = mkdtempSync(join(tmpdir(), 'top10-test-'));
    rowsFile = join(dataDir, 'rows.json');
    writeFileSync(rowsFile, JSON.stringify(await cliRows(harness)));
    settings = await publishedSettings(harness);
  });

  after(async () => {
    await harness?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('ranks every open gap of the sample org as the ranking CLI does', async () => {
    await page.goto(`${harness.baseUrl}/top10`);
    await waitReady(page);
    const visible = await page.locator('c-ranking-table tbody tr').count();
    assert.equal(visible, 100, 'the first 100 rows render, the rest behind "show more"');
    const ids = await tableIds(page);
    assert.deepEqual(ids, cliOrder(rowsFile, settings.method, settings.weights));
    assert.equal(await page.locator('c-ranking-table tbody tr td.rank').first().innerText(), '#1');
    assert.deepEqual(harness.errors(page), []);
  });

  test('shows confidence after the ranking, and explains a gap outside the Top 10', async () => {
    await page.goto(`${harness.baseUrl}/top10`);
    await waitReady(page);
    await page.locator('c-top-ten-workbench .workbench[data-confidence="done"]').waitFor();
    assert.match(
      await page.locator('c-ranking-table td.confidence').first().innerText(),
      /^\d+\s?%$/
    );
    const row = page.locator('c-ranking-table tbody tr[data-id]').nth(11);
    await row.locator('button.explain').click();
    const panel = page.locator('c-gap-explanation .explanation');
    await panel.waitFor();
    assert.match(await panel.locator('.title').innerText(), /#12$/);
    const text = await panel.innerText();
    assert.match(text, /What would bring it into the Top 10/i);
    // "Not enough alone" is said at most once, and the last Top 10 gap's distance is named.
    assert.ok((text.match(/alone is enough/gi) ?? []).length <= 1, text);
    assert.match(text, /The gap at #10, /);
    assert.doesNotMatch(text, /=\d|#\d+\.\d/);
  });

  test('"Why?" opens right under its row, takes focus, and gives it back on close', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${harness.baseUrl}/top10`);
    await waitReady(page);
    const row = page.locator('c-ranking-table tbody tr[data-id]').nth(40);
    const button = row.locator('button.explain');
    await button.scrollIntoViewIfNeeded();
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('c-gap-explanation .explanation');
    await panel.waitFor();
    const rowBox = (await row.boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    const below = panelBox.y - (rowBox.y + rowBox.height);
    assert.ok(below >= 0 && below < 40, `panel starts ${below}px below its row`);
    assert.ok(panelBox.y < 768, 'the panel is on screen where the row was');
    const focused = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element ? `${element.tagName}.${element.className}` : '';
      });
    assert.match(await focused(), /^H2\..*title/);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.match(await focused(), /^BUTTON\..*explain/);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
  });

  for (const width of [1024, 1366]) {
    test(`at ${width} px rank and gap stay visible and no value is cut`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${harness.baseUrl}/top10`);
      await waitReady(page);
      const table = page.locator('c-ranking-table');
      const firstRow = table.locator('tbody tr[data-id]').first();
      // Every value cell shows its whole content: nothing clipped or ellipsed.
      const clipped = await table
        .locator('tbody tr[data-id] td, tbody tr[data-id] th')
        .evaluateAll((cells) =>
          cells
            .slice(0, 200)
            .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
            .map((cell) => `${cell.className}: ${(cell as HTMLElement).innerText}`)
        );
      assert.deepEqual(clipped, []);
      // Beside the curation panel the table may scroll sideways (its container says so); what it
      // never does is squeeze a value: the check above holds for every cell, in view or not.
      const scroller = table.locator('.slds-scrollable_x');
      // Scrolled fully right, rank and gap name are still in view, beside the last column.
      await scroller.evaluate((element) => (element.scrollLeft = element.scrollWidth));
      const box = (await scroller.boundingBox())!;
      for (const selector of ['td.rank', 'th.gap a', 'button.explain', 'td.confidence']) {
        const cell = (await firstRow.locator(selector).boundingBox())!;
        assert.ok(
          cell.x >= box.x - 1 && cell.x + cell.width <= box.x + box.width + 1,
          `${selector} at ${cell.x}..${cell.x + cell.width} within ${box.x}..${box.x + box.width}`
        );
      }
      await firstRow.scrollIntoViewIfNeeded();
      const topmost = await firstRow.locator('th.gap a').evaluate((link) => {
        const rect = link.getBoundingClientRect();
        const hit = link.getRootNode() as Document | ShadowRoot;
        const at = (hit as ShadowRoot).elementFromPoint(rect.x + 4, rect.y + rect.height / 2);
        return at === link || link.contains(at);
      });
      assert.ok(topmost, 'the gap name is not covered by the scrolled cells');
      // Sliders are wide enough to use.
      const sliders = await page
        .locator('c-top-ten-workbench-settings lightning-slider input[type="range"]')
        .evaluateAll((inputs) => inputs.map((input) => input.getBoundingClientRect().width));
      assert.equal(sliders.length, 6);
      assert.ok(Math.min(...sliders) >= 120, `slider widths ${sliders.join(', ')}`);
      const shots = process.env.TOP10_SCREENSHOTS;
      if (shots) {
        // TOP10_SCREENSHOTS=<dir>: the settings and the table as a person sees them, to look at.
        await scroller.evaluate((element) => (element.scrollLeft = 0));
        await page.screenshot({ path: join(shots, `top10-${width}-table.png`) });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(shots, `top10-${width}-top.png`) });
      }
    });
  }

  test('per-metric ranks show on demand, in the one rank notation', async () => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${harness.baseUrl}/top10`);
    await waitReady(page);
    const rank = page
      .locator('c-ranking-table tbody tr[data-id]')
      .first()
      .locator('.metric-rank')
      .first();
    assert.equal(await rank.isVisible(), false);
    await page.locator('c-ranking-table .metric-ranks-toggle input').check({ force: true });
    assert.equal(await rank.isVisible(), true);
    assert.match(await rank.innerText(), /^#\d+( \(tied\))?$/);
  });

  test('a weight change reorders the table at once, as the CLI does with that weight', async () => {
    await page.goto(`${harness.baseUrl}/top10`);
    await waitReady(page);
    const before = await tableIds(page);
    const generation = Number(await workbench(page).getAttribute('data-generation'));
    // Keyboard, like a person: focus the accounts slider and take it to its maximum.
    const slider = page.locator('lightning-slider[data-key="accounts"] input[type="range"]');
    await slider.focus();
    await slider.press('End');
    await page
      .locator(`c-top-ten-workbench .workbench[data-generation="${generation + 1}"]`)
      .waitFor();
    const weights = JSON.parse(settings.weights || '{}') as Record<string, number>;
    const max = Number(await slider.getAttribute('max'));
    const after = await tableIds(page);
    assert.notDeepEqual(after, before);
    assert.deepEqual(
      after,
      cliOrder(rowsFile, settings.method, JSON.stringify({ ...weights, accounts: max }))
    );
  });

  test('exports the ranking shown as a formula-safe CSV download', async () => {
    await page.goto(`${harness.baseUrl}/top10`);
    await waitReady(page);
    const ids = await tableIds(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click()
    ]);
    assert.match(download.suggestedFilename(), /^top-10-ranking-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    assert.equal(lines.at(-1), '');
    assert.match(
      lines[0],
      /^Rank,Gap,Record Id,Status,Product area,Impacted ARR,Impacted ARR rank,/
    );
    assert.equal(lines.length - 2, ids.length);
    // Third column is the record Id; the CSV follows the table's order.
    const csvIds = lines
      .slice(1, -1)
      .map((line) => /^\d+,(?:"(?:[^"]|"")*"|[^,]*),([^,]+),/.exec(line)?.[1]);
    assert.deepEqual(csvIds, ids);
    assert.ok(lines.slice(1).every((line) => !/(^|,)[=+@-]/.test(line.replace(/,-?\d/g, ','))));
  });
});
