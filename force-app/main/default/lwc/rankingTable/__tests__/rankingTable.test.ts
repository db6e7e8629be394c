import RankingTable from 'c/rankingTable';
import { prepareRanking } from 'c/gapRanking';
import type { GapMetrics } from 'c/gapRanking';
import { headerCells, metricRankText, recordUrl, tableColumns, tableRows } from '../tableRows';
import type { TableInputRow } from '../tableRows';
import { flush, mount as mountComponent, unmountAll } from 'test-kit';
function row(i: number, overrides: Partial<TableInputRow> = {}): TableInputRow {
  return {
    id: `gap-${i}`,
    rank: i,
    name: `Gap ${i}`,
    status: 'Open',
    productArea: i % 2 ? 'Search' : null,
    githubUrl: null,
    metrics: { arr: 1_250_000 * i, accounts: i, strategic: 0, p0: 1, tam: 0, lost: 0 },
    metricRanks: { arr: i, accounts: i, strategic: 4.5, p0: 1, tam: 1, lost: 1 },
    metricPlaces: { arr: i, accounts: i, strategic: 4, p0: 1, tam: 1, lost: 1 },
    score: 1 / i,
    confidence: null,
    ...overrides
  };
}

describe('tableRows', () => {
  it('builds only the first rows, with "#n" ranks, ties in words and safe GitHub links', () => {
    const rows = [
      row(1, { githubUrl: 'https://github.com/acme/app/pull/7' }),
      row(2, { githubUrl: ['javascript', 'alert(1)'].join(':') }),
      row(3, { githubUrl: 'https://github.com.evil.io/acme/app/issues/1' })
    ];
    const built = tableRows(rows, 2, rows[1].id);
    expect(built).toHaveLength(2);
    expect(built[0].rankText).toBe('#1');
    expect(built[0].meta).toBe('Search · Open');
    expect(built[1].meta).toBe('Open');
    expect(built[0].githubUrl).toBe('https://github.com/acme/app/pull/7');
    expect(built[1].githubUrl).toBeNull();
    expect(tableRows(rows, 3, null)[2].githubUrl).toBeNull();
    // Scores keep three decimals, so the column lines up: 1 -> "1.000", 1/2 -> "0.500".
    expect(tableRows(rows, 3, null).map((r) => r.scoreText)).toEqual(['1.000', '0.500', '0.333']);
    expect(built[0].cells.map((cell) => cell.rankText)).toEqual([
      '#1',
      '#1',
      '#4 (tied)',
      '#1',
      '#1',
      '#1'
    ]);
    // Money short in the cell, whole in the title; counts grouped.
    expect(built[0].cells[0].text).toBe('$1.3M');
    expect(built[0].cells[0].title).toBe('$1,250,000');
    expect(built[0].cells[1].title).toBeNull();
    expect(built[1].rowClass).toContain('slds-is-selected');
    expect(built[1].expanded).toBe(true);
    expect(built[0].explainLabel).toBe('Explain the rank of Gap 1');
    expect(tableRows(rows, -1, null)).toEqual([]);
  });

  it('writes a tie without places from the averaged rank, and nothing for a missing rank', () => {
    const tied = row(1, { metricPlaces: undefined });
    expect(metricRankText(tied, 'strategic')).toBe('#4 (tied)');
    expect(metricRankText(tied, 'p0')).toBe('#1');
    const broken = row(1, { metricRanks: { ...tied.metricRanks, arr: Number.NaN } });
    expect(metricRankText({ ...broken, metricPlaces: undefined }, 'arr')).toBe('');
  });

  it('keeps rank and gap first and sticky, and marks the sorted header', () => {
    const headers = headerCells(tableColumns(), 'arr', 'desc');
    expect(headers.map((h) => h.key)).toEqual([
      'rank',
      'name',
      'arr',
      'accounts',
      'strategic',
      'p0',
      'tam',
      'lost',
      'score',
      'confidence'
    ]);
    expect(headers.find((h) => h.key === 'arr')).toMatchObject({
      ariaSort: 'descending',
      isSorted: true
    });
    expect(headers.filter((h) => h.ariaSort !== 'none')).toHaveLength(1);
    expect(headers[0].thClass).toContain('sticky-rank');
    expect(headers[1].thClass).toContain('sticky-gap');
    expect(headers[1].thClass).not.toContain('numeric');
  });

  it('encodes the record Id in the record URL', () => {
    expect(recordUrl('a/b')).toBe('/lightning/r/Product_Gap__c/a%2Fb/view');
  });
});

function gap(id: string, name: string, arr: number, accounts: number): GapMetrics {
  return {
    id,
    name,
    status: 'Open',
    productArea: 'Search',
    metrics: { arr, accounts, strategic: 0, p0: 0, tam: 0, lost: 0 }
  } as unknown as GapMetrics;
}

describe('c-ranking-table', () => {
  afterEach(unmountAll);

  function mount(rows: TableInputRow[], props: Record<string, unknown> = {}): HTMLElement {
    const base = { rows, sortedBy: 'rank', sortDirection: 'asc' };
    return mountComponent('c-ranking-table', RankingTable, { ...base, ...props });
  }

  it('shows the GitHub state next to the link and marks a completed issue whose gap is open', async () => {
    const url = 'https://github.com/acme/platform/issues/9';
    const element = mount([
      row(1, { githubUrl: url, githubState: 'Closed - Completed', status: 'In Progress' }),
      row(2, { githubUrl: 'https://github.com/acme/platform/pull/4', githubState: 'Open' }),
      row(3, { githubUrl: url, githubState: 'Closed - Completed', status: 'Done' })
    ]);
    const statuses = [...element.shadowRoot!.querySelectorAll('c-github-status')];
    const shown = statuses.map((status) => ({
      link: status.shadowRoot!.querySelector('a.github-link')?.textContent,
      state: status.shadowRoot!.querySelector('.state')?.textContent,
      resolved: status.shadowRoot!.querySelector('.resolved-open')?.textContent ?? null
    }));
    expect(shown).toEqual([
      {
        link: 'Issue #9',
        state: 'Closed - Completed',
        resolved: 'Resolved on GitHub, gap still open'
      },
      { link: 'Pull request #4', state: 'Open', resolved: null },
      { link: 'Issue #9', state: 'Closed - Completed', resolved: null }
    ]);
    await expect(element).toBeAccessible();
  });

  it('renders one page of rows and adds a page per "show more"', async () => {
    // pageSize is 100 in the app (the browser test checks it); 4 keeps the jsdom DOM small.
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 1));
    const element = mount(rows, { pageSize: 4 });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('tbody tr')).toHaveLength(4);
    const more = root.querySelector('lightning-button.show-more') as any;
    expect(more.label).toBe('Show 4 more');
    more.click();
    await flush();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(8);
    expect((root.querySelector('lightning-button.show-more') as any).label).toBe('Show 2 more');
    (root.querySelector('lightning-button.show-more') as HTMLElement).click();
    await flush();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(root.querySelector('lightning-button.show-more')).toBeNull();
  });

  it('reports header clicks and shows computing until confidence is known', async () => {
    const element = mount([row(1), row(2, { confidence: 0.4 })], { confidencePending: true });
    const sort = jest.fn();
    element.addEventListener('sort', (event) => sort((event as CustomEvent).detail));
    const root = element.shadowRoot!;
    (root.querySelector('button[data-key="accounts"]') as HTMLElement).click();
    expect(sort).toHaveBeenCalledWith({ key: 'accounts' });
    const cells = root.querySelectorAll('td.confidence');
    expect(cells[0].textContent).toBe('Computing…');
    expect(cells[1].textContent!.trim()).toBe('40%');
    expect(root.querySelector('th[aria-sort="ascending"]')!.textContent).toContain('Rank');
    await expect(element).toBeAccessible();
  });

  it('shows per-metric ranks only when asked', async () => {
    const element = mount([row(1)]);
    const root = element.shadowRoot!;
    expect(root.querySelector('table')!.className).not.toContain('with-metric-ranks');
    const toggle = root.querySelector('lightning-input.metric-ranks-toggle')!;
    toggle.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
    await flush();
    expect(root.querySelector('table')!.className).toContain('with-metric-ranks');
    expect(root.querySelector('td[data-metric="strategic"] .metric-rank')!.textContent).toBe(
      '#4 (tied)'
    );
  });

  it('opens the explanation in a row under its gap, focuses it, and returns focus on close', async () => {
    const model = prepareRanking([gap('a', 'Alpha', 300, 3), gap('b', 'Beta', 100, 1)], {
      method: 'borda'
    });
    const rows = model.ranking.gaps.map((ranked, i) =>
      row(i + 1, { id: ranked.id, name: ranked.name })
    );
    const element = mount(rows, { feed: { model } });
    const root = element.shadowRoot!;
    const button = () => root.querySelectorAll('button.explain')[1] as HTMLButtonElement;
    button().click();
    await flush();
    const trs = [...root.querySelectorAll('tbody tr')];
    expect(trs.map((tr) => tr.className)).toEqual([
      'slds-hint-parent',
      'slds-hint-parent slds-is-selected',
      'explanation-row'
    ]);
    const panel = root.querySelector('c-gap-explanation') as any;
    expect(panel.gapId).toBe('b');
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(panel.shadowRoot.activeElement?.classList.contains('title')).toBe(true);
    await expect(element).toBeAccessible();
    panel.dispatchEvent(new CustomEvent('close'));
    await flush();
    expect(root.querySelector('c-gap-explanation')).toBeNull();
    expect(root.activeElement).toBe(button());
    // The same button opens and closes; an unknown id does nothing.
    button().click();
    await flush();
    button().click();
    await flush();
    expect(root.querySelector('c-gap-explanation')).toBeNull();
  });

  it('opens a gap record through navigation, and survives no rows', () => {
    const element = mount([row(1)]);
    const link = element.shadowRoot!.querySelector('tbody th a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Gap 1');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    const empty = mount(null as unknown as TableInputRow[]);
    expect(empty.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(0);
  });
});
