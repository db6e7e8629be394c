import { graphql } from 'lightning/graphql';
import { flush, mount as mountElement, navigateCalls, unmountAll } from 'test-kit';
import TopTenBoardTable from 'c/topTenBoardTable';
import type { EntryView } from 'c/gapData';

const adapter = graphql as unknown as {
  emit: (value: unknown) => void;
  emitErrors: (errors: unknown) => void;
};

const entry = (rank: number, overrides: Partial<EntryView> = {}): EntryView => ({
  id: `a02D000000Ent0${rank}`,
  rank,
  gapId: `a00D000000Gap0${rank}`,
  githubUrl: null,
  pinned: false,
  rationale: null,
  gapName: `Gap ${rank}`,
  gapStatus: 'Open',
  productArea: 'Identity',
  score: 1,
  confidence: 0.5,
  impactedArr: 1000 * rank,
  openArr: 1000 * rank,
  wonArr: 0,
  lostArr: 0,
  impactedTam: null,
  impactedAccounts: rank,
  strategicAccounts: 0,
  p0Accounts: 0,
  p1Accounts: 0,
  p2Accounts: 0,
  ...overrides
});
const rows = [
  {
    entry: entry(1, { pinned: true, rationale: 'Kept first by hand.' }),
    movement: { kind: 'same', places: 0, previousRank: 1 }
  },
  { entry: entry(2), movement: { kind: 'new', places: 0, previousRank: null } }
];
const liveGaps = {
  uiapi: {
    query: {
      Product_Gap__c: {
        edges: [1, 2].map((rank) => ({
          node: {
            Id: `a00D000000Gap0${rank}`,
            Name: { value: `Gap ${rank}` },
            Status__c: { value: 'Open' },
            Product_Area__c: { value: 'Identity' },
            Duplicate_Of__c: { value: null },
            GitHub_Issue_URL__c: { value: null },
            Summary__c: { value: null }
          }
        }))
      }
    }
  }
};

async function mount(value: unknown): Promise<HTMLElement> {
  const element = mountElement('c-top-ten-board-table', TopTenBoardTable, { rows: value });
  await flush();
  return element;
}
const root = (element: HTMLElement) => element.shadowRoot!;

describe('c-top-ten-board-table', () => {
  afterEach(() => {
    unmountAll();
    jest.clearAllMocks();
  });

  it('renders one row per entry with rank, change, rationale and what Pinned means', async () => {
    const element = await mount(rows);
    const entries = [...root(element).querySelectorAll('tr.entry')];
    expect(entries.map((row) => row.getAttribute('data-movement'))).toEqual(['same', 'new']);
    expect(entries.map((row) => row.querySelector('.rank')!.textContent)).toEqual(['#1', '#2']);
    expect(entries[0].querySelector('.pinned')!.textContent).toBe('Pinned');
    expect(entries[0].querySelector('details.rationale .rationale-text')!.textContent).toBe(
      'Kept first by hand.'
    );
    expect(entries[1].querySelector('details.rationale')).toBeNull();
    expect(root(element).querySelector('.pinned-means')!.textContent!.trim()).toBe(
      'Pinned: the TPM placed this gap at this rank by hand instead of the computed order.'
    );
    await expect(element).toBeAccessible();
  });

  it('shows names as plain text for a reader who cannot read gaps (the read fails)', async () => {
    const element = await mount(rows);
    adapter.emitErrors([{ message: "Field 'Product_Gap__c' in type 'RecordQuery' is undefined" }]);
    await flush();
    expect(root(element).querySelectorAll('a.gap-name')).toHaveLength(0);
    expect(root(element).querySelectorAll('span.gap-name')).toHaveLength(2);
    expect(root(element).textContent).not.toContain('RecordQuery');
  });

  it('links names for a reader who can read the gaps, and opens the record page', async () => {
    const element = await mount(rows);
    adapter.emit(liveGaps);
    await flush();
    const links = [...root(element).querySelectorAll<HTMLAnchorElement>('a.gap-name')];
    expect(links).toHaveLength(2);
    links[0].click();
    expect(navigateCalls()).toEqual([
      {
        type: 'standard__recordPage',
        attributes: {
          recordId: 'a00D000000Gap01',
          objectApiName: 'Product_Gap__c',
          actionName: 'view'
        }
      }
    ]);
  });

  it('renders an empty body for no rows or bad input, without a pinned note', async () => {
    const element = await mount('not rows');
    expect(root(element).querySelectorAll('tr.entry')).toHaveLength(0);
    expect(root(element).querySelector('.pinned-means')).toBeNull();
  });

  it('passes an alignment save up as alignmentsaved', async () => {
    const element = await mount(rows);
    const handler = jest.fn();
    element.addEventListener('alignmentsaved', handler);
    root(element).querySelector('c-entry-alignment')!.dispatchEvent(new CustomEvent('saved'));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
