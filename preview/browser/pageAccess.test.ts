// Each preview user reaches the pages the org gives their permission set: the tabs in the
// navigation bar (tab visibility Visible), the tabs reachable by URL only (Available), and the
// platform's refusal for a tab the set does not grant or a record page on an object it cannot read;
// the GitHub sync set's API-only user gets no page at all.
// Run: node --import tsx --test preview/browser/pageAccess.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

interface Expected {
  /** Navigation bar labels (besides Home). */
  nav: string[];
  /** Pages the user opens by URL and sees. */
  reaches: string[];
  /** Pages the org refuses to this user. */
  refused: string[];
}

// From the permission sets' tabSettings and objectPermissions (read here as a person would).
const EXPECTED: Record<string, Expected> = {
  Product_Gap_TPM: {
    nav: ['Top 10', 'Top 10 board'],
    reaches: ['/top10', '/board', '/gap/:gap', '/account/:account'],
    refused: []
  },
  Product_Gap_Manager: {
    nav: ['Top 10', 'Top 10 board'],
    reaches: ['/top10', '/board', '/gap/:gap', '/account/:account'],
    refused: []
  },
  // Top_10 and Top_10_Board are Available, not Visible: reachable, not in the bar.
  Product_Gap_Submitter: {
    nav: [],
    reaches: ['/top10', '/board', '/gap/:gap', '/opportunity/:opportunity'],
    refused: []
  },
  // No Top_10 tab and no read on Product_Gap__c.
  Product_Gap_Viewer: {
    nav: ['Top 10 board'],
    reaches: ['/board', '/account/:account'],
    refused: ['/top10', '/gap/:gap']
  }
};

describe('pages by permission set', () => {
  let harness: PreviewHarness;
  let page: Page;
  const ids: Record<string, string> = {};

  before(async () => {
    harness = await startHarness();
    const emulator = harness.preview.emulator;
    const tpm = emulator.users().find((user) => user.permissionSet === 'Product_Gap_TPM')!;
    const response = await emulator.execute(
      {
        query:
          'query { uiapi { query { Product_Gap__c(first: 1) { edges { node { Id } } } Account(first: 1) { edges { node { Id } } } Opportunity(first: 1) { edges { node { Id } } } } } }'
      },
      tpm.id
    );
    const query = (response.data as any).uiapi.query;
    ids.gap = query.Product_Gap__c.edges[0].node.Id;
    ids.account = query.Account.edges[0].node.Id;
    ids.opportunity = query.Opportunity.edges[0].node.Id;
    page = await harness.open('/');
  });

  after(async () => {
    await harness?.stop();
  });

  const url = (path: string) => path.replace(/:(\w+)/, (_, name: string) => ids[name]);

  for (const [permissionSet, expected] of Object.entries(EXPECTED)) {
    test(`${permissionSet}: the navigation shows ${expected.nav.join(', ') || 'no tab'}; the org refuses ${expected.refused.join(', ') || 'nothing'}`, async () => {
      await harness.switchUser(page, permissionSet);
      await page.goto(`${harness.baseUrl}/`);
      await harness.ready(page);
      const nav = page.getByRole('navigation', { name: 'Preview pages' });
      const labels = (await nav.getByRole('link').allInnerTexts()).map((label) => label.trim());
      assert.deepEqual(labels, ['Home', ...expected.nav]);

      for (const path of expected.reaches) {
        await page.goto(`${harness.baseUrl}${url(path)}`);
        await harness.ready(page);
        assert.equal(await page.locator('[data-id="no-access"]').count(), 0, path);
        assert.equal(await page.locator('[data-id="missing-page"]').count(), 0, path);
      }
      for (const path of expected.refused) {
        await page.goto(`${harness.baseUrl}${url(path)}`);
        await harness.ready(page);
        const refusal = page.locator('[data-id="no-access"]');
        await refusal.waitFor();
        assert.match(await refusal.innerText(), /Insufficient Privileges/);
        // The component is not there in a state nobody sees: it is not rendered at all.
        assert.equal(
          await page.locator('main c-top-ten-workbench, main c-gap-score-panel').count(),
          0
        );
      }
      assert.deepEqual(harness.errors(page), []);
    });
  }

  // The GitHub sync set goes to an integration user only (API Enabled, no tabs, no Lightning
  // pages): the preview offers no session as that user, so no page is tried in its name.
  test('Product_Gap_GitHub_Sync: an API-only user, not offered in the user switch and refused as a session', async () => {
    const sync = harness.preview.emulator
      .users()
      .find((user) => user.permissionSet === 'Product_Gap_GitHub_Sync');
    assert.ok(sync?.apiOnly, 'the GitHub sync user is API-only');
    await page.goto(`${harness.baseUrl}/`);
    await harness.ready(page);
    const offered = await page
      .getByLabel('Preview user', { exact: true })
      .locator('option')
      .allInnerTexts();
    assert.deepEqual(
      offered.map((text) => /\((\w+)\)/.exec(text)?.[1]).sort(),
      Object.keys(EXPECTED).sort()
    );
    const response = await fetch(`${harness.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: sync.id })
    });
    assert.equal(response.status, 400);
  });
});
