import { cloneFixture, flush, labelText, mount as mountElement, unmountAll } from 'test-kit';
import TopTenBoard from 'c/topTenBoard';
import { formatDateTime } from 'c/format';
import revisionsData from './data/revisions.json';
import { boardWire as adapter, to } from './wire';

type Json = Record<string, any>;

const clone = cloneFixture;

/** Mounts the board and lets the wires receive their config (so emits can target them). */
async function mount(): Promise<HTMLElement> {
  const element = mountElement('c-top-ten-board', TopTenBoard);
  await flush();
  return element;
}
const root = (element: HTMLElement) => element.shadowRoot!;
const state = (element: HTMLElement) =>
  root(element).querySelector('.board')!.getAttribute('data-state');
const text = (element: HTMLElement, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
/** The shadow root of a child of the board, or null when it is not rendered. */
const childRoot = (element: HTMLElement, tag: string) =>
  root(element).querySelector(tag)?.shadowRoot ?? null;
const table = (element: HTMLElement) => childRoot(element, 'c-top-ten-board-table')!;
const tableText = (element: HTMLElement, selector: string) =>
  [...table(element).querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
const rowNames = (element: HTMLElement) => tableText(element, 'tr.entry .gap-name');
const movements = (element: HTMLElement) =>
  [...table(element).querySelectorAll('tr.entry')].map((row) => row.getAttribute('data-movement'));
const departures = (element: HTMLElement) =>
  [
    ...(childRoot(element, 'c-top-ten-board-departures')?.querySelectorAll('li.departure') ?? [])
  ].map((item) => [
    item.querySelector('.departure-name')!.textContent,
    item.getAttribute('data-reason'),
    item.querySelector('.departure-reason')!.textContent
  ]);

/** Revisions newest first, keeping only the given indexes of the fixture. */
function revisionsOnly(...indexes: number[]): Json {
  const data = clone(revisionsData) as Json;
  const edges = data.uiapi.query.Top_Ten_Revision__c.edges;
  data.uiapi.query.Top_Ten_Revision__c.edges = indexes.map((i) => edges[i]);
  return data;
}

async function loaded(data: Json = revisionsData): Promise<HTMLElement> {
  const element = await mount();
  adapter.emit(clone(data), to('TopTenRevisions'));
  await flush();
  return element;
}

async function pickRevision(element: HTMLElement, value: string): Promise<void> {
  // lightning-combobox (a stub under Jest) reports the choice in detail.value.
  const picker = root(element).querySelector('lightning-combobox.revision-picker')!;
  picker.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

describe('c-top-ten-board', () => {
  afterEach(unmountAll);

  it('shows a loading state until the revisions arrive', async () => {
    const element = await mount();
    expect(state(element)).toBe('loading');
    const spinner = root(element).querySelector('lightning-spinner') as HTMLElement & {
      alternativeText: string;
    };
    expect(spinner.alternativeText).toBe(labelText('TopTen_Board_Loading'));
    expect(root(element).querySelector('c-top-ten-board-table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the current revision with its movement, publisher and notes', async () => {
    const element = await loaded();
    expect(state(element)).toBe('ready');
    expect(rowNames(element)).toEqual([
      'SAML single logout',
      'Bulk API for submissions',
      'Search across archived records',
      'Field-level audit trail',
      'Custom report folders',
      'Usage analytics export',
      'AI summary of cases',
      'Webhook retries',
      'Terraform provider',
      'Sandbox refresh API'
    ]);
    expect(tableText(element, 'tr.entry .rank')).toEqual(
      Array.from({ length: 10 }, (_, i) => `#${i + 1}`)
    );
    expect(movements(element)).toEqual([
      'up',
      'up',
      'down',
      'same',
      'same',
      'new',
      'new',
      'up',
      'new',
      'new'
    ]);
    expect(tableText(element, 'tr.entry .status')[0]).toBe('In Progress');
    expect(tableText(element, 'tr.entry .arr')[0]).toBe('$1,026,000');
    expect(root(element).querySelector('.notes-text')!.textContent).toBe(
      'Q4 review: SCIM shipped.\nTwo new AI asks.'
    );
    const publishedAt = formatDateTime('2026-11-20T14:30:00.000Z');
    expect(publishedAt).toMatch(/Nov 20, 2026/);
    expect(text(element, '.published-by')[0]).toBe(`Published by Tess Planner on ${publishedAt}`);
    const picker = root(element).querySelector('lightning-combobox.revision-picker') as any;
    expect(picker.value).toBe('a03D000000Rev03');
    expect(picker.options.map((option: { label: string }) => option.label)).toEqual([
      `${publishedAt} by Tess Planner (current)`,
      `${formatDateTime('2026-11-01T09:00:00.000Z')} by Tess Planner`,
      `${formatDateTime('2026-10-01T09:00:00.000Z')} by Tess Planner`
    ]);
    expect(root(element).querySelector('.superseded')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('links GitHub only for a valid issue URL, in a new tab without opener', async () => {
    const element = await loaded();
    // The link sits in the c-github-status child of each row.
    const links = [...table(element).querySelectorAll('td.github c-github-status')].flatMap(
      (child) => [...child.shadowRoot!.querySelectorAll('a')]
    ) as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://github.com/acme/platform/issues/101'
    ]);
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists the gaps that left with the reasons recorded at publish, without reading gaps', async () => {
    const data = clone(revisionsData) as Json;
    data.uiapi.query.Top_Ten_Revision__c.edges[0].node.Departures__c = {
      value: JSON.stringify([
        { gapId: 'a00D000000Gap08', name: 'SCIM provisioning', rank: 8, kind: 'done' },
        {
          gapId: 'a00D000000Gap10',
          name: 'Duplicate SSO logout',
          rank: 10,
          kind: 'merged',
          survivorName: 'SAML single logout'
        },
        {
          gapId: 'a00D000000Gap11',
          name: 'Regional data residency',
          rank: 9,
          kind: 'removed',
          note: 'Moved to the Q1 compliance plan'
        }
      ])
    };
    const element = await loaded(data);
    expect(departures(element)).toEqual([
      ['SCIM provisioning', 'done', 'Resolved (Done)'],
      ['Regional data residency', 'removed', 'Removed by the TPM: Moved to the Q1 compliance plan'],
      ['Duplicate SSO logout', 'merged', 'Merged into SAML single logout']
    ]);
    await expect(element).toBeAccessible();
  });

  it('says plainly that the reasons were not recorded for a revision published before they were', async () => {
    const element = await loaded();
    const notRecorded = (name: string) => [name, 'notRecorded', 'Reason not recorded'];
    expect(departures(element)).toEqual([
      notRecorded('Offline mobile edits'),
      notRecorded('Regional data residency'),
      notRecorded('SCIM provisioning'),
      notRecorded('Duplicate SSO logout')
    ]);
    const note = childRoot(element, 'c-top-ten-board-departures')!.querySelector('.not-recorded');
    expect(note!.textContent).toBe(
      'This revision was published before the board recorded why gaps leave, so the reasons are not known.'
    );
  });

  it('shows the live status of a published gap that moved on, when the reader can see it', async () => {
    const element = await loaded();
    const gap = (id: string, status: string, duplicateOf: string | null = null) => ({
      node: {
        Id: id,
        Name: { value: id },
        Status__c: { value: status },
        Duplicate_Of__c: { value: duplicateOf }
      }
    });
    adapter.emit(
      {
        uiapi: {
          query: {
            Product_Gap__c: {
              edges: [
                gap('a00D000000Gap01', 'Done'),
                gap('a00D000000Gap03', "Won't Do", 'a00D000000Gap01'),
                gap('a00D000000Gap02', 'Open')
              ]
            }
          }
        }
      },
      (config) => ((config.variables as any)?.gapIds ?? []).includes('a00D000000Gap01')
    );
    await flush();
    const live = [...table(element).querySelectorAll('tr.entry')].map(
      (row) => row.querySelector('.live-status')?.textContent?.trim() ?? null
    );
    // Gap01 is Done now, Gap03 merged; Gap02 is still Open as published; the rest were not returned.
    expect(live.slice(0, 4)).toEqual(['(now Done)', '(now merged into another gap)', null, null]);
    await expect(element).toBeAccessible();
  });

  it('shows no live status when the reader cannot read gaps', async () => {
    const element = await loaded();
    adapter.emitErrors(
      [{ message: "Validation error (FieldUndefined) : Field 'Product_Gap__c' is undefined" }],
      to('CurationEntryGaps')
    );
    await flush();
    expect(table(element).querySelectorAll('.live-status')).toHaveLength(0);
    // A Viewer's gap names are plain text, never links to a page they cannot open.
    expect(table(element).querySelectorAll('a.gap-name')).toHaveLength(0);
    expect(state(element)).toBe('ready');
  });

  it('shows an earlier revision from the picker, compared with its own previous one', async () => {
    const element = await loaded();
    await pickRevision(element, 'a03D000000Rev02');
    const picker = root(element).querySelector('lightning-combobox.revision-picker') as any;
    expect(picker.value).toBe('a03D000000Rev02');
    expect(rowNames(element).slice(0, 2)).toEqual([
      'Search across archived records',
      'SAML single logout'
    ]);
    expect(movements(element)).toEqual([
      'up',
      'down',
      'same',
      'same',
      'same',
      'same',
      'same',
      'same',
      'new',
      'new'
    ]);
    expect(root(element).querySelector('.superseded')).not.toBeNull();
    expect(root(element).querySelector('.notes-text')!.textContent).toBe('October review');
    expect(root(element).querySelector('.announcement')!.textContent).toBe(
      `Showing the Top 10 published ${formatDateTime('2026-11-01T09:00:00.000Z')} by Tess Planner.`
    );
    expect(departures(element).map(([name]) => name)).toEqual(['Dark mode', 'CSV import mapping']);
    await expect(element).toBeAccessible();
  });

  it('marks every gap new on the first revision and lists no departures', async () => {
    const element = await loaded();
    await pickRevision(element, 'a03D000000Rev01');
    expect(new Set(movements(element))).toEqual(new Set(['new']));
    expect(text(element, '.comparison-note')).toEqual([
      'This is the first published Top 10: every gap is new.'
    ]);
    expect(root(element).querySelector('c-top-ten-board-departures')).toBeNull();
  });

  it('reads the previous revision on its own when it is older than the loaded ones', async () => {
    const element = await loaded(revisionsOnly(0));
    expect(new Set(movements(element))).toEqual(new Set(['unknown']));
    expect(text(element, '.comparison-note')).toEqual([
      'Loading the previous revision to show what changed…'
    ]);
    adapter.emit(revisionsOnly(1), to('TopTenRevision'));
    await flush();
    expect(movements(element)).toEqual([
      'up',
      'up',
      'down',
      'same',
      'same',
      'new',
      'new',
      'up',
      'new',
      'new'
    ]);
    expect(root(element).querySelector('.comparison-note')).toBeNull();
  });

  it('says changes are not shown when the previous revision cannot be read', async () => {
    const element = await loaded(revisionsOnly(0));
    adapter.emit(
      { uiapi: { query: { Top_Ten_Revision__c: { edges: [] } } } },
      to('TopTenRevision')
    );
    await flush();
    expect(new Set(movements(element))).toEqual(new Set(['unknown']));
    expect(text(element, '.comparison-note')).toEqual([
      'The revision before this one could not be read, so changes are not shown.'
    ]);
    expect(root(element).querySelector('c-top-ten-board-departures')).toBeNull();
  });

  it('gives both charts a summary and a table with every value', async () => {
    const element = await loaded();
    const arr = root(element).querySelector('c-top-ten-board-chart.arr-chart')!.shadowRoot!;
    expect(arr.querySelector('.chart-title')!.textContent).toBe(
      'Impacted ARR per gap: open, won and lost'
    );
    expect(arr.querySelector('.plot')!.getAttribute('aria-hidden')).toBe('true');
    expect(arr.querySelectorAll('.plot-row')).toHaveLength(10);
    const rows = [...arr.querySelectorAll('table.chart-table tbody tr')];
    expect(rows).toHaveLength(10);
    expect(rows[0].querySelector('th')!.textContent).toBe('#1 SAML single logout');
    expect([...rows[0].querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '$1M',
      '$20K',
      '$5K',
      '$1M'
    ]);
    const severity = root(element).querySelector(
      'c-top-ten-board-chart.severity-chart'
    )!.shadowRoot!;
    const first = severity.querySelector('table.chart-table tbody tr')!;
    expect([...first.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['5', '3', '1']);
    await expect(element).toBeAccessible();
  });

  it('shows the empty state before the first publish', async () => {
    const element = await loaded({ uiapi: { query: { Top_Ten_Revision__c: { edges: [] } } } });
    expect(state(element)).toBe('empty');
    expect(text(element, '.empty')).toEqual([
      'No Top 10 has been published yet. It appears here as soon as the GTM TPM publishes one.'
    ]);
    expect(root(element).querySelector('c-top-ten-board-table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows a load error in the error panel', async () => {
    const element = await mount();
    adapter.emitErrors([{ message: 'Request failed: UNKNOWN_EXCEPTION' }], to('TopTenRevisions'));
    await flush();
    expect(state(element)).toBe('error');
    const panel = root(element).querySelector('c-error-panel') as any;
    expect(panel.friendlyMessage).toBe('The published Top 10 could not be loaded.');
    expect(panel.shadowRoot.textContent).toContain('UNKNOWN_EXCEPTION');
    await expect(element).toBeAccessible();
  });

  it('shows "no access" as its own state when the reader cannot read revisions', async () => {
    const element = await mount();
    adapter.emitErrors(
      [
        {
          message:
            "Validation error (FieldUndefined) : Field 'Top_Ten_Revision__c' in type 'RecordQuery' is undefined"
        }
      ],
      to('TopTenRevisions')
    );
    await flush();
    expect(state(element)).toBe('noAccess');
    expect(
      root(element)
        .querySelector('c-error-panel')!
        .shadowRoot!.querySelector('[data-kind]')!
        .getAttribute('data-kind')
    ).toBe('noAccess');
    await expect(element).toBeAccessible();
  });
});
