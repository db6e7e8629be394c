// Browser test that the package's own numbers follow the user's locale and currency
// (`@salesforce/i18n`), which the preview takes from the page address: the board in German
// with euros shows "1.234.568 €", never "$1,234,568".
// Run: node --import tsx --test preview/browser/locale.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const GERMAN = '?locale=de-DE&currency=EUR&timeZone=Europe/Berlin';

describe('numbers in the user locale', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 160 });
  });

  after(async () => {
    await harness?.stop();
  });

  test('the board writes money and counts as a German user with euros reads them', async () => {
    const page = await harness.open(`/board${GERMAN}`);
    const board = page.locator('c-top-ten-board');
    await board.locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
    const text = await board.innerText();
    assert.match(text, /\d{1,3}(\.\d{3})+\s€/, 'euros grouped with "." and the sign after');
    assert.doesNotMatch(text, /\$\d/, 'no dollar amounts');
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('without a setting the board reads as the en-US default', async () => {
    const page = await harness.open('/board');
    const board = page.locator('c-top-ten-board');
    await board.locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
    assert.match(await board.innerText(), /\$\d{1,3}(,\d{3})+/);
    await page.close();
  });
});
