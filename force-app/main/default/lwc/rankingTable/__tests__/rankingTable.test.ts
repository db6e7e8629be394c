import { createElement } from 'lwc';
import RankingTable from 'c/rankingTable';
import { headerCells, recordUrl, tableRows } from '../tableRows';
import type { TableInputRow } from '../tableRows';

function row(i: number, overrides: Partial<TableInputRow> = {}): TableInputRow {
  return {
    id: `gap-${i}`,
    rank: i,
    name: `Gap ${i}`,
    status: 'Open',
    productArea: i % 2 ? 'Search' : null,
    githubUrl: null,
    metrics: { arr: 1000 * i, accounts: i, strategic: 0, p0: 1, tam: 0, lost: 0 },
    metricRanks: { arr: i, accounts: i, strategic: 4.5, p0: 1, tam: 1, lost: 1 },
    score: 1 / i,
    confidence: null,
    ...overrides
  };
}

const text = {
  caption: 'Ranked gaps',
  rankShort: '#{0}',
  explain: 'Explain {0}',
  explainShort: 'Why?',
  explainColumn: 'Explanation',
  computing: 'Computing…',
  showMore: 'Show {0} more'
};
const columns = [
  { key: 'rank', label: 'Rank' },
  { key: 'name', label: 'Gap' },
  { key: 'status', label: 'Status' },
  { key: 'productArea', label: 'Product area' },
  { key: 'arr', label: 'ARR' },
  { key: 'accounts', label: 'Accounts' },
  { key: 'strategic', label: 'Strategic' },
  { key: 'p0', label: 'P0' },
  { key: 'tam', label: 'TAM' },
  { key: 'lost', label: 'Lost' },
  { key: 'score', label: 'Score' },
  { key: 'confidence', label: 'Confidence' }
];

describe('tableRows', () => {
  it('builds only the first rows, with metric rank texts and safe GitHub links', () => {
    const rows = [
      row(1, { githubUrl: 'https://github.com/acme/app/pull/7' }),
      row(2, { githubUrl: ['javascript', 'alert(1)'].join(':') }),
      row(3, { githubUrl: 'https://github.com.evil.io/acme/app/issues/1' })
    ];
    const built = tableRows(rows, 2, text, rows[1].id);
    expect(built).toHaveLength(2);
    expect(built[0].githubUrl).toBe('https://github.com/acme/app/pull/7');
    expect(built[1].githubUrl).toBeNull();
    expect(tableRows(rows, 3, text, null)[2].githubUrl).toBeNull();
    expect(built[0].cells.map((cell) => cell.rankText)).toEqual([
      '#1',
      '#1',
      '#4.5',
      '#1',
      '#1',
      '#1'
    ]);
    expect(built[0].cells.filter((cell) => cell.money).map((cell) => cell.key)).toEqual([
      'arr',
      'tam',
      'lost'
    ]);
    expect(built[1].rowClass).toContain('slds-is-selected');
    expect(built[0].explainLabel).toBe('Explain Gap 1');
    expect(tableRows(rows, -1, text, null)).toEqual([]);
  });

  it('marks the sorted header with aria-sort and leaves the others unsorted', () => {
    const headers = headerCells(columns, 'arr', 'desc');
    expect(headers.find((h) => h.key === 'arr')).toMatchObject({
      ariaSort: 'descending',
      isSorted: true
    });
    expect(headers.filter((h) => h.ariaSort !== 'none')).toHaveLength(1);
    expect(headers.find((h) => h.key === 'name')!.numeric).toBe(false);
  });

  it('encodes the record Id in the record URL', () => {
    expect(recordUrl('a/b')).toBe('/lightning/r/Product_Gap__c/a%2Fb/view');
  });
});

describe('c-ranking-table', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  function mount(rows: TableInputRow[], props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-ranking-table', { is: RankingTable });
    Object.assign(element, {
      rows,
      columns,
      text,
      sortedBy: 'rank',
      sortDirection: 'asc',
      ...props
    });
    document.body.appendChild(element);
    return element;
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
        link: 'c.GitHub_Status_Issue',
        state: 'Closed - Completed',
        resolved: 'c.GitHub_Status_Resolved_Open'
      },
      { link: 'c.GitHub_Status_Pull', state: 'Open', resolved: null },
      { link: 'c.GitHub_Status_Issue', state: 'Closed - Completed', resolved: null }
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
    await Promise.resolve();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(8);
    expect((root.querySelector('lightning-button.show-more') as any).label).toBe('Show 2 more');
    (root.querySelector('lightning-button.show-more') as HTMLElement).click();
    await Promise.resolve();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(root.querySelector('lightning-button.show-more')).toBeNull();
  });

  it('reports header and explain clicks, and shows computing until confidence is known', async () => {
    const element = mount([row(1), row(2, { confidence: 0.4 })], { confidencePending: true });
    const sort = jest.fn();
    const explain = jest.fn();
    element.addEventListener('sort', (event) => sort((event as CustomEvent).detail));
    element.addEventListener('explain', (event) => explain((event as CustomEvent).detail));
    const root = element.shadowRoot!;
    (root.querySelector('button[data-key="accounts"]') as HTMLElement).click();
    expect(sort).toHaveBeenCalledWith({ key: 'accounts' });
    (root.querySelectorAll('button.explain')[1] as HTMLElement).click();
    expect(explain).toHaveBeenCalledWith({ gapId: row(2).id });
    const cells = root.querySelectorAll('td.confidence');
    expect(cells[0].textContent).toBe('Computing…');
    expect(cells[1].textContent!.trim()).toBe('40%');
    expect(root.querySelector('th[aria-sort="ascending"]')!.textContent).toContain('Rank');
    await expect(element).toBeAccessible();
  });

  it('opens a gap record through navigation', () => {
    const element = mount([row(1)]);
    const link = element.shadowRoot!.querySelector('tbody th a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Gap 1');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
