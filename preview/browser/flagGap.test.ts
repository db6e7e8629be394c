// Browser tests of Flag Product Gap (quick action) and the customer's product-gaps panel, driven
// like a person in the preview against the in-memory org.
// Run: node --import tsx --test preview/browser/flagGap.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { Emulator, PreviewUser } from '../emulator/index';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

interface Customer {
  opportunityId: string;
  accountId: string;
  accountName: string;
}

const SEVERITY_P0 = /^P0 - Dealbreaker:/;
const SEVERITY_P1 = /^P1 - Significant Pain Point:/;

/** Runs a read as the TPM, who sees everything, to check what the org holds. */
async function read(emulator: Emulator, query: string, variables: Record<string, unknown> = {}) {
  const tpm = emulator
    .users()
    .find((user: PreviewUser) => user.permissionSet === 'Product_Gap_TPM')!;
  const response = await emulator.execute({ query, variables }, tpm.id);
  assert.deepEqual(response.errors ?? [], [], 'check query failed');
  return response.data as any;
}

/** An open opportunity with an account, to flag gaps on. */
async function someCustomer(emulator: Emulator): Promise<Customer> {
  const data = await read(
    emulator,
    `query { uiapi { query { Opportunity(first: 50) { edges { node { Id AccountId { value } Account { Name { value } } } } } } } }`
  );
  const node = data.uiapi.query.Opportunity.edges
    .map((edge: any) => edge.node)
    .find((n: any) => n.AccountId?.value);
  assert.ok(node, 'the sample data has an opportunity with an account');
  return {
    opportunityId: node.Id,
    accountId: node.AccountId.value,
    accountName: node.Account.Name.value
  };
}

/** Submissions of the gap with this exact title, as the org holds them. */
async function submissionsOf(emulator: Emulator, title: string): Promise<number> {
  const data = await read(
    emulator,
    `query Count($title: String) { uiapi { query { Product_Gap_Submission__c(first: 200, where: { Product_Gap__r: { Name: { eq: $title } } }) { edges { node { Id } } } } } }`,
    { title }
  );
  return data.uiapi.query.Product_Gap_Submission__c.edges.length;
}

async function openAction(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Flag Product Gap', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.locator('[data-state="ready"]').waitFor();
  return dialog;
}

async function severity(dialog: Locator, level: RegExp): Promise<void> {
  await dialog.getByText(level).click();
}

describe('flag a product gap', () => {
  let harness: PreviewHarness;
  let customer: Customer;
  const title = `Offline sync for field tablets ${Date.now().toString(36)}`;

  before(async () => {
    harness = await startHarness();
    customer = await someCustomer(harness.preview.emulator);
  });

  after(async () => {
    await harness?.stop();
  });

  test('a new gap flagged from an opportunity shows in the account panel and in the Top 10 ranking', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    // Marks this document: a reload would lose the mark.
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true)
    );
    const dialog = await openAction(page);
    assert.match(await dialog.locator('.context').innerText(), new RegExp(customer.accountName));

    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByLabel('Gap title').fill(title);
    await severity(dialog, SEVERITY_P0);
    await dialog
      .getByLabel('Description')
      .fill('Technicians work offline for days; the deal needs sync on reconnect.');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    await page.locator('[data-id="toasts"]').getByText('Product gap flagged').waitFor();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await submissionsOf(harness.preview.emulator, title), 1);
    // The customer panel on the same page shows the new flag without a reload (RefreshEvent).
    await page.locator('li.gap', { hasText: title }).waitFor();
    assert.equal(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      true
    );

    await page.goto(`${harness.baseUrl}/account/${customer.accountId}`);
    await harness.ready(page);
    const panelRow = page.locator('li.gap', { hasText: title });
    await panelRow.waitFor();
    assert.match(await panelRow.locator('.severity').innerText(), /P0 - Dealbreaker/);
    assert.match(await panelRow.locator('.status').innerText(), /Open/);

    // The flag and the panels raised no error (the Top 10 page's own are its tests' business).
    assert.deepEqual(harness.errors(page), []);
    await page.goto(`${harness.baseUrl}/top10`);
    await harness.ready(page);
    await page.getByLabel('Search gaps by name').fill(title);
    await page.getByRole('link', { name: title }).first().waitFor();
    await page.close();
  });

  test('flagging the same gap again says so before Save and creates no second record', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    await dialog.getByLabel('Search product gaps by name or summary').fill(title.slice(0, 30));
    // The search knows this customer's submissions: no "Add to", the existing one is offered.
    const row = dialog.locator('li.match', { hasText: title });
    await row.locator('.match-already', { hasText: 'Already flagged for this customer' }).waitFor();
    assert.equal(await row.getByRole('button', { name: `Add to ${title}` }).count(), 0);
    await row.getByRole('button', { name: 'Open the existing submission' }).waitFor();
    assert.equal(await submissionsOf(harness.preview.emulator, title), 1);
    await page.close();
  });

  test('a 40,000-character description or a missing severity is an inline error, and the input stays', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    const other = `${title} (second)`;
    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByLabel('Gap title').fill(other);
    const long = 'x'.repeat(40000);
    await dialog.getByLabel('Description').fill(long);
    await dialog
      .getByText('7,232 characters over the limit of 32,768. Shorten it to save.')
      .waitFor();

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText('Choose a severity.').waitFor();
    assert.equal((await dialog.getByLabel('Description').inputValue()).length, 40000);
    assert.equal(await dialog.getByLabel('Gap title').inputValue(), other);

    await severity(dialog, SEVERITY_P1);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog
      .locator('.notice', { hasText: 'Nothing was saved' })
      .waitFor({ state: 'attached' });
    assert.equal(await dialog.getByText('Choose a severity.').count(), 0);
    await dialog
      .getByText('7,232 characters over the limit of 32,768. Shorten it to save.')
      .waitFor();
    assert.equal(
      await submissionsOf(harness.preview.emulator, other),
      0,
      'nothing is sent while a text is over its limit'
    );
    assert.equal((await dialog.getByLabel('Description').inputValue()).length, 40000);
    await page.close();
  });

  test('the character counter shows only near the limit, not as "0 of 32,768 characters"', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByLabel('Description').waitFor();
    assert.equal(
      await dialog.getByText(/ of 32,768 characters/).count(),
      0,
      'no counter when empty'
    );
    await dialog.getByLabel('Description').fill('x'.repeat(30000));
    await dialog.getByText('30,000 of 32,768 characters').waitFor();
    await page.close();
  });

  test('the action sits in the quick-action panel: header and footer stay in view while the body scrolls', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await page.setViewportSize({ width: 1024, height: 600 });
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    const panel = dialog.locator('lightning-quick-action-panel');
    assert.equal(await panel.locator('.slds-modal__header h1').innerText(), 'Flag Product Gap');
    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByLabel('Description').fill('Long enough to scroll. '.repeat(40));
    const body = panel.locator('.slds-modal__content');
    assert.ok(
      await body.evaluate((el) => el.scrollHeight > el.clientHeight),
      'the form is taller than the panel body'
    );
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const viewport = page.viewportSize()!;
    const header = (await panel.locator('.slds-modal__header').boundingBox())!;
    const save = (await dialog.getByRole('button', { name: 'Save', exact: true }).boundingBox())!;
    assert.ok(header.y >= 0, `header in view (top ${header.y})`);
    assert.ok(
      save.y + save.height <= viewport.height,
      `Save in view (bottom ${save.y + save.height})`
    );
    await page.screenshot({ path: '.data/flag-panel-1024.png' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: '.data/flag-panel-1366.png' });
    await page.close();
  });

  test('the action opens with focus on its first field, the search box', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    const search = dialog.getByLabel('Search product gaps by name or summary');
    await page.waitForFunction(
      (el) => el?.matches(':focus') ?? false,
      await search.elementHandle()
    );
    await page.keyboard.type('okta');
    assert.equal(await search.inputValue(), 'okta');
    await page.close();
  });

  test('an invalid field is aria-invalid and described by its error in its own shadow tree', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/aria-describedby|aria-labelledby/i.test(message.text())) warnings.push(message.text());
    });
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const search = dialog.getByLabel('Search product gaps by name or summary');
    await dialog
      .getByText('Choose the product gap this customer needs, or create a new one.')
      .waitFor();
    /** aria-invalid and the texts aria-describedby points at, resolved in the element's own tree. */
    const described = (el: Element) => {
      const root = el.getRootNode() as ParentNode;
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return {
        invalid: el.getAttribute('aria-invalid'),
        texts: ids.map((id) => root.querySelector(`[id="${id}"]`)?.textContent?.trim() ?? null)
      };
    };
    const gap = await search.evaluate(described);
    assert.equal(gap.invalid, 'true');
    assert.ok(
      gap.texts.some((t) =>
        t?.includes('Choose the product gap this customer needs, or create a new one.')
      ),
      `search box described by its error: ${JSON.stringify(gap.texts)}`
    );
    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const title = dialog.getByLabel('Gap title');
    await dialog.getByText('Give the gap a title.').waitFor();
    const titleState = await title.evaluate(described);
    assert.equal(titleState.invalid, 'true');
    assert.ok(
      titleState.texts.some((t) => t?.includes('Give the gap a title.')),
      JSON.stringify(titleState.texts)
    );
    const severity = dialog.locator('fieldset[role="radiogroup"]', { hasText: 'Severity' });
    assert.equal(await severity.getAttribute('aria-invalid'), 'true');
    await dialog.getByText('Choose a severity.').waitFor();
    await title.fill('Anything');
    await dialog.getByText('Give the gap a title.').waitFor({ state: 'detached' });
    assert.notEqual((await title.evaluate(described)).invalid, 'true');
    assert.deepEqual(warnings, [], 'no cross-root aria reference');
    await page.close();
  });

  test('on a phone (390 px) the flow screen flags a gap with the same form and checks, then returns to the record', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await harness.switchUser(page, 'Product_Gap_Submitter');
    await page.goto(`${harness.baseUrl}/flow/Flag_Product_Gap?recordId=${customer.opportunityId}`);
    const screen = page.locator('c-gap-submission-action');
    await screen.locator('[data-state="ready"]').waitFor();
    assert.match(await screen.locator('.context').innerText(), new RegExp(customer.accountName));
    const mobileTitle = `Zorblat quixwing ${Date.now().toString(36)}`;
    await screen.getByText('Create a new gap', { exact: true }).click();
    await screen.getByLabel('Gap title').fill(mobileTitle);
    await screen.getByRole('button', { name: 'Save', exact: true }).click();
    await screen.getByText('Choose a severity.').waitFor();
    assert.equal(await submissionsOf(harness.preview.emulator, mobileTitle), 0);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'nothing wider than the phone'
    );
    await page.screenshot({ path: '.data/flag-flow-390.png', fullPage: true });
    await severity(screen, SEVERITY_P1);
    await screen.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('[data-id="toasts"]').getByText('Product gap flagged').waitFor();
    await page.waitForURL(`**/opportunity/${customer.opportunityId}`);
    assert.equal(await submissionsOf(harness.preview.emulator, mobileTitle), 1);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('a Viewer cannot flag: the action says so plainly and nothing is written', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Viewer');
    await page.locator('.panel[data-state="noAccess"]').waitFor();
    const dialog = await openAction(page);
    const blocked = `${title} (viewer)`;
    await dialog.getByText('Create a new gap', { exact: true }).click();
    await dialog.getByLabel('Gap title').fill(blocked);
    await severity(dialog, SEVERITY_P0);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText(/You cannot flag product gaps/).waitFor();
    assert.equal(await dialog.getByLabel('Gap title').inputValue(), blocked);
    assert.equal(
      await page.locator('[data-id="toasts"]').getByText('Product gap flagged').count(),
      0
    );
    assert.equal(await submissionsOf(harness.preview.emulator, blocked), 0);
    await page.close();
  });

  test('the submitter changes the severity of, then withdraws, their own submission from the account panel', async () => {
    const page = await harness.open(`/account/${customer.accountId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const row = page.locator('li.gap', { hasText: title });
    await row.waitFor();
    await row.getByRole('button', { name: `Change the severity for ${title}` }).click();
    await row.getByText('P2 - Nice to Have', { exact: true }).click();
    await row.getByRole('button', { name: 'Save', exact: true }).click();
    await row.locator('.severity', { hasText: 'P2 - Nice to Have' }).waitFor();

    await page.reload();
    await harness.ready(page);
    await row.locator('.severity', { hasText: 'P2 - Nice to Have' }).waitFor();

    await row.getByRole('button', { name: `Withdraw the submission for ${title}` }).click();
    assert.equal(
      await submissionsOf(harness.preview.emulator, title),
      1,
      'nothing is withdrawn before confirming'
    );
    await row.locator('.confirm').getByRole('button', { name: 'Withdraw', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    assert.equal(await submissionsOf(harness.preview.emulator, title), 0);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
