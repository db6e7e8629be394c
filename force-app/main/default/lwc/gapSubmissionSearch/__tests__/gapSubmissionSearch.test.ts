import GapSubmissionSearch from 'c/gapSubmissionSearch';
import { byOperation, cloneFixture, graphqlAdapter, mount, unmountAll } from 'test-kit';
import searchData from './data/gapSearch.json';

const adapter = graphqlAdapter();
const gapSearch = byOperation('GapSearch');
/** Lets renders and wires settle under fake timers (the debounce's clock stays still). */
const settle = () => jest.advanceTimersByTimeAsync(0);

type Search = HTMLElement & {
  mode: string;
  searchText: string;
  newTitle: string;
  gapError: string | null;
  matchesFor(term: string): Promise<{ name: string }[]>;
  focusSearch(): void;
};
type Results = HTMLElement & {
  status: string;
  errors: unknown;
  mode: string;
  matches: { name: string }[];
  accountId: string | null;
};
type Box = HTMLElement & { value: string; error: string | null; focusBox(): void };

const show = (props: Partial<Search> = {}) =>
  mount<Search>('c-gap-submission-search', GapSubmissionSearch, props);
const results = (element: Search) =>
  element.shadowRoot!.querySelector('c-gap-submission-matches') as Results;
const box = (element: Search) =>
  element.shadowRoot!.querySelector('c-gap-submission-search-box') as Box | null;
const names = (element: Search) =>
  results(element)
    .matches.map((match) => match.name)
    .sort();

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  unmountAll();
  jest.useRealTimers();
});

describe('c-gap-submission-search', () => {
  it('searches the box after a pause, hands the matches to the results and tells the action', async () => {
    const element = show({ accountId: '001D000000IqhSLIAZ' } as Partial<Search>);
    const told: unknown[] = [];
    element.addEventListener('result', (event) => told.push((event as CustomEvent).detail));
    element.searchText = 'saml';
    await settle();
    expect(box(element)!.value).toBe('saml');
    expect(results(element).status).toBe('');
    await jest.advanceTimersByTimeAsync(300);
    expect(results(element).status).toBe('Searching');
    adapter.emit(cloneFixture(searchData), gapSearch);
    await settle();
    expect(names(element)).toEqual([
      'SAML attribute mapping',
      'SAML logout for Okta',
      'SAML single logout'
    ]);
    expect(results(element).status).toBe('3 product gaps match');
    expect(results(element).accountId).toBe('001D000000IqhSLIAZ');
    expect(told).toEqual([{ noAccess: false }]);
  });

  it('searches only once the typing pauses', async () => {
    const element = show();
    element.searchText = 'sa';
    await jest.advanceTimersByTimeAsync(200);
    element.searchText = 'saml';
    await jest.advanceTimersByTimeAsync(200);
    expect(results(element).status).toBe('');
    await jest.advanceTimersByTimeAsync(100);
    expect(results(element).status).toBe('Searching');
  });

  it("passes on the box's text and the gap the results chose", async () => {
    const element = show();
    await settle();
    const typed: string[] = [];
    const chosen: unknown[] = [];
    element.addEventListener('searchtext', (event) =>
      typed.push((event as CustomEvent).detail.value)
    );
    element.addEventListener('choose', (event) => chosen.push((event as CustomEvent).detail));
    box(element)!.dispatchEvent(new CustomEvent('searchtext', { detail: { value: 'okta' } }));
    results(element).dispatchEvent(
      new CustomEvent('choose', { detail: { gap: { id: 'a00D0000008oWP8IAM' } } })
    );
    expect(typed).toEqual(['okta']);
    expect(chosen).toEqual([{ gap: { id: 'a00D0000008oWP8IAM' } }]);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('sets the "choose a gap" error on the box and moves the focus to it', async () => {
    const element = show();
    element.gapError = 'Choose the product gap this customer needs, or create a new one.';
    await settle();
    expect(box(element)!.error).toBe(
      'Choose the product gap this customer needs, or create a new one.'
    );
    const focusBox = jest.fn();
    box(element)!.focusBox = focusBox;
    element.focusSearch();
    expect(focusBox).toHaveBeenCalled();
  });

  it("in 'new' mode searches the title at once, without a box, for its likely duplicates", async () => {
    const element = show({ newTitle: 'SAML logout' });
    element.mode = 'new';
    await settle();
    expect(box(element)).toBeNull();
    expect(results(element).mode).toBe('new');
    const answer = element.matchesFor('SAML logout');
    adapter.emit(cloneFixture(searchData), gapSearch);
    await settle();
    const matches = await answer;
    expect(matches.map((match) => match.name).sort()).toEqual([
      'SAML logout for Okta',
      'SAML single logout'
    ]);
    expect(names(element)).toEqual(['SAML logout for Okta', 'SAML single logout']);
    // Known matches answer at once; a term too short to search answers with none.
    await expect(element.matchesFor('SAML logout')).resolves.toHaveLength(2);
    await expect(element.matchesFor('S')).resolves.toEqual([]);
  });

  it('says when the search is refused for access, and survives empty input', async () => {
    const element = show({ searchText: null as unknown as string, newTitle: undefined });
    const told: { noAccess: boolean }[] = [];
    element.addEventListener('result', (event) => told.push((event as CustomEvent).detail));
    element.searchText = 'okta';
    await jest.advanceTimersByTimeAsync(300);
    adapter.emitErrors(
      [{ message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS' }],
      gapSearch
    );
    await settle();
    expect(results(element).errors).toEqual([
      { message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS' }
    ]);
    expect(results(element).status).toBe('');
    expect(names(element)).toEqual([]);
    expect(told).toEqual([{ noAccess: true }]);
  });
});
