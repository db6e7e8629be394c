// Browser test: the preview runs the package's components inside a Lightning Web Security sandbox
// (namespace `c`), as Lightning Experience does. The test-only probe (preview/probes/lwc/lwsProbe) is
// evaluated like the package's components and reports what the sandbox let it do.
// Run: node --import tsx --test preview/browser/lws.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PROBED_TYPES, PROBE_STORAGE_KEY } from '../probes/lwc/lwsProbe/probe';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';
// The lint rule's allow-list, checked here against the sandbox itself.
const { isLwsAllowedMimeType } = require('../../tools/shared/lint/lwsBlobMimeType') as {
  isLwsAllowedMimeType: (type: string) => boolean;
};

describe('Lightning Web Security in the preview', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness();
  });

  after(async () => {
    await harness?.stop();
  });

  test('a blocked MIME type throws "Unsupported MIME type"; an allowed one works', async () => {
    // On by default: the harness starts the preview as `npm start` does, with no switch.
    assert.notEqual(process.env.PREVIEW_LWS, 'off', 'run this test without PREVIEW_LWS=off');
    assert.equal((await harness.session()).lws, true);
    const page = await harness.open('/__probe/lws');
    const outcome = (type: string) => page.locator(`li[data-type="${type}"]`).innerText();
    assert.match(await outcome('text/csv;charset=utf-8'), /Unsupported MIME type/);
    assert.equal(await outcome('text/plain'), 'allowed');
    assert.deepEqual(harness.errors(page), []);
  });

  test("the lint rule's allow-list matches the sandbox on every probed type", async () => {
    const page = await harness.open('/__probe/lws');
    for (const type of PROBED_TYPES) {
      const text = await page.locator(`li[data-type="${type}"]`).innerText();
      assert.equal(text === 'allowed', isLwsAllowedMimeType(type), `${type}: ${text}`);
    }
  });

  test('the sandboxed components render in synthetic shadow, as in Lightning Experience', async () => {
    const page = await harness.open('/__probe/lws');
    const synthetic = await page.evaluate(
      () =>
        (document.querySelector('c-lws-probe')?.shadowRoot as { synthetic?: boolean } | null)
          ?.synthetic
    );
    assert.equal(synthetic, true);
  });

  test('storage written in the sandbox is partitioned by namespace', async () => {
    const page = await harness.open('/__probe/lws');
    assert.equal(await page.locator('p.storage').innerText(), 'written in the sandbox');
    const outside = await page.evaluate(
      (key) => ({
        plain: window.localStorage.getItem(key),
        keys: Object.keys(window.localStorage)
      }),
      PROBE_STORAGE_KEY
    );
    assert.equal(outside.plain, null, 'the page reads the key the component wrote');
    assert.ok(
      outside.keys.some((key) => key.endsWith(PROBE_STORAGE_KEY) && key !== PROBE_STORAGE_KEY),
      `no namespaced key among ${outside.keys.join(', ')}`
    );
  });
});

describe('the --no-lws debugging switch', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness({ lws: false });
  });

  after(async () => {
    await harness?.stop();
  });

  test('runs the same components without the sandbox: no MIME refusal, storage not partitioned', async () => {
    assert.equal((await harness.session()).lws, false);
    const page = await harness.open('/__probe/lws');
    for (const type of PROBED_TYPES) {
      assert.equal(await page.locator(`li[data-type="${type}"]`).innerText(), 'allowed', type);
    }
    assert.equal(
      await page.evaluate((key) => window.localStorage.getItem(key), PROBE_STORAGE_KEY),
      'written in the sandbox'
    );
    assert.deepEqual(harness.errors(page), []);
  });
});
