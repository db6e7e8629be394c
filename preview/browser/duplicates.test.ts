// Browser tests of duplicates as a workflow: the flag action finds duplicates the old substring
// search missed (words in any order, abbreviations), says the total, marks what this customer
// already flagged before Save and opens the existing submission.
// Run: node --import tsx --test preview/browser/duplicates.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { Emulator, PreviewUser } from '../emulator/index';
import { startHarness } from './harness';
import type { PreviewHarness } from './harness';

function userOf(emulator: Emulator, permissionSet: string): PreviewUser {
  return emulator.users().find((user: PreviewUser) => user.permissionSet === permissionSet)!;
}

async function run(
  emulator: Emulator,
  permissionSet: string,
  query: string,
  variables: Record<string, unknown> = {}
) {
  const response = await emulator.execute({ query, variables }, userOf(emulator, permissionSet).id);
  assert.deepEqual(response.errors ?? [], [], 'seed or check request failed');
  return response.data as any;
}

/** An open opportunity with its account. */
async function someOpportunity(emulator: Emulator) {
  const data = await run(
    emulator,
    'Product_Gap_TPM',
    `query { uiapi { query { Opportunity(first: 50) { edges { node { Id AccountId { value } } } } } } }`
  );
  const node = data.uiapi.query.Opportunity.edges
    .map((edge: any) => edge.node)
    .find((n: any) => n.AccountId?.value);
  return { opportunityId: node.Id as string, accountId: node.AccountId.value as string };
}

/** Creates a gap with one submission for the customer, as an account team would. */
async function seedGap(
  emulator: Emulator,
  customer: { opportunityId: string; accountId: string },
  name: string,
  summary: string
): Promise<{ gapId: string; submissionId: string }> {
  const data = await run(
    emulator,
    'Product_Gap_Submitter',
    `mutation Seed($name: String!, $summary: TextArea, $account: IdOrRef!, $opportunity: IdOrRef) {
      uiapi(input: { allOrNone: true }) {
        gap: Product_Gap__cCreate(input: { Product_Gap__c: { Name: $name, Summary__c: $summary } }) { Record { Id } }
        submission: Product_Gap_Submission__cCreate(input: { Product_Gap_Submission__c: {
          Product_Gap__c: "@{gap}", Account__c: $account, Opportunity__c: $opportunity, Severity__c: "P1 - Significant Pain Point" } }) { Record { Id } }
      }
    }`,
    { name, summary, account: customer.accountId, opportunity: customer.opportunityId }
  );
  return {
    gapId: data.uiapi.gap.Record.Id,
    submissionId: data.uiapi.submission.Record.Id
  };
}

async function openAction(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Flag Product Gap', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.locator('[data-state="ready"]').waitFor();
  return dialog;
}

describe('duplicates in the flag action', () => {
  let harness: PreviewHarness;
  let customer: { opportunityId: string; accountId: string };
  let other: { opportunityId: string; accountId: string };
  let okta: { gapId: string; submissionId: string };

  before(async () => {
    harness = await startHarness();
    const emulator = harness.preview.emulator;
    customer = await someOpportunity(emulator);
    // The seeded gaps belong to another opportunity, except the Okta one (this customer's).
    other = { ...customer };
    okta = await seedGap(
      emulator,
      customer,
      'Okta SSO for contractors',
      'Contractors sign in through the customer Okta tenant'
    );
    const data = await run(
      emulator,
      'Product_Gap_TPM',
      `query { uiapi { query { Opportunity(first: 50) { edges { node { Id AccountId { value } } } } } } }`
    );
    const second = data.uiapi.query.Opportunity.edges
      .map((edge: any) => edge.node)
      .find((n: any) => n.AccountId?.value && n.Id !== customer.opportunityId);
    other = { opportunityId: second.Id, accountId: second.AccountId.value };
    await seedGap(emulator, other, 'Bidirectional Jira sync', 'Issues and tickets kept in step');
  });

  after(async () => {
    await harness?.stop();
  });

  test('a new title finds its duplicates in any word order and through abbreviations', async () => {
    const page = await harness.open(`/opportunity/${other.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    await dialog.getByText('Create a new gap', { exact: true }).click();

    await dialog.getByLabel('Gap title').fill('Jira bidirectional sync');
    const duplicates = dialog.locator('.duplicates');
    await duplicates.waitFor();
    await dialog.locator('.match-name', { hasText: /^Bidirectional Jira sync$/ }).waitFor();

    await dialog.getByLabel('Gap title').fill('Single sign-on with Okta');
    await dialog.locator('.match-name', { hasText: /^Okta SSO for contractors$/ }).waitFor();
    assert.match(await dialog.locator('.search-status').innerText(), /product gaps? match/);
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('a gap this customer already flagged says so before Save and opens the existing submission', async () => {
    const page = await harness.open(`/opportunity/${customer.opportunityId}`);
    await harness.switchUser(page, 'Product_Gap_Submitter');
    const dialog = await openAction(page);
    await dialog.getByLabel('Search product gaps by name or summary').fill('okta sso');
    const row = dialog.locator('li.match', { hasText: 'Okta SSO for contractors' });
    await row.locator('.match-already', { hasText: 'Already flagged for this customer' }).waitFor();
    assert.equal(await row.getByRole('button', { name: /^Add to/ }).count(), 0);
    await row.getByRole('button', { name: 'Open the existing submission' }).click();
    await page.waitForURL(new RegExp(`/record/${okta.submissionId}`));
    await page.close();
  });
});

describe('duplicates on the Top 10 tab', () => {
  let harness: PreviewHarness;

  before(async () => {
    harness = await startHarness();
  });

  after(async () => {
    await harness?.stop();
  });

  /** Status and survivor of a gap, read as the TPM. */
  async function gapByName(name: string) {
    const data = await run(
      harness.preview.emulator,
      'Product_Gap_TPM',
      `query G($name: String) { uiapi { query { Product_Gap__c(first: 5, where: { Name: { eq: $name } }) { edges { node { Id Status__c { value } Duplicate_Of__c { value } } } } } } }`,
      { name }
    );
    return data.uiapi.query.Product_Gap__c.edges.map((edge: any) => edge.node);
  }

  test('the proposed Top 10 marks its likely duplicate pair and the TPM merges it there, the result naming the survivor', async () => {
    const page = await harness.open('/top10');
    await harness.switchUser(page, 'Product_Gap_TPM');
    const pairs = page.locator('c-top-ten-duplicates .duplicate-pair');
    await pairs.first().waitFor();
    assert.equal(
      await pairs.count(),
      1,
      'the sample org has one likely duplicate pair in its Top 10'
    );
    const text = await pairs.first().locator('.pair-text').innerText();
    assert.match(text, /OAuth client credentials flow .*OAuth client credentials flow/);
    // Both gaps carry the mark in the ranking table.
    assert.equal(await page.locator('c-ranking-table .duplicate-mark').count(), 2);

    const open = pairs.first().getByRole('button', { name: /^Merge .* into / });
    const [, merged, survivor] =
      /^Merge (.*) into (.*)$/.exec((await open.textContent()) ?? '') ?? [];
    assert.ok(merged && survivor, 'the merge button names both gaps');
    await open.click();
    const moves = pairs.first().locator('.merge-moves');
    await moves.waitFor();
    const movesText = await moves.innerText();
    assert.ok(movesText.includes(merged) && movesText.includes(survivor), movesText);
    assert.match(movesText, /submissions, \d+ accounts/);
    await pairs.first().getByRole('button', { name: 'Merge', exact: true }).click();

    const done = page.locator('c-top-ten-duplicates .duplicates-done');
    await done.waitFor();
    assert.equal(
      (await done.innerText()).trim(),
      `Merged ${merged} into ${survivor}. ${survivor} is the surviving gap.`
    );
    await pairs.first().waitFor({ state: 'detached' });
    const [record] = await gapByName(merged);
    assert.equal(record.Status__c.value, 'Duplicate');
    assert.ok(record.Duplicate_Of__c.value, 'the merged gap names its survivor');
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
