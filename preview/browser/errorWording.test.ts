// Browser test that no person reads a raw platform error: a TPM whose access is taken away while
// the Top 10 tab is open publishes, the org refuses, and the screen says so in a plain sentence
// with what to ask for, without GraphQL diagnostics or API codes.
// Run: node --import tsx --test preview/browser/errorWording.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';
import { PREVIEW_USER_HEADER } from '../platform/session';

const RAW =
  /Validation error|in type '|is undefined|INSUFFICIENT_ACCESS|FieldUndefined|UnknownType/;

describe('errors a person reads', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
  });

  after(async () => {
    await harness?.stop();
  });

  test('a TPM whose access changed is told plainly what to ask for, never the raw error', async () => {
    const page = await harness.open('/');
    if ((await harness.session()).user.permissionSet !== 'Product_Gap_TPM')
      await harness.switchUser(page, 'Product_Gap_TPM');
    // The admin changed this person's access since the app was opened: the org now answers this
    // page as a Viewer, who cannot read product gaps (the preview names the user in a header).
    const viewer = harness.preview.emulator
      .users()
      .find((user) => user.permissionSet === 'Product_Gap_Viewer');
    assert.ok(viewer);
    await page.route('**/graphql', (route) =>
      route.continue({
        headers: { ...route.request().headers(), [PREVIEW_USER_HEADER]: viewer.id }
      })
    );
    await page.goto(`${harness.baseUrl}/top10`);
    await harness.ready(page);
    const panel = page.locator('c-top-ten-workbench c-error-panel');
    await panel.waitFor({ timeout: 30_000 });
    const shown = await panel.innerText();
    assert.doesNotMatch(shown, RAW);
    assert.match(shown, /don't have access/);
    assert.match(shown, /Ask your Salesforce admin for/);
    await page.close();
  });
});
