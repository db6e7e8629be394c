import { executeMutation } from 'lightning/graphql';
// Relative: tsconfig lists the `c/` paths one by one and this child is not among them.
import GapScorePanelMerge from '../gapScorePanelMerge';
import searchData from '../../gapScorePanel/__tests__/data/gapSearch.json';
import {
  cloneFixture as clone,
  flush,
  graphqlAdapter,
  labelText,
  mount as mountComponent,
  unmountAll
} from 'test-kit';

const adapter = graphqlAdapter();
const mutate = executeMutation as unknown as jest.Mock;
const G1 = 'a00D0000000g001IAA';
const G2 = 'a00D0000000g002IAA';

type MergeElement = HTMLElement & { gapId: string; gapName: string; moves: unknown };

async function mount(): Promise<MergeElement> {
  const element = mountComponent<MergeElement>('c-gap-score-panel-merge', GapScorePanelMerge, {
    gapId: G1,
    gapName: 'SAML single logout',
    moves: { submissions: 5, accounts: 3, arr: 180000 }
  });
  await flush();
  return element;
}
const root = (element: HTMLElement) => element.shadowRoot!;
const query = <T = HTMLElement>(element: HTMLElement, selector: string) =>
  root(element).querySelector(selector) as unknown as T;

/** Opens the form, types a term, lets the debounce pass and answers the search. */
async function searched(element: HTMLElement, term = 'saml'): Promise<void> {
  query(element, '.merge-open').click();
  await flush();
  jest.useFakeTimers();
  query(element, '.merge-search').dispatchEvent(
    new CustomEvent('change', { detail: { value: term } })
  );
  jest.advanceTimersByTime(300);
  jest.useRealTimers();
  await flush();
  adapter.emit(clone(searchData));
  await flush();
}

async function choose(element: HTMLElement, id = G2): Promise<void> {
  query(element, '.merge-candidates').dispatchEvent(
    new CustomEvent('change', { detail: { value: id } })
  );
  await flush();
}

describe('c-gap-score-panel-merge', () => {
  afterEach(() => {
    unmountAll();
    mutate.mockReset();
  });

  it('starts closed, with one button to open the form', async () => {
    const element = await mount();
    expect(query(element, '.merge-open')).not.toBeNull();
    expect(query(element, '.merge-form')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('offers only open, unmerged gaps other than this one, with their account counts', async () => {
    const element = await mount();
    await searched(element);
    const group = query<{ options: { label: string; value: string }[] }>(
      element,
      '.merge-candidates'
    );
    expect(group.options).toEqual([
      { label: 'SAML SSO logout — —, Open, 12 accounts (Id a00D0000000g002IAA)', value: G2 }
    ]);
    expect(query<{ disabled: boolean }>(element, '.merge-confirm').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('says when no open gap matches', async () => {
    const element = await mount();
    const data = clone(searchData);
    data.uiapi.query.Product_Gap__c.edges.splice(1, 1);
    query(element, '.merge-open').click();
    await flush();
    jest.useFakeTimers();
    query(element, '.merge-search').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'saml' } })
    );
    jest.advanceTimersByTime(300);
    jest.useRealTimers();
    await flush();
    adapter.emit(data);
    await flush();
    expect(query(element, '.merge-no-match').textContent).toBe(
      labelText('GapScorePanel_Merge_No_Match')
    );
    await expect(element).toBeAccessible();
  });

  it('shows what moves, merges on confirm and tells the panel', async () => {
    mutate.mockResolvedValue({ data: { uiapi: { Product_Gap__cUpdate: { success: true } } } });
    const element = await mount();
    const merged = jest.fn();
    element.addEventListener('merged', merged);
    await searched(element);
    await choose(element);
    expect(query(element, '.merge-moves').textContent).toBe(
      'Merge SAML single logout into SAML SSO logout: 5 submissions, 3 accounts and $180,000 of ' +
        'impacted ARR move to SAML SSO logout. SAML single logout is then closed as Duplicate.'
    );
    const confirm = query<HTMLElement & { disabled: boolean }>(element, '.merge-confirm');
    expect(confirm.disabled).toBe(false);
    await expect(element).toBeAccessible();
    confirm.click();
    await flush();
    expect(mutate).toHaveBeenCalledTimes(1);
    const request = mutate.mock.calls[0][0];
    expect(request.operationName).toBe('MergeGap');
    expect(request.variables).toEqual({
      Id: G1,
      Duplicate_Of__c: G2,
      Status__c: 'Duplicate'
    });
    expect(merged).toHaveBeenCalledTimes(1);
    expect(merged.mock.calls[0][0].detail).toEqual({ gapId: G1, survivorId: G2 });
    expect(query(element, '.merge-done').textContent).toBe(
      'Merged SAML single logout into SAML SSO logout. SAML SSO logout is the surviving gap.'
    );
    expect(query(element, '.merge-form')).toBeNull();
  });

  it('disables merging with the reason when the user may not edit gaps', async () => {
    mutate.mockResolvedValue({
      errors: [
        {
          message:
            "Validation error of type FieldUndefined: Field 'Product_Gap__cUpdate' in type 'UIAPIMutations' is undefined"
        }
      ]
    });
    const element = await mount();
    const merged = jest.fn();
    element.addEventListener('merged', merged);
    await searched(element);
    await choose(element);
    query(element, '.merge-confirm').click();
    await flush();
    expect(merged).not.toHaveBeenCalled();
    expect(query(element, '.merge-refused').textContent).toBe(
      labelText('GapScorePanel_Merge_Refused')
    );
    expect(query<{ disabled: boolean }>(element, '.merge-open').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('shows other failures and keeps the form to try again', async () => {
    mutate.mockResolvedValue({ errors: [{ message: 'UNABLE_TO_LOCK_ROW: try again' }] });
    const element = await mount();
    await searched(element);
    await choose(element);
    query(element, '.merge-confirm').click();
    await flush();
    const panel = query<{ errors: string[]; friendlyMessage: string }>(element, 'c-error-panel');
    expect(panel.friendlyMessage).toBe(labelText('GapScorePanel_Merge_Failed'));
    expect(panel.errors).toEqual(['UNABLE_TO_LOCK_ROW: try again']);
    expect(query<{ disabled: boolean }>(element, '.merge-confirm').disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('does not search for a single character, and cancel closes the form', async () => {
    const element = await mount();
    await searched(element, 'a');
    expect(query(element, '.merge-candidates')).toBeNull();
    query(element, '.merge-cancel').click();
    await flush();
    expect(query(element, '.merge-form')).toBeNull();
  });

  it('with a known survivor (a duplicate pair) skips the search and names both gaps', async () => {
    mutate.mockResolvedValue({ data: { uiapi: { MergeGap: { Record: { Id: G1 } } } } });
    const element = await mount();
    Object.assign(element, {
      survivorGap: {
        id: G2,
        name: 'SAML SSO logout',
        status: 'Open',
        productArea: 'Security & Compliance',
        duplicateOfId: null,
        accountCount: 12
      }
    });
    await flush();
    expect((query(element, '.merge-open') as unknown as { label: string }).label).toBe(
      'Merge SAML single logout into SAML SSO logout'
    );
    query(element, '.merge-open').click();
    await flush();
    expect(query(element, '.merge-search')).toBeNull();
    expect(query(element, '.merge-moves').textContent).toBe(
      'Merge SAML single logout into SAML SSO logout: 5 submissions, 3 accounts and $180,000 of impacted ARR move to SAML SSO logout. SAML single logout is then closed as Duplicate.'
    );
    expect((query(element, '.merge-candidates') as unknown as { value: string }).value).toBe(G2);
    query(element, '.merge-confirm').click();
    await flush();
    expect(mutate.mock.calls[0][0].variables).toEqual({
      Id: G1,
      Duplicate_Of__c: G2,
      Status__c: 'Duplicate'
    });
    await expect(element).toBeAccessible();
  });
});
