// Browser tests of the leadership board (c-top-ten-board): the TPM publishes a new Top 10 in the
// Top 10 tab, then the board shows it with the movement against the previous revision, the gap
// that left and why as recorded at publish, with the reason the TPM typed for the gap they took
// out (the same for the TPM, who can read gaps, and for a Viewer, who cannot), and the picker brings back the previous revision, whose reasons were not
// recorded (said plainly).
// What was published is read back from the in-memory org, not from the screen.
// Run: node --import tsx --test preview/browser/topTenBoard.test.ts
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startHarness } from './harness';
import { chooseOption, chooseWithKeyboard, comboboxOptions, comboboxValue } from './combobox';
import type { PreviewHarness } from './harness';

const TPM = 'Product_Gap_TPM';
const VIEWER = 'Product_Gap_Viewer';
const NOTES = 'Quarterly review: one gap moved up, one taken out.';
const REMOVAL_REASON = 'Folded into the Q1 identity epic';

interface Revision {
  id: string;
  status: string;
  notes: string | null;
  entries: { rank: number; gapId: string; name: string }[];
}

const REVISIONS = `
  query BoardTestRevisions {
    uiapi {
      query {
        Top_Ten_Revision__c(first: 50, orderBy: { Published_At__c: { order: DESC } }) {
          edges {
            node {
              Id
              Status__c { value }
              Notes__c { value }
              Entries__r(first: 20, orderBy: { Rank__c: { order: ASC } }) {
                edges { node { Rank__c { value } Product_Gap__c { value } Gap_Name__c { value } } }
              }
            }
          }
        }
      }
    }
  }
`;

type Wrapped = { value: unknown } | null | undefined;
const value = (field: Wrapped) => (field ? field.value : null);

function userId(harness: PreviewHarness, permissionSet: string): string {
  const user = harness.preview.emulator.users().find((u) => u.permissionSet === permissionSet);
  assert.ok(user, `no preview user holds ${permissionSet}`);
  return user.id;
}

/** The published revision, read as the TPM through GraphQL. */
async function publishedRevision(harness: PreviewHarness): Promise<Revision> {
  const response = await harness.preview.emulator.execute(
    { query: REVISIONS, operationName: 'BoardTestRevisions' },
    userId(harness, TPM)
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const edges = (response.data as any).uiapi.query.Top_Ten_Revision__c.edges as {
    node: Record<string, any>;
  }[];
  const revisions: Revision[] = edges.map(({ node }) => ({
    id: node.Id,
    status: value(node.Status__c) as string,
    notes: value(node.Notes__c) as string | null,
    entries: node.Entries__r.edges.map(({ node: entry }: { node: Record<string, Wrapped> }) => ({
      rank: value(entry.Rank__c) as number,
      gapId: value(entry.Product_Gap__c) as string,
      name: value(entry.Gap_Name__c) as string
    }))
  }));
  const published = revisions.filter((revision) => revision.status === 'Published');
  assert.equal(published.length, 1, 'exactly one revision is Published');
  return published[0];
}

/** Movement of each entry of `current` against `previous` (kind and its text), computed here independently of the board. */
function expectedMovement(current: Revision, previous: Revision): { kind: string; text: string }[] {
  const previousRank = new Map(previous.entries.map((e) => [e.gapId, e.rank]));
  return current.entries.map((entry) => {
    const was = previousRank.get(entry.gapId);
    if (was === undefined) return { kind: 'new', text: 'New' };
    if (was > entry.rank) return { kind: 'up', text: `Up ${was - entry.rank}` };
    if (was < entry.rank) return { kind: 'down', text: `Down ${entry.rank - was}` };
    return { kind: 'same', text: 'Unchanged' };
  });
}

/** The entries of `previous` whose gap is not in `current`, in their old order. */
function departed(current: Revision, previous: Revision): Revision['entries'] {
  const now = new Set(current.entries.map((e) => e.gapId));
  return previous.entries.filter((e) => !now.has(e.gapId));
}

const GAPS = `
  query BoardTestGaps($ids: [ID]) {
    uiapi { query { Product_Gap__c(first: 50, where: { Id: { in: $ids } }) {
      edges { node { Id Status__c { value } Duplicate_Of__c { value } } }
    } } }
  }
`;

/** Why each gap left, from its record read as the TPM: merged, Done, Won't Do, removed by the TPM, or out-ranked. */
async function expectedReasons(
  harness: PreviewHarness,
  gapIds: string[],
  removedId: string
): Promise<string[]> {
  const response = await harness.preview.emulator.execute(
    { query: GAPS, variables: { ids: gapIds }, operationName: 'BoardTestGaps' },
    userId(harness, TPM)
  );
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const nodes = (response.data as any).uiapi.query.Product_Gap__c.edges.map(
    (edge: { node: Record<string, any> }) => edge.node
  );
  return gapIds.map((id) => {
    const gap = nodes.find((node: Record<string, any>) => node.Id === id);
    if (gap && value(gap.Duplicate_Of__c)) return 'merged';
    if (gap && value(gap.Status__c) === 'Done') return 'done';
    if (gap && value(gap.Status__c) === "Won't Do") return 'wontDo';
    return id === removedId ? 'removed' : 'outranked';
  });
}

// ---- the Top 10 tab (curation), as its own browser tests drive it

const curation = (page: Page) => page.locator('c-top-ten-curation');
const curationEntry = (page: Page, index: number) =>
  page.locator('c-top-ten-curation-editor li.entry').nth(index);

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

/** As the TPM: move the second entry up, take the third out, publish with notes; the removed gap's Id. */
async function publishChangedTopTen(harness: PreviewHarness): Promise<string> {
  const page = await harness.open('/top10');
  if ((await harness.session()).user.permissionSet !== TPM) await harness.switchUser(page, TPM);
  await curation(page).locator('table.comparison').waitFor({ timeout: 60_000 });
  await curationEntry(page, 1).locator('button[data-action="up"]').click();
  const removedId = (await curationEntry(page, 2).getAttribute('data-gap-id')) ?? '';
  await curationEntry(page, 2).locator('button[data-action="remove"]').click();
  // The removed gap's line in the comparison asks why it leaves (optional, shown on the board),
  // and the focus is already there: the TPM types the reason straight away.
  const reason = curation(page).getByRole('textbox', {
    name: /^Reason \(optional\): why .+ left the Top 10, shown on the board$/
  });
  const focused = await reason.evaluate(async (field) => {
    for (let frame = 0; frame < 120; frame++) {
      if ((field.getRootNode() as ShadowRoot).activeElement === field) return true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  });
  assert.ok(focused, 'the reason field takes the focus after the removal');
  await page.keyboard.type(REMOVAL_REASON);
  await page.keyboard.press('Tab');
  await typeInto(curation(page).locator('lightning-textarea.notes textarea'), NOTES);
  await curation(page).locator('lightning-button.publish button').click();
  const dialog = page.getByRole('dialog', { name: 'Publish this Top 10?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Top 10 published').first().waitFor({ timeout: 30_000 });
  await page.close();
  return removedId;
}

// ---- the board

const board = (page: Page) => page.locator('c-top-ten-board');

async function openBoard(harness: PreviewHarness, permissionSet: string): Promise<Page> {
  const page = await harness.open('/');
  if ((await harness.session()).user.permissionSet !== permissionSet)
    await harness.switchUser(page, permissionSet);
  await page.goto(`${harness.baseUrl}/board`);
  await harness.ready(page);
  await board(page).locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

async function rowNames(page: Page): Promise<string[]> {
  return (await board(page).locator('tr.entry .gap-name').allInnerTexts()).map((t) => t.trim());
}

async function movements(page: Page): Promise<(string | null)[]> {
  return board(page)
    .locator('tr.entry')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-movement')));
}

/** The departures as the board lists them. */
async function departures(page: Page): Promise<{ name: string; reason: string | null }[]> {
  const items = board(page).locator('li.departure');
  await items.first().waitFor();
  return items.evaluateAll((list) =>
    list.map((item) => ({
      name: item.querySelector('.departure-name')?.textContent?.trim() ?? '',
      reason: item.getAttribute('data-reason')
    }))
  );
}

describe('Top 10 board', () => {
  let harness: PreviewHarness;
  let previous: Revision;
  let current: Revision;
  let removedId: string;

  before(async () => {
    harness = await startHarness({ gaps: 24, submissions: 120 });
    await fetch(`${harness.baseUrl}/api/org/reset`, { method: 'POST' });
    previous = await publishedRevision(harness);
    removedId = await publishChangedTopTen(harness);
    current = await publishedRevision(harness);
  });

  after(async () => {
    await harness?.stop();
  });

  test('the publish made a new revision that differs from the previous one', () => {
    assert.notEqual(current.id, previous.id);
    assert.equal(current.notes, NOTES);
    assert.equal(current.entries.length, 10);
    // The curated draft moved and removed entries: the comparison has something to show.
    assert.ok(expectedMovement(current, previous).some((m) => m.kind !== 'same'));
  });

  test('the TPM sees the new revision with its movement and why each gap left, as recorded', async () => {
    const page = await openBoard(harness, TPM);
    assert.deepEqual(
      await rowNames(page),
      current.entries.map((e) => e.name)
    );
    const expected = expectedMovement(current, previous);
    assert.deepEqual(
      await movements(page),
      expected.map((m) => m.kind)
    );
    const changes = await board(page).locator('tr.entry .movement').allInnerTexts();
    assert.deepEqual(
      changes.map((t) => t.trim()),
      expected.map((m) => m.text)
    );
    assert.equal(await board(page).locator('.notes-text').innerText(), NOTES);
    // The TPM can open gaps: each name links to its gap (once the live read came back).
    await board(page).locator('tr.entry a.gap-name').first().waitFor();
    assert.equal(await board(page).locator('tr.entry a.gap-name').count(), current.entries.length);
    const gone = departed(current, previous);
    assert.ok(gone.length > 0, 'a gap left the list');
    const reasons = await expectedReasons(
      harness,
      gone.map((e) => e.gapId),
      removedId
    );
    assert.ok(reasons.includes('removed'), 'the gap the TPM took out is recorded as removed');
    assert.deepEqual(
      await departures(page),
      gone.map((e, i) => ({ name: e.name, reason: reasons[i] }))
    );
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('a Viewer, who cannot read gaps, reads the real reasons, gap names as plain text; an older revision says its reasons were not recorded', async () => {
    const page = await openBoard(harness, VIEWER);
    assert.deepEqual(
      await rowNames(page),
      current.entries.map((e) => e.name)
    );
    assert.deepEqual(
      await movements(page),
      expectedMovement(current, previous).map((m) => m.kind)
    );
    const gone = departed(current, previous);
    const reasons = await expectedReasons(
      harness,
      gone.map((e) => e.gapId),
      removedId
    );
    assert.deepEqual(
      await departures(page),
      gone.map((e, i) => ({ name: e.name, reason: reasons[i] }))
    );
    const reasonTexts = await board(page).locator('li.departure .departure-reason').allInnerTexts();
    assert.ok(
      reasonTexts.includes(`Removed by the TPM: ${REMOVAL_REASON}`),
      reasonTexts.join(' | ')
    );
    const allText = await board(page).innerText();
    assert.doesNotMatch(allText, /Not visible to you|RecordQuery|Product_Gap__c/);
    // A Viewer cannot open gaps: their names are text, not links to a no-access page.
    assert.equal(await board(page).locator('tr.entry a.gap-name').count(), 0);
    assert.equal(
      await board(page).locator('tr.entry span.gap-name').count(),
      current.entries.length
    );

    const picker = board(page).locator('lightning-combobox.revision-picker');
    assert.equal(await comboboxValue(picker), current.id);
    const options = await comboboxOptions(picker);
    assert.match(options[0], /\(current\)$/);
    assert.ok(options.length >= 2, 'the previous revision is offered');

    await chooseOption(picker, previous.id);
    await board(page).locator('.superseded').waitFor();
    assert.deepEqual(
      await rowNames(page),
      previous.entries.map((e) => e.name)
    );
    assert.equal(await comboboxValue(picker), previous.id);
    // The seeded revision was published before reasons were recorded: said plainly, per gap.
    const older = await board(page)
      .locator('li.departure')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-reason')));
    assert.ok(older.length > 0 && older.every((reason) => reason === 'notRecorded'), older.join());
    await board(page).locator('.not-recorded').waitFor();
    await page.getByText(/^Showing the Top 10 published /).waitFor({ state: 'attached' });
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });

  test('the revision picker is a combobox a keyboard user operates', async () => {
    const page = await harness.open('/board');
    await harness.switchUser(page, 'Product_Gap_Viewer');
    await board(page).locator('.board[data-state="ready"]').waitFor({ timeout: 30_000 });
    const picker = board(page).locator('lightning-combobox.revision-picker');
    const trigger = picker.getByRole('combobox', { name: 'Revision' });
    const before = await comboboxValue(picker);
    await chooseWithKeyboard(picker, 1);
    await board(page).locator('.superseded').waitFor();
    assert.notEqual(await comboboxValue(picker), before);
    assert.equal(await trigger.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(harness.errors(page), []);
    await page.close();
  });
});
