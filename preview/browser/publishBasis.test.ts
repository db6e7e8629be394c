// Browser tests that publishing does not mislead: a window without submissions cannot be
// published, an inverted window clears the ranking, the confirmation says what the list rests on,
// an unchanged list is called out, and rationales follow the current ranking unless the TPM wrote them.
// Run: node --import tsx --test preview/browser/publishBasis.test.ts
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const curation = (page: Page) => page.locator('c-top-ten-curation');
const publishButton = (page: Page) => curation(page).locator('lightning-button.publish button');
const entries = (page: Page) => page.locator('c-top-ten-curation-editor li.entry');
const dateField = (page: Page, name: 'from' | 'to') =>
  page.locator(`c-top-ten-workbench-filters lightning-input[data-name="${name}"] input`);

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

async function openCuration(harness: PreviewHarness): Promise<Page> {
  const page = await harness.open('/top10');
  await curation(page).locator('table.comparison').waitFor({ timeout: 30_000 });
  return page;
}

async function openConfirmation(page: Page): Promise<Locator> {
  await publishButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.waitFor();
  return dialog;
}

describe('publishing does not mislead', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
  });

  after(async () => {
    await harness?.stop();
  });

  beforeEach(async () => {
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    const page = await harness.open('/');
    const session = await harness.session();
    if (session.user.permissionSet !== 'Product_Gap_TPM')
      await harness.switchUser(page, 'Product_Gap_TPM');
    await page.close();
  });

  test('a window without submissions cannot be published, and says why beside Publish', async () => {
    const page = await openCuration(harness);
    await typeInto(dateField(page, 'from'), 'Jan 1, 2099');
    const blocked = curation(page).locator('.publish-blocked');
    await blocked.waitFor({ timeout: 10_000 });
    assert.match(await blocked.innerText(), /no submission/i);
    assert.equal(await publishButton(page).isDisabled(), true);
    // The reason is where the person is looking: right by the Publish button.
    const button = await publishButton(page).boundingBox();
    const reason = await blocked.boundingBox();
    assert.ok(button && reason);
    assert.ok(Math.abs(reason.y - button.y) < 120, `reason ${reason.y} vs button ${button.y}`);
    await page.close();
  });

  test('an inverted window clears the ranking and says why', async () => {
    const page = await openCuration(harness);
    await typeInto(dateField(page, 'from'), 'Jun 1, 2026');
    await typeInto(dateField(page, 'to'), 'Jan 1, 2026');
    await page
      .locator('c-top-ten-workbench-filters')
      .getByText(/start on or before the end/)
      .waitFor();
    await page.locator('c-ranking-table').waitFor({ state: 'detached', timeout: 10_000 });
    assert.equal(await curation(page).count(), 0, 'nothing to publish from an unusable window');
    await page.close();
  });

  test('the confirmation states the window, the method label, weights, counts and changes', async () => {
    const page = await openCuration(harness);
    const dialog = await openConfirmation(page);
    const basis = await dialog.locator('.basis').innerText();
    assert.match(basis, /Weighted Borda/);
    assert.doesNotMatch(basis, /\bborda\b/);
    assert.match(basis, /All submissions/i);
    assert.match(basis, /ARR \d+/);
    assert.match(basis, /[1-9]\d* gaps/);
    assert.match(basis, /\d+ submissions/);
    assert.match(await dialog.locator('.changes').innerText(), /new, .* moved, .* dropped/);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('an unchanged list is called out and needs its own confirmation', async () => {
    const page = await openCuration(harness);
    let dialog = await openConfirmation(page);
    await dialog.getByRole('button', { name: /^Publish/ }).click();
    await page.getByText('Top 10 published').first().waitFor();
    dialog = await openConfirmation(page);
    await dialog.locator('.unchanged').waitFor();
    assert.match(await dialog.locator('.unchanged').innerText(), /same/i);
    assert.equal(
      await dialog.getByRole('button', { name: 'Publish', exact: true }).count(),
      0,
      'no plain Publish for an unchanged list'
    );
    await dialog.getByRole('button', { name: 'Publish unchanged list' }).waitFor();
    await page.close();
  });

  test('generated rationales follow the current ranking; TPM text is carried forward and marked', async () => {
    const page = await openCuration(harness);
    // Rank by accounts only: the order changes against the published (seeded) revision.
    const count = await entries(page).count();
    assert.ok(count > 0);
    const mismatched: string[] = [];
    for (let index = 0; index < count; index++) {
      const item = entries(page).nth(index);
      // Link and rationale editors open on demand under each compact entry.
      await item.locator('button[data-action="details"]').click();
      const text = await item.locator('lightning-textarea.rationale-input textarea').inputValue();
      const computed = (await item.locator('.computed').innerText()).match(/#(\d+)/)?.[1];
      const number = text.match(/^#(\d+):/)?.[1];
      if (number && number !== computed) mismatched.push(`${computed}: ${text}`);
    }
    assert.deepEqual(mismatched, [], 'a generated rationale names the current rank');

    await typeInto(
      entries(page).first().locator('lightning-textarea.rationale-input textarea'),
      'Blocks renewals'
    );
    const dialog = await openConfirmation(page);
    await dialog.getByRole('button', { name: /^Publish/ }).click();
    await page.getByText('Top 10 published').first().waitFor();
    await page.reload();
    await harness.ready(page);
    await curation(page).locator('table.comparison').waitFor({ timeout: 30_000 });
    const first = entries(page).first();
    await first.locator('button[data-action="details"]').click();
    assert.equal(
      await first.locator('lightning-textarea.rationale-input textarea').inputValue(),
      'Blocks renewals'
    );
    await first.locator('.rationale-carried').waitFor();
    assert.equal(await entries(page).locator('.rationale-carried').count(), 1);
    await page.close();
  });
  test('a stale publish is refused beside the Publish button, and the focus moves to the refusal', async () => {
    const page = await openCuration(harness);
    const other = await openCuration(harness);
    let dialog = await openConfirmation(other);
    await dialog.getByRole('button', { name: /^Publish/ }).click();
    await other.getByText('Top 10 published').first().waitFor();
    await other.close();

    dialog = await openConfirmation(page);
    await dialog.getByRole('button', { name: /^Publish/ }).click();
    const refusal = curation(page).locator('.refusal');
    await refusal.waitFor();
    const button = await publishButton(page).boundingBox();
    const box = await refusal.boundingBox();
    assert.ok(button && box);
    assert.ok(Math.abs(box.y - button.y) < 150, `refusal at ${box.y}, Publish at ${button.y}`);
    // The focus ends on the refusal once the confirmation has closed (waited for, not timed).
    const focusedClass = `(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active ? active.className : 'none';
    })()`;
    await page.waitForFunction(`/\\brefusal\\b/.test(${focusedClass})`).catch(() => undefined);
    const focused: string = await page.evaluate(focusedClass);
    assert.match(focused, /\brefusal\b/, `focus on ${focused}`);
    await page.close();
  });
});
