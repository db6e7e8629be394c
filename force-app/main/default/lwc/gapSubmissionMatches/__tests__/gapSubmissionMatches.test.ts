import GapSubmissionMatches from 'c/gapSubmissionMatches';
import { mapGapSearch } from 'c/gapData';
import type { ReadData } from 'c/gapData';
import { byOperation, cloneFixture, flush, graphqlAdapter, labelText, mount } from 'test-kit';
import { navigateCalls, shadowText, unmountAll } from 'test-kit';
import search from './data/gapSearch.json';
import customerSubmissions from './data/customerSubmissions.json';

jest.mock('@salesforce/user/Id', () => ({ default: '005D000000Usr01IAB' }), { virtual: true });

const adapter = graphqlAdapter();
const matches = mapGapSearch(search as unknown as ReadData);
const ACCOUNT = '001D000000IqhSLIAZ';
const OPPORTUNITY = '006D000000OppA1IAJ';

const show = (props: Record<string, unknown>) =>
  mount<HTMLElement & { opportunityId: string | null }>(
    'c-gap-submission-matches',
    GapSubmissionMatches,
    {
      status: '3 product gaps match',
      ...props
    }
  );
const customerRead = byOperation('CustomerSubmissions');
const rows = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll('li.match')];
const row = (element: HTMLElement, id: string) =>
  element.shadowRoot!.querySelector(`li[data-id="${id}"]`)!;

afterEach(unmountAll);

describe('c-gap-submission-matches', () => {
  it('says what the search found and names the list after it', async () => {
    const element = show({ matches });
    expect(shadowText(element, '.search-status')).toBe('3 product gaps match');
    expect(element.shadowRoot!.querySelector('ul.matches')!.getAttribute('aria-label')).toBe(
      '3 product gaps match'
    );
    expect(rows(element)).toHaveLength(matches.length);
    expect(element.shadowRoot!.querySelector('.duplicates')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('chooses a listed gap by its button and passes the whole gap on', () => {
    const element = show({ matches });
    const chosen: unknown[] = [];
    element.addEventListener('choose', (event) => chosen.push((event as CustomEvent).detail));
    const first = element.shadowRoot!.querySelector('button.choose') as HTMLButtonElement;
    first.click();
    expect(chosen).toEqual([{ gap: matches.find((match) => match.id === first.dataset.id) }]);
  });

  it("in 'new' mode warns that the matches are likely duplicates of the new gap", async () => {
    const element = show({ matches, mode: 'new' });
    expect(shadowText(element, '.duplicates h3')).toBe('Similar gaps already exist');
    expect(shadowText(element, '.duplicates p')).toBe(labelText('GapSubmission_Duplicates_Body'));
    await expect(element).toBeAccessible();
  });

  it('marks the chosen gap and, once the customer is read, the ones already flagged', async () => {
    const [, two, three] = matches;
    const element = show({ matches, selectedId: three.id, accountId: ACCOUNT });
    element.opportunityId = OPPORTUNITY;
    await flush();
    expect(row(element, three.id).querySelector('.match-chosen')!.textContent).toBe('Selected');
    expect(row(element, two.id).querySelector('.match-already')).toBeNull();
    adapter.emit(cloneFixture(customerSubmissions), customerRead);
    await flush();
    expect(row(element, two.id).querySelector('.match-already')!.textContent!.trim()).toBe(
      'Already flagged for this customer'
    );
    expect(row(element, two.id).querySelector('button.choose')).toBeNull();
    expect(row(element, three.id).querySelector('.match-already')).toBeNull();
    (row(element, two.id).querySelector('button.open-existing') as HTMLButtonElement).click();
    expect(navigateCalls().at(-1)).toEqual({
      type: 'standard__recordPage',
      attributes: {
        recordId: 'a02D000000Sub01IAB',
        objectApiName: 'Product_Gap_Submission__c',
        actionName: 'view'
      }
    });
  });

  it('on an Account marks only the submissions without an opportunity; a failed read marks none', async () => {
    const [, two, three] = matches;
    const element = show({ matches, accountId: ACCOUNT });
    adapter.emit({ errors: [{ message: 'no access' }] } as unknown, customerRead);
    await flush();
    expect(element.shadowRoot!.querySelectorAll('.match-already')).toHaveLength(0);
    adapter.emit(cloneFixture(customerSubmissions), customerRead);
    await flush();
    expect(row(element, two.id).querySelector('.match-already')).toBeNull();
    expect(row(element, three.id).querySelector('.match-already')).not.toBeNull();
  });

  it('says plainly that the search failed', () => {
    const element = show({ matches: [], status: '', errors: [{ message: 'boom' }] });
    const panel = element.shadowRoot!.querySelector('c-error-panel') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe('The search failed.');
    expect(element.shadowRoot!.querySelector('ul.matches')).toBeNull();
  });

  it('renders no list from missing input', () => {
    const element = show({ matches: null, selectedId: undefined, status: '' });
    expect(rows(element)).toHaveLength(0);
    expect(element.shadowRoot!.querySelector('ul.matches')).toBeNull();
  });
});
