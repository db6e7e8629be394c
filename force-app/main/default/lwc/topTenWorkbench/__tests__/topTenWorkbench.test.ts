import TopTenWorkbench from 'c/topTenWorkbench';
import { computeGapMetrics, rankGaps } from 'c/gapRanking';
import type { MetricsInput, RankingMethod, Weights } from 'c/gapRanking';
import page1 from './data/rankingPage1.json';
import page2 from './data/rankingPage2.json';
import input from './data/metricsInput.json';
import { cloneFixture as clone, flush, graphqlAdapter, mount as mountComponent } from 'test-kit';
import { rankingLoaderAnswer, toParentCursors, unmountAll } from 'test-kit';

// Curation is part 2 of the tab with its own tests; here a stand-in records what it is given.
jest.mock('c/topTenCuration', () => require('./stubs/topTenCuration/topTenCuration'));

const adapter = graphqlAdapter();

type Json = Record<string, any>;

function mount(): HTMLElement {
  return mountComponent('c-top-ten-workbench', TopTenWorkbench);
}

function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}
function state(element: HTMLElement): string | null {
  return root(element).querySelector('.workbench')!.getAttribute('data-state');
}
function table(element: HTMLElement): ShadowRoot {
  return root(element).querySelector('c-ranking-table')!.shadowRoot!;
}
function rowNames(element: HTMLElement): string[] {
  return [...table(element).querySelectorAll('tbody th[scope="row"] a:first-child')].map(
    (a) => a.textContent ?? ''
  );
}

/** The engine's order for the fixture, as the names the table must show. */
function engineOrder(method: RankingMethod, weights: Partial<Weights>): string[] {
  const { gaps } = computeGapMetrics(input as MetricsInput);
  return rankGaps(gaps, { method, weights }).gaps.map((gap) => gap.name);
}

async function loaded(first: Json = page1, second: Json = page2): Promise<HTMLElement> {
  const element = mount();
  await flush();
  adapter.emit(rankingLoaderAnswer(first, second), toParentCursors);
  await flush();
  adapter.emit(clone(first));
  await flush();
  adapter.emit(clone(second));
  await flush();
  return element;
}

function settings(element: HTMLElement): ShadowRoot {
  return root(element).querySelector('c-top-ten-workbench-settings')!.shadowRoot!;
}

async function setWeight(element: HTMLElement, key: string, value: number): Promise<void> {
  const slider = settings(element).querySelector(`lightning-slider[data-key="${key}"]`)!;
  slider.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

/** Waits, a task at a time, until the confidence column is filled (it runs after a paint: a frame, then a task). */
async function afterConfidence(element: HTMLElement, tasksLeft = 500): Promise<void> {
  const done =
    root(element).querySelector('.workbench')?.getAttribute('data-confidence') === 'done';
  if (done || tasksLeft === 0) return;
  await flush();
  await afterConfidence(element, tasksLeft - 1);
}

describe('c-top-ten-workbench', () => {
  afterEach(() => {
    unmountAll();
    jest.restoreAllMocks();
  });

  it('shows loading progress while the pages of submissions arrive', async () => {
    const element = mount();
    await flush();
    expect(state(element)).toBe('loading');
    expect(root(element).querySelector('.progress-text')!.textContent).toBe(
      'Loading open gaps and their submissions…'
    );

    adapter.emit(clone(page1));
    await flush();
    expect(state(element)).toBe('loading');
    expect(root(element).querySelector('.progress-text')!.textContent).toBe(
      'Loaded 50 of 76 submissions'
    );
    // 50 of 76 submissions.
    expect((root(element).querySelector('lightning-progress-bar') as any).value).toBe(66);
    expect(root(element).querySelector('c-ranking-table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('ranks every open gap once all pages are in, in the engine order, then fills confidence', async () => {
    const element = await loaded();
    expect(state(element)).toBe('ready');
    expect(rowNames(element)).toEqual(engineOrder('borda', {}));
    expect(rowNames(element)).toHaveLength(12);
    expect(settings(element).querySelector('.settings-origin')!.textContent).toBe(
      'Starting from the method and weights of the published Top 10.'
    );
    const confidenceCells = () => [...table(element).querySelectorAll('td.confidence')];
    expect(table(element).querySelector('td.confidence .computing')!.textContent).toBe(
      'Computing…'
    );

    await afterConfidence(element);
    expect(table(element).querySelector('.computing')).toBeNull();
    // The first gap stays in the Top 10 under every weight perturbation.
    expect(confidenceCells()[0].textContent!.trim()).toBe('100%');
    expect(root(element).querySelector('.workbench')!.getAttribute('data-confidence')).toBe('done');
    // The engine's time is set once it ranked (Number(null) would pass a `>= 0` check unset).
    expect(root(element).querySelector('.workbench')!.getAttribute('data-engine-ms')).toMatch(
      /^\d+(\.\d+)?$/
    );
    await expect(element).toBeAccessible();
  });

  it('hands the ranking, its details, method, weights and revision to curation', async () => {
    const element = await loaded();
    const curation = root(element).querySelector('c-top-ten-curation') as any;
    // One object per ranking: its rows in order and the details of every ranked gap.
    expect(curation.ranking.gaps.map((row: { name: string }) => row.name)).toEqual(
      engineOrder('borda', {})
    );
    expect(curation.ranking.details).toHaveLength(12);
    const rankingTable = root(element).querySelector('c-ranking-table') as any;
    const filters = root(element).querySelector('c-top-ten-workbench-filters') as any;
    expect(rankingTable.feed).toBe(curation.ranking);
    expect(filters.feed).toBe(curation.ranking);
    expect(curation.method).toBe('borda');
    expect(curation.weights).toMatchObject({ arr: 1, accounts: 1, strategic: 1, p0: 1 });
    expect(curation.revision.id).toBe('a03000000000000R01');
  });

  it('reads the published revision again after curation publishes a new one', async () => {
    const element = await loaded();
    const curation = root(element).querySelector('c-top-ten-curation') as any;
    curation.dispatchEvent(new CustomEvent('published', { detail: 'a03000000000000R02' }));
    await flush();
    const revisions = clone(page1) as Json;
    const [edge] = revisions.uiapi.query.Top_Ten_Revision__c.edges;
    edge.node.Id = 'a03000000000000R02';
    adapter.emit({ uiapi: { query: { Top_Ten_Revision__c: { edges: [edge] } } } });
    await flush();
    expect(curation.revision.id).toBe('a03000000000000R02');
    // The ranking itself is not reloaded.
    expect(rowNames(element)).toEqual(engineOrder('borda', {}));
  });

  it('links each gap to its record and only real GitHub issue URLs out', async () => {
    const element = await loaded();
    // Each link sits in the row's c-github-status child, which renders nothing for a bad URL.
    const links = [...table(element).querySelectorAll('c-github-status.github')].flatMap(
      (status) => [...status.shadowRoot!.querySelectorAll('a.github-link')]
    ) as HTMLAnchorElement[];
    expect(links).toHaveLength(1);
    expect(links[0].href).toBe('https://github.com/acme/platform/issues/12');
    expect(links[0].rel).toBe('noopener noreferrer');
    expect(links[0].target).toBe('_blank');
    const record = table(element).querySelector('tbody th a') as HTMLAnchorElement;
    expect(record.getAttribute('href')).toMatch(
      /^\/lightning\/r\/Product_Gap__c\/a00000000000000G\d\d\/view$/
    );
  });

  it('re-ranks at once when a weight changes: ARR alone orders by ARR', async () => {
    const element = await loaded();
    const before = rowNames(element);
    await setWeight(element, 'accounts', 0);
    await setWeight(element, 'strategic', 0);
    await setWeight(element, 'p0', 0);
    const arrOnly = engineOrder('borda', { accounts: 0, strategic: 0, p0: 0 });
    expect(rowNames(element)).toEqual(arrOnly);
    expect(arrOnly).not.toEqual(before);
    expect(root(element).querySelector('.workbench')!.getAttribute('data-generation')).toBe('4');
    // The slider reports a move twice (input, then change): the same value does not rank again.
    await setWeight(element, 'p0', 0);
    expect(root(element).querySelector('.workbench')!.getAttribute('data-generation')).toBe('4');
  });

  it('refuses all-zero weights, keeping the last ranking and saying why', async () => {
    const element = await loaded();
    await setWeight(element, 'arr', 0);
    await setWeight(element, 'accounts', 0);
    await setWeight(element, 'strategic', 0);
    const last = rowNames(element);
    await setWeight(element, 'p0', 0);
    expect(settings(element).querySelector('.rank-problem')!.textContent).toBe(
      'Give at least one metric a weight above 0 to rank the gaps.'
    );
    expect(rowNames(element)).toEqual(last);
    await expect(element).toBeAccessible();
  });

  it('re-ranks when the method changes and resets to the published settings', async () => {
    const element = await loaded();
    const borda = rowNames(element);
    // lightning-combobox (a stub under Jest) reports the choice in detail.value.
    const method = settings(element).querySelector('lightning-combobox.method') as any;
    expect(method.value).toBe('borda');
    expect(method.options.map((option: { value: string }) => option.value)).toContain('pareto');
    method.dispatchEvent(new CustomEvent('change', { detail: { value: 'pareto' } }));
    await flush();
    const pareto = engineOrder('pareto', {});
    expect(pareto).not.toEqual(borda);
    expect(rowNames(element)).toEqual(pareto);

    (settings(element).querySelector('lightning-button.reset') as HTMLElement).click();
    await flush();
    expect(rowNames(element)).toEqual(borda);
  });

  it('filters by name and sorts by a column without changing overall ranks', async () => {
    const element = await loaded();
    const filters = root(element).querySelector('c-top-ten-workbench-filters')!.shadowRoot!;
    filters
      .querySelector('lightning-input[data-name="search"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'search' } }));
    await flush();
    expect(rowNames(element)).toEqual(['Vector search']);

    filters
      .querySelector('lightning-input[data-name="search"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'nothing like this' } }));
    await flush();
    expect(root(element).querySelector('.no-match')!.textContent).toBe(
      'No gap matches these filters.'
    );
    expect((root(element).querySelector('lightning-button.export') as any).disabled).toBe(true);

    filters
      .querySelector('lightning-input[data-name="search"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
    await flush();
    (table(element).querySelector('button[data-key="rank"]') as HTMLElement).click();
    await flush();
    expect(rowNames(element)).toEqual(engineOrder('borda', {}).reverse());
    expect(
      table(element).querySelector('th[aria-sort="descending"] button')!.getAttribute('data-key')
    ).toBe('rank');
  });

  it('filters by product area with the picklist values', async () => {
    const element = await loaded();
    const area = root(element)
      .querySelector('c-top-ten-workbench-filters')!
      .shadowRoot!.querySelector('lightning-combobox[data-name="productArea"]') as any;
    expect(area.options.map((option: { value: string }) => option.value)).toContain(
      'Security & Compliance'
    );
    area.dispatchEvent(new CustomEvent('change', { detail: { value: 'Security & Compliance' } }));
    await flush();
    const { gaps } = computeGapMetrics(input as MetricsInput);
    const expected = rankGaps(gaps)
      .gaps.filter(
        (gap) => gaps.find((g) => g.id === gap.id)!.productArea === 'Security & Compliance'
      )
      .map((gap) => gap.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(rowNames(element)).toEqual(expected);
  });

  it('counts only submissions in the date window', async () => {
    const element = await loaded();
    const filters = root(element).querySelector('c-top-ten-workbench-filters')!.shadowRoot!;
    filters
      .querySelector('lightning-input[data-name="from"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: '2026-08-01' } }));
    await flush();
    const { gaps } = computeGapMetrics(input as MetricsInput, { from: '2026-08-01' });
    expect(rowNames(element)).toEqual(rankGaps(gaps).gaps.map((gap) => gap.name));

    filters
      .querySelector('lightning-input[data-name="to"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: '2026-02-01' } }));
    await flush();
    expect(filters.querySelector('.window-error')!.textContent).toBe(
      'Enter the dates as a valid window: the start on or before the end.'
    );
  });

  it('explains a gap outside the Top 10 with the increases that would bring it in', async () => {
    const element = await loaded();
    const buttons = table(element).querySelectorAll('button.explain');
    (buttons[buttons.length - 1] as HTMLElement).click();
    await flush();
    // The explanation opens in the table, in the row right under the gap.
    const detail = table(element).querySelector('tr.explanation-row')!;
    expect(detail.previousElementSibling!.getAttribute('data-id')).toBe(
      (buttons[buttons.length - 1] as HTMLElement).dataset.id
    );
    const panel = detail.querySelector('c-gap-explanation')!.shadowRoot!;
    expect(panel.querySelector('.title')!.textContent!.trim()).toBe(
      'Why =HYPERLINK("x") formula name is #12'
    );
    expect(panel.querySelectorAll('li.share')).toHaveLength(4);
    expect(panel.querySelectorAll('li.step').length).toBeGreaterThan(0);
    expect(panel.querySelector('.in-top')).toBeNull();
    await expect(element).toBeAccessible();

    (panel.querySelector('lightning-button-icon') as HTMLElement).click();
    await flush();
    expect(table(element).querySelector('c-gap-explanation')).toBeNull();
  });

  it('exports the rows shown as CSV through a Blob download', async () => {
    const element = await loaded();
    let blob: Blob | null = null;
    (URL as any).createObjectURL = jest.fn((value: Blob) => {
      blob = value;
      return 'blob:csv';
    });
    (URL as any).revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    (root(element).querySelector('lightning-button.export') as HTMLElement).click();
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].startsWith('Rank,Gap,')).toBe(true);
    expect(lines).toHaveLength(14); // heading + 12 gaps + the empty text after the last CRLF
    expect(text).toContain(`"'=HYPERLINK(""x"") formula name"`);
  });

  it('says when submissions have an account or opportunity the user cannot see', async () => {
    // Sharing hides one account and one opportunity wherever they appear.
    const [first, second] = [clone(page1) as Json, clone(page2) as Json];
    for (const page of [first, second]) {
      for (const { node } of page.uiapi.query.Product_Gap_Submission__c.edges) {
        if (node.Account__c.value === '001000000000000A03') node.Account__r = null;
        if (node.Opportunity__c.value === '006000000000000O10') node.Opportunity__r = null;
      }
    }
    const element = await loaded(first, second);
    const notices = root(element).querySelector('c-top-ten-workbench-notices')!.shadowRoot!;
    expect(notices.querySelector('[data-notice="visibility"]')!.textContent).toBe(
      '14 submissions have an account or opportunity you cannot see; totals are incomplete.'
    );
    await expect(element).toBeAccessible();
  });

  it('shows the empty state when no gap is open', async () => {
    const empty = clone(page1) as Json;
    empty.uiapi.query.Product_Gap__c = {
      totalCount: 0,
      pageInfo: { hasNextPage: false },
      edges: []
    };
    empty.uiapi.query.Top_Ten_Revision__c = { edges: [] };
    empty.uiapi.query.Product_Gap_Submission__c = {
      totalCount: 0,
      pageInfo: { hasNextPage: false },
      edges: []
    };
    const element = mount();
    adapter.emit(empty);
    await flush();
    expect(state(element)).toBe('empty');
    expect(root(element).querySelector('.empty')!.textContent).toBe(
      'No open product gaps to rank yet. Gaps flagged on accounts and opportunities appear here.'
    );
    expect((root(element).querySelector('lightning-button.export') as any).disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('starts from the defaults when nothing is published', async () => {
    const first = clone(page1) as Json;
    first.uiapi.query.Top_Ten_Revision__c = { edges: [] };
    const element = await loaded(first);
    expect(settings(element).querySelector('.settings-origin')!.textContent).toBe(
      'No Top 10 is published yet: starting from the default method and weights.'
    );
  });

  it('shows a load error in the error panel', async () => {
    const element = mount();
    adapter.emitErrors([{ message: 'Something broke on the server' }]);
    await flush();
    expect(state(element)).toBe('error');
    const panel = root(element).querySelector('c-error-panel') as any;
    expect(panel.friendlyMessage).toBe('The ranking could not be loaded.');
    expect(panel.shadowRoot.querySelector('li').textContent).toBe('Something broke on the server');
    await expect(element).toBeAccessible();
  });

  it('treats a field the user cannot read as no access, not a crash', async () => {
    const element = mount();
    adapter.emitErrors([
      {
        message:
          "Validation error of type FieldUndefined: Field 'TAM__c' in type 'Account' is undefined"
      }
    ]);
    await flush();
    expect(state(element)).toBe('noAccess');
    const panel = root(element).querySelector('c-error-panel')!.shadowRoot!;
    expect(panel.querySelector('[data-kind]')!.getAttribute('data-kind')).toBe('noAccess');
    expect(root(element).querySelector('c-ranking-table')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
