// Browser test of where the focus goes around Withdraw on the customer panel (c-customer-gaps):
// into the confirmation, back to Withdraw on Keep, and onto the visible notice once the row is
// gone, never to the page body.
// Run: node --import tsx --test preview/browser/withdrawFocus.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

/** The focused element through the shadow roots, as 'tag.class>tag.class…'. */
function deepFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const path: string[] = [];
    let active: Element | null = document.activeElement;
    while (active) {
      path.push(`${active.localName}.${active.className}`);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.join('>');
  });
}

/** Waits until the deep focus matches (the focus moves after a re-render, not at once). */
async function focusOn(page: Page, pattern: RegExp): Promise<string> {
  let focused = await deepFocus(page);
  for (let poll = 0; poll < 50 && !pattern.test(focused); poll++) {
    await page.waitForTimeout(100);
    focused = await deepFocus(page);
  }
  assert.match(focused, pattern);
  return focused;
}

describe('Withdraw on the customer panel', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness();
  });

  after(async () => {
    await harness?.stop();
  });

  test('the focus follows Withdraw into its confirmation, back on Keep, and onto the notice after withdrawing', async () => {
    const users = harness.preview.emulator.users();
    const tpm = users.find((u) => u.permissionSet === 'Product_Gap_TPM')!;
    const submitter = users.find((u) => u.permissionSet === 'Product_Gap_Submitter')!;
    const read = await harness.preview.emulator.execute(
      {
        query: `query Sample { uiapi { query {
          Opportunity(first: 50) { edges { node { Id AccountId { value } } } }
          Product_Gap__c(first: 50, where: { Status__c: { eq: "Open" } }) { edges { node { Id } } }
        } } }`
      },
      tpm.id
    );
    const data = read.data as {
      uiapi: {
        query: {
          Opportunity: { edges: { node: { Id: string; AccountId: { value: string } | null } }[] };
          Product_Gap__c: { edges: { node: { Id: string } }[] };
        };
      };
    };
    const opportunity = data.uiapi.query.Opportunity.edges.find((e) => e.node.AccountId)!.node;
    const account = opportunity.AccountId!.value;
    // The Submitter flags one gap for this customer, as the flag action would.
    let created = false;
    for (const { node: gap } of data.uiapi.query.Product_Gap__c.edges) {
      const response = await harness.preview.emulator.execute(
        {
          query: `mutation Flag($input: Product_Gap_Submission__cCreateInput!) {
            uiapi(input: { allOrNone: true }) {
              Product_Gap_Submission__cCreate(input: $input) { Record { Id } }
            }
          }`,
          variables: {
            input: {
              Product_Gap_Submission__c: {
                Product_Gap__c: gap.Id,
                Account__c: account,
                Opportunity__c: opportunity.Id,
                Severity__c: 'P1 - Significant Pain Point',
                Description__c: 'Withdraw focus test'
              }
            }
          },
          operationName: 'Flag'
        },
        submitter.id
      );
      if (!response.errors) {
        created = true;
        break;
      }
    }
    assert.ok(created, 'the Submitter flagged a gap for the customer');
    const page = await harness.open('/');
    await harness.switchUser(page, 'Product_Gap_Submitter');
    await page.goto(`${harness.baseUrl}/account/${account}`);
    await harness.ready(page);
    const withdraw = page.getByRole('button', { name: /^Withdraw the submission for / }).first();
    await page.locator('c-customer-gaps .panel[data-state="ready"]').waitFor({ timeout: 30_000 });
    await withdraw.waitFor({ timeout: 30_000 });
    const label = (await withdraw.getAttribute('aria-label'))!;
    const row = page.locator('c-customer-gaps li.gap').filter({
      has: page.getByRole('button', { name: label })
    });
    const before = await page.locator('c-customer-gaps li.gap').count();

    await withdraw.focus();
    await page.keyboard.press('Enter');
    await focusOn(page, /c-customer-gap-row\.[^>]*>button\.keep/);
    await page.keyboard.press('Enter');
    await focusOn(page, /c-customer-gap-row\.[^>]*>button\.withdraw/);

    await page.keyboard.press('Enter');
    await focusOn(page, /c-customer-gap-row\.[^>]*>button\.keep/);
    await page.keyboard.press('Shift+Tab');
    await focusOn(page, /c-customer-gap-row\.[^>]*>button\.confirm-withdraw/);
    await page.keyboard.press('Enter');
    await page
      .locator('c-customer-gaps li.gap')
      .nth(before - 1)
      .waitFor({ state: 'detached' });
    await focusOn(page, /c-customer-gaps\.[^>]*>p\.notice/);
    const notice = page.locator('c-customer-gaps p.notice');
    assert.match(await notice.innerText(), /withdrawn/i);
    const noticeBox = await notice.boundingBox();
    const listBox = await page.locator('c-customer-gaps ul.gaps').boundingBox();
    assert.ok(noticeBox && listBox && noticeBox.height > 0, 'the notice is visible');
    assert.ok(noticeBox.y <= listBox.y, 'the notice shows where the list starts');
    assert.equal(await row.count(), 0);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
