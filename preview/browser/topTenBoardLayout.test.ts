// Browser tests of the leadership board's layout at laptop widths (1,366, 1,280 and 1,024 px):
// the table fits without a horizontal scroll (the Roadmap column is not cut) and names wrap
// between words; each entry's rationale opens from the row and "Pinned" is explained in one
// sentence; the charts show every full name and value inside their box.
// Set BOARD_SCREENSHOTS=<dir> to keep a screenshot of the board per width (never a tracked path).
// Run: node --import tsx --test preview/browser/topTenBoardLayout.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const WIDTHS = [1366, 1280, 1024];
const board = (page: Page) => page.locator('c-top-ten-board');

/** As the TPM: move the second entry up (the TPM's order: it is pinned) and publish. */
async function publishWithPin(harness: PreviewHarness): Promise<void> {
  const page = await harness.open('/top10');
  await harness.switchUser(page, 'Product_Gap_TPM');
  const curation = page.locator('c-top-ten-curation');
  await curation.locator('table.comparison').waitFor({ timeout: 60_000 });
  await page
    .locator('c-top-ten-curation-editor li.entry')
    .nth(1)
    .locator('button[data-action="up"]')
    .click();
  await curation.locator('lightning-button.publish button').click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Top 10 published').first().waitFor({ timeout: 30_000 });
  await page.close();
}

async function openBoardAt(harness: PreviewHarness, width: number, user: string): Promise<Page> {
  const page = await harness.open('/');
  await page.setViewportSize({ width, height: 900 });
  if ((await harness.session()).user.permissionSet !== user) await harness.switchUser(page, user);
  await page.goto(`${harness.baseUrl}/board`);
  await harness.ready(page);
  await board(page).locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
  await board(page).locator('c-top-ten-board-chart.severity-chart .plot-row').first().waitFor();
  return page;
}

describe('Top 10 board layout', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    await publishWithPin(harness);
  });

  after(async () => {
    await harness?.stop();
  });

  for (const width of WIDTHS) {
    test(`at ${width} px the table fits (Roadmap not cut), names wrap between words, charts show every name and value`, async () => {
      const page = await openBoardAt(harness, width, 'Product_Gap_Manager');
      const shots = process.env.BOARD_SCREENSHOTS;
      if (shots) await page.screenshot({ path: join(shots, `board-${width}.png`), fullPage: true });

      const frame = board(page).locator('c-top-ten-board-table .table-frame');
      const fit = await frame.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth
      }));
      assert.ok(fit.scroll <= fit.client + 1, `table needs ${fit.scroll} px in ${fit.client} px`);
      const frameBox = (await frame.boundingBox())!;
      for (const box of await board(page)
        .locator('tr.entry td.roadmap')
        .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right))) {
        assert.ok(box <= frameBox.x + frameBox.width + 1, `Roadmap cell ends at ${box}`);
      }
      // Names wrap at spaces only: no line of a name is narrower than its longest word needs.
      const broken = await board(page)
        .locator('tr.entry .gap-name')
        .evaluateAll((names) =>
          names
            .filter((name) => {
              const range = document.createRange();
              range.selectNodeContents(name);
              const lines = range.getClientRects().length;
              const words = (name.textContent ?? '').trim().split(/\s+/).length;
              return lines > words;
            })
            .map((name) => name.textContent)
        );
      assert.deepEqual(broken, []);

      for (const chart of ['arr-chart', 'severity-chart']) {
        const figure = board(page).locator(`c-top-ten-board-chart.${chart} figure`);
        const result = await figure.evaluate((fig) => {
          const right = fig.getBoundingClientRect().right;
          const values = [...fig.querySelectorAll('.row-value')].map((v) => ({
            text: v.textContent,
            out: v.getBoundingClientRect().right > right + 1 || v.scrollWidth > v.clientWidth + 1
          }));
          const labels = [...fig.querySelectorAll('.row-label')].map((l) => l.textContent);
          const headings = [...fig.querySelectorAll('table.chart-table tbody th')].map(
            (th) => th.textContent
          );
          return { values, labels, headings };
        });
        assert.deepEqual(
          result.values.filter((v) => v.out),
          [],
          `${chart}: values cut`
        );
        assert.deepEqual(result.labels, result.headings, `${chart}: names shortened`);
        assert.ok(result.labels.every((label) => !label?.includes('…')));
      }
      assert.deepEqual(harness.errors(page), []);
      await page.close();
    });
  }

  test('each entry opens its rationale from the row, and "Pinned" is explained in one sentence', async () => {
    const page = await openBoardAt(harness, 1366, 'Product_Gap_Viewer');
    const rationale = board(page).locator('tr.entry details.rationale').first();
    await rationale.locator('summary').focus();
    await page.keyboard.press('Enter');
    const text = (await rationale.locator('.rationale-text').innerText()).trim();
    assert.ok(text.length > 10, `rationale: "${text}"`);
    assert.ok((await board(page).locator('tr.entry .pinned').count()) >= 1, 'a pinned entry');
    assert.match(
      await board(page).locator('.pinned-means').innerText(),
      /^Pinned: the TPM placed this gap at this rank by hand/
    );
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
