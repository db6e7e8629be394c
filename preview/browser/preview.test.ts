// Browser tests of the preview itself: every registered page loads cleanly, the user switch
// changes the session, the org controls act on the in-memory org.
// Run: node --import tsx --test preview/browser/*.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { componentExists } from '../build/virtualModules';
import { matchPage, PAGES } from '../app/pages';
import { ROOT } from '../server/start';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

const packageDir = join(ROOT, 'force-app', 'main', 'default');
const registered = PAGES.filter(
  (page) => !page.component.startsWith('c/') || componentExists(packageDir, page.component.slice(2))
);

async function sampleHrefs(page: Page): Promise<string[]> {
  await page.locator('[data-id="samples"] a').first().waitFor();
  return page
    .locator('[data-id="samples"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('preview', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness();
    console.log(`preview at ${harness.baseUrl} (bundle ${harness.preview.build.mode})`);
  });

  after(async () => {
    await harness?.stop();
  });

  test('every registered page loads with no console error', async () => {
    const home = await harness.open('/');
    // The TPM's permission set makes every tab Visible (pageAccess.test.ts covers the others).
    await harness.switchUser(home, 'Product_Gap_TPM');
    const samples = await sampleHrefs(home);
    const navLabels = await home
      .getByRole('navigation', { name: 'Preview pages' })
      .getByRole('link')
      .allInnerTexts();
    assert.deepEqual(
      navLabels.map((label) => label.trim()),
      // Pages kept out of the navigation (the phone flow needs a record to start from) are not listed.
      registered
        .filter((page) => !page.path.includes(':') && page.nav !== false)
        .map((page) => page.label)
    );
    await home.close();

    for (const definition of registered) {
      const path = definition.path.includes(':')
        ? samples.find((href) => matchPage([definition], href))
        : definition.path;
      assert.ok(path, `no sample record link for ${definition.path} on the home page`);
      const page = await harness.open(path);
      // The page's own heading comes first (a flow screen's panel has its own title below it).
      const heading = page.locator('main h1').first();
      assert.equal((await heading.innerText()).trim(), definition.label, path);
      assert.equal(
        await page.locator('[data-id="missing-page"]').count(),
        0,
        `${path} shows no screen`
      );
      assert.deepEqual(harness.errors(page), [], `errors on ${path}`);
      await page.close();
    }
  });

  test('an unknown path says so instead of failing', async () => {
    const page = await harness.open('/no-such-page');
    assert.equal(await page.locator('main h1').innerText(), 'Page not found');
    assert.match(
      await page.locator('[data-id="missing-page"]').innerText(),
      /No preview page has the path \/no-such-page/
    );
    await page.close();
  });

  test('the user switch changes the session and what the app shows', async () => {
    const page = await harness.open('/');
    const before = await harness.session();
    const target =
      before.user.permissionSet === 'Product_Gap_TPM' ? 'Product_Gap_Viewer' : 'Product_Gap_TPM';
    await harness.switchUser(page, target);

    const after = await harness.session();
    assert.equal(after.user.permissionSet, target);
    assert.notEqual(after.user.id, before.user.id);
    const selected = await page.getByLabel('Preview user', { exact: true }).evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.options[element.selectedIndex].text;
    });
    assert.match(selected, new RegExp(`\\(${target}\\)`));
    const currentRow = page.locator('[data-id="users"] tbody tr', { hasText: 'Current' });
    assert.match(await currentRow.innerText(), new RegExp(target));
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('the org controls hide accounts, fail a write and reset the data', async () => {
    const page = await harness.open('/');
    // The sample links are read as the current user: the TPM reads every object they name.
    await harness.switchUser(page, 'Product_Gap_TPM');
    const initialCounts = await page.locator('[data-id="counts"] tbody').innerText();
    const account = page.locator('[data-id="samples"] [data-object="Account"]');
    const accountId = (await account.locator('code').innerText()).trim();
    assert.match(accountId, /^\w{15,18}$/);

    await page.getByRole('button', { name: 'Org controls' }).click();
    const controls = page.getByRole('complementary', { name: 'Org controls' });
    await controls.getByLabel('Account Ids to hide (private sharing)').fill(accountId);
    await Promise.all([
      page.waitForEvent('load'),
      controls.getByRole('button', { name: 'Hide accounts' }).click()
    ]);
    await harness.ready(page);
    await page.locator('[data-id="samples"] [data-object="Account"]').waitFor();
    assert.doesNotMatch(
      await account.innerText(),
      new RegExp(accountId),
      'the hidden account is still shown'
    );
    const org = (await (await fetch(`${harness.baseUrl}/api/org`)).json()) as {
      hiddenAccountIds: string[];
    };
    assert.deepEqual(org.hiddenAccountIds, [accountId]);

    await page.getByRole('button', { name: 'Org controls' }).click();
    await controls.getByLabel('Fail write number').fill('1');
    await controls.getByRole('button', { name: 'Fail that write' }).click();
    await controls.getByText('Write number 1 from now will fail.').waitFor();
    const write = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation PreviewFailProbe { uiapi { Product_Gap__cCreate(input: { Product_Gap__c: { Name: "Probe" } }) { Record { Id } } } }'
        })
      });
      return (await response.json()) as { errors?: { message: string }[] };
    });
    assert.ok(write.errors?.length, 'the first write after "fail write 1" did not fail');

    await Promise.all([
      page.waitForEvent('load'),
      controls.getByRole('button', { name: 'Reset sample data' }).click()
    ]);
    await harness.ready(page);
    await page.locator('[data-id="samples"] [data-object="Account"] code').waitFor();
    assert.equal((await account.locator('code').innerText()).trim(), accountId);
    assert.equal(await page.locator('[data-id="counts"] tbody').innerText(), initialCounts);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
