import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import GapSubmissionSearch from 'c/gapSubmissionSearch';
import searchData from './data/gapSearch.json';

jest.mock('@salesforce/user/Id', () => ({ default: '005D000000Usr01IAB' }), { virtual: true });

const adapter = graphql as unknown as {
  emit: (value: unknown, filter?: (config: Record<string, unknown>) => boolean) => void;
  emitErrors: (errors: unknown, filter?: (config: Record<string, unknown>) => boolean) => void;
};
const gapSearch = (config: Record<string, unknown>) => config.operationName === 'GapSearch';
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
function flush(): Promise<void> {
  return Array.from({ length: 10 }).reduce<Promise<void>>(
    (chain) => chain.then(() => undefined),
    Promise.resolve()
  );
}

type Search = HTMLElement & {
  mode: string;
  searchText: string;
  newTitle: string;
  gapError: string | null;
  matchesFor(term: string): Promise<{ name: string }[]>;
};

function mount(props: Partial<Search> = {}): Search {
  const element = createElement('c-gap-submission-search', { is: GapSubmissionSearch }) as Search;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}
const status = (element: Search) =>
  element.shadowRoot!.querySelector('.search-status')!.textContent!.trim();
const names = (element: Search) => {
  const list = element.shadowRoot!.querySelector('c-gap-submission-matches') as
    (HTMLElement & { matches: { name: string }[] }) | null;
  return (list?.matches ?? []).map((match) => match.name).sort();
};

describe('c-gap-submission-search', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
  });

  it('searches the box after a pause, lists the matches and tells the action', async () => {
    const element = mount();
    const results: unknown[] = [];
    element.addEventListener('result', (event) => results.push((event as CustomEvent).detail));
    element.searchText = 'saml';
    await flush();
    expect(status(element)).toBe('');
    jest.advanceTimersByTime(300);
    await flush();
    expect(status(element)).toBe('c.GapSubmission_Searching');
    adapter.emit(clone(searchData), gapSearch);
    await flush();
    expect(names(element)).toEqual([
      'SAML attribute mapping',
      'SAML logout for Okta',
      'SAML single logout'
    ]);
    expect(results).toEqual([{ noAccess: false }]);
  });

  it('reports the text typed in the box', async () => {
    const element = mount();
    const typed: string[] = [];
    element.addEventListener('searchtext', (event) =>
      typed.push((event as CustomEvent).detail.value)
    );
    element
      .shadowRoot!.querySelector('lightning-input.search')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'okta' } }));
    expect(typed).toEqual(['okta']);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it("in 'new' mode searches the title at once and shows its likely duplicates", async () => {
    const element = mount({ newTitle: 'SAML logout' });
    element.mode = 'new';
    await flush();
    expect(element.shadowRoot!.querySelector('lightning-input.search')).toBeNull();
    const answer = element.matchesFor('SAML logout');
    adapter.emit(clone(searchData), gapSearch);
    await flush();
    const matches = await answer;
    expect(matches.map((match) => match.name).sort()).toEqual([
      'SAML logout for Okta',
      'SAML single logout'
    ]);
    expect(element.shadowRoot!.querySelector('.duplicates')).not.toBeNull();
  });

  it('says plainly when the search is refused, and survives empty input', async () => {
    const element = mount({ searchText: null as unknown as string, newTitle: undefined });
    const results: { noAccess: boolean }[] = [];
    element.addEventListener('result', (event) => results.push((event as CustomEvent).detail));
    element.gapError = 'c.GapSubmission_Gap_Required';
    expect(element.gapError).toBe('c.GapSubmission_Gap_Required');
    element.searchText = 'okta';
    jest.advanceTimersByTime(300);
    await flush();
    adapter.emitErrors(
      [{ message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS' }],
      gapSearch
    );
    await flush();
    expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    expect(names(element)).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
  });
});
