import { formatLabel } from 'c/format';
import { executeMutation } from 'lightning/graphql';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import CustomerGaps from 'c/customerGaps';
import submissionsData from './data/customerSubmissions.json';
import revisionData from './data/topTenRevision.json';
import {
  cloneFixture as clone,
  flush,
  graphqlAdapter,
  labelText,
  mount as mountComponent,
  unmountAll
} from 'test-kit';

jest.mock('@salesforce/user/Id', () => ({ default: '005D000000Usr01IAB' }), { virtual: true });

const adapter = graphqlAdapter();
const mutate = executeMutation as unknown as jest.Mock;
// lightning/graphql refreshes through `refresh()` on the emitted result.
const refresh = jest.fn(() => Promise.resolve());

const ACCOUNT = '001D000000IqhSLIAZ';
const OPPORTUNITY = '006D000000OppA1IAJ';
const OWN = 'a02D000000Sub01IAB';
const operation = (name: string) => (config: Record<string, unknown>) =>
  config.operationName === name;

async function mount(recordId = ACCOUNT, objectApiName = 'Account'): Promise<HTMLElement> {
  const element = mountComponent('c-customer-gaps', CustomerGaps, { recordId, objectApiName });
  await flush();
  return element;
}
async function loaded(recordId = ACCOUNT, objectApiName = 'Account'): Promise<HTMLElement> {
  const element = await mount(recordId, objectApiName);
  adapter.emit(clone(submissionsData), operation('CustomerSubmissions'), refresh);
  adapter.emit(clone(revisionData), operation('TopTenRevisions'));
  await flush();
  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;
const state = (element: HTMLElement) =>
  root(element).querySelector('.panel')!.getAttribute('data-state');
/** Each row's content: the shadow tree of its c-customer-gap-row. */
const items = (element: HTMLElement) =>
  [...root(element).querySelectorAll('li.gap c-customer-gap-row')].map((row) => row.shadowRoot!);
const item = (element: HTMLElement, id: string) =>
  root(element).querySelector(`li.gap[data-id="${id}"] c-customer-gap-row`)!.shadowRoot!;
const textOf = (node: Element | null) => node?.textContent?.trim() ?? null;
async function click(node: Element | null): Promise<void> {
  (node as HTMLElement).click();
  await flush();
}

describe('c-customer-gaps', () => {
  beforeEach(() => {
    mutate.mockReset();
    refresh.mockClear();
  });
  afterEach(() => {
    unmountAll();
  });

  it('reads by account on an Account and by opportunity on an Opportunity', async () => {
    await mount(ACCOUNT, 'Account');
    const configs: Record<string, unknown>[] = [];
    adapter.emit(undefined, (config) => {
      configs.push(config);
      return false;
    });
    expect(
      configs.some(
        (c) =>
          c.operationName === 'CustomerSubmissions' &&
          (c.variables as any).where?.Account__c?.eq === ACCOUNT
      )
    ).toBe(true);
    unmountAll();
    await mount(OPPORTUNITY, 'Opportunity');
    const more: Record<string, unknown>[] = [];
    adapter.emit(undefined, (config) => {
      more.push(config);
      return false;
    });
    expect(
      more.some(
        (c) =>
          c.operationName === 'CustomerSubmissions' &&
          (c.variables as any).where?.Opportunity__c?.eq === OPPORTUNITY
      )
    ).toBe(true);
  });

  it('shows a spinner, named for screen readers, while loading', async () => {
    const element = await mount();
    expect(state(element)).toBe('loading');
    const spinner = root(element).querySelector('.loading lightning-spinner') as HTMLElement & {
      alternativeText: string;
    };
    expect(spinner.alternativeText).toBe(labelText('CustomerGaps_Loading'));
    await expect(element).toBeAccessible();
  });

  it('lists each gap with severity, status, GitHub link and Top 10 rank', async () => {
    const element = await loaded();
    expect(state(element)).toBe('ready');
    expect(items(element)).toHaveLength(3);
    expect(textOf(root(element).querySelector('.count'))).toBe('3 submissions');
    const first = item(element, OWN);
    expect((first.querySelector('lightning-button.gap-name') as any).label).toBe(
      'SAML single logout'
    );
    expect(textOf(first.querySelector('.severity'))).toBe('P0 - Dealbreaker');
    expect(textOf(first.querySelector('.status'))).toBe('In Progress');
    expect(textOf(first.querySelector('.rank'))).toBe('#3 in the Top 10');
    const status = first.querySelector('c-github-status') as any;
    expect(status.shadowRoot.querySelector('.state').textContent).toBe(
      labelText('GitHub_Status_Not_Synced')
    );
    const link = status.shadowRoot.querySelector('a.github-link') as HTMLAnchorElement;
    expect(link.href).toBe('https://github.com/acme/platform/issues/42');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    const merged = item(element, 'a02D000000Sub02IAB');
    expect(textOf(merged.querySelector('.rank'))).toBe('Merged: #3 in the Top 10');
    expect(merged.querySelector('c-github-status')).toBeNull();
    expect(textOf(item(element, 'a02D000000Sub03IAB').querySelector('.rank'))).toBe(
      labelText('CustomerGaps_Not_Ranked')
    );
    expect(textOf(root(element).querySelector('.hidden-parents'))).toBe(
      '1 submission has an account or opportunity you cannot see; totals are incomplete.'
    );
    await expect(element).toBeAccessible();
  });

  it('offers change and withdraw only on the user own submissions', async () => {
    const element = await loaded();
    expect(item(element, OWN).querySelector('button.edit')).not.toBeNull();
    expect(item(element, OWN).querySelector('button.withdraw')).not.toBeNull();
    expect(item(element, OWN).querySelector('.yours')).not.toBeNull();
    for (const id of ['a02D000000Sub02IAB', 'a02D000000Sub03IAB']) {
      expect(item(element, id).querySelector('button.edit')).toBeNull();
      expect(item(element, id).querySelector('button.withdraw')).toBeNull();
    }
  });

  it('shows the Top 10 ranks only once the published list is read, and not without it', async () => {
    const element = await mount();
    adapter.emit(clone(submissionsData), operation('CustomerSubmissions'));
    await flush();
    expect(textOf(item(element, OWN).querySelector('.rank'))).toBe(
      labelText('CustomerGaps_Not_Ranked')
    );
    adapter.emitErrors(
      [{ message: 'INSUFFICIENT_ACCESS on Top_Ten_Revision__c' }],
      operation('TopTenRevisions')
    );
    await flush();
    expect(state(element)).toBe('ready');
  });

  it('says when only the newest submissions are shown', async () => {
    const element = await mount();
    const many = clone(submissionsData);
    many.uiapi.query.Product_Gap_Submission__c.totalCount = 2500;
    adapter.emit(many, operation('CustomerSubmissions'));
    await flush();
    expect(textOf(root(element).querySelector('.count'))).toBe('2,500 submissions');
    expect(textOf(root(element).querySelector('.more'))).toBe(
      'Showing the newest 3 of 2,500 submissions.'
    );
  });

  it('says when the customer flagged nothing yet', async () => {
    const element = await mount();
    const empty = { uiapi: { query: { Product_Gap_Submission__c: { totalCount: 0, edges: [] } } } };
    adapter.emit(empty, operation('CustomerSubmissions'));
    await flush();
    expect(state(element)).toBe('empty');
    expect(textOf(root(element).querySelector('.empty'))).toBe(labelText('CustomerGaps_Empty'));
    await expect(element).toBeAccessible();
  });

  it('shows the error panel when the submissions cannot be read', async () => {
    const element = await mount();
    adapter.emitErrors([{ message: 'Internal server error' }], operation('CustomerSubmissions'));
    await flush();
    expect(state(element)).toBe('error');
    const panel = root(element).querySelector('c-error-panel')!.shadowRoot!;
    expect(panel.textContent).toContain('Internal server error');
    await expect(element).toBeAccessible();
  });

  it('shows no access as its own state', async () => {
    const element = await mount();
    adapter.emitErrors(
      [
        {
          message:
            "Validation error: Field 'Product_Gap_Submission__c' in type 'RecordQuery' is undefined"
        }
      ],
      operation('CustomerSubmissions')
    );
    await flush();
    expect(state(element)).toBe('noAccess');
    expect(
      root(element)
        .querySelector('c-error-panel')!
        .shadowRoot!.querySelector('[data-kind="noAccess"]')
    ).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('changes the severity of the user own submission', async () => {
    mutate.mockResolvedValue({
      data: { uiapi: { Product_Gap_Submission__cUpdate: { success: true } } }
    });
    const element = await loaded();
    await click(item(element, OWN).querySelector('button.edit'));
    const combobox = item(element, OWN).querySelector('lightning-radio-group.new-severity') as any;
    expect(combobox.value).toBe('P0 - Dealbreaker');
    expect(combobox.label).toBe('New severity for SAML single logout');
    await expect(element).toBeAccessible();
    combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'P2 - Nice to Have' } }));
    await click(item(element, OWN).querySelector('button.save'));
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0][0]).toMatchObject({
      operationName: 'UpdateSubmission',
      variables: { Id: OWN, Severity__c: 'P2 - Nice to Have' }
    });
    expect(textOf(item(element, OWN).querySelector('.severity'))).toBe('P2 - Nice to Have');
    expect(item(element, OWN).querySelector('.editor')).toBeNull();
    expect(textOf(root(element).querySelector('.notice'))).toBe(
      'Severity changed to P2 - Nice to Have.'
    );
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('keeps the editor open and shows why when the change fails', async () => {
    mutate.mockResolvedValue({
      errors: [{ message: 'FIELD_CUSTOM_VALIDATION_EXCEPTION: Locked while in review' }]
    });
    const element = await loaded();
    await click(item(element, OWN).querySelector('button.edit'));
    const combobox = item(element, OWN).querySelector('lightning-radio-group.new-severity') as any;
    combobox.dispatchEvent(
      new CustomEvent('change', { detail: { value: 'P1 - Significant Pain Point' } })
    );
    await click(item(element, OWN).querySelector('button.save'));
    expect(item(element, OWN).querySelector('.editor')).not.toBeNull();
    expect(textOf(item(element, OWN).querySelector('.severity'))).toBe('P0 - Dealbreaker');
    expect(root(element).querySelector('c-error-panel')!.shadowRoot!.textContent).toContain(
      'Locked while in review'
    );
    await expect(element).toBeAccessible();
  });

  it('names the submission an edit now duplicates (after an account merge) and keeps both', async () => {
    // The other user's submission Sub03 (same gap and opportunity) was merged onto this account:
    // saving Sub01 recomputes its key into Sub03's and the org refuses it.
    const data = clone(submissionsData) as any;
    const [own, , theirs] = data.uiapi.query.Product_Gap_Submission__c.edges.map(
      (e: any) => e.node
    );
    theirs.Product_Gap__c.value = own.Product_Gap__c.value;
    theirs.Product_Gap__r.Name.value = own.Product_Gap__r.Name.value;
    theirs.Opportunity__r = clone(own.Opportunity__r);
    theirs.CreatedBy.Name.value = 'Lee Park';
    mutate.mockResolvedValue({
      errors: [
        {
          message: `duplicate value found: Submission_Key__c duplicates value on record with id: ${theirs.Id}`,
          extensions: { errorCode: 'DUPLICATE_VALUE' }
        }
      ]
    });
    const element = await mount();
    adapter.emit(data, operation('CustomerSubmissions'));
    await flush();
    await click(item(element, OWN).querySelector('button.edit'));
    const combobox = item(element, OWN).querySelector('lightning-radio-group.new-severity') as any;
    combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'P2 - Nice to Have' } }));
    await click(item(element, OWN).querySelector('button.save'));
    expect(root(element).querySelector('c-error-panel')!.shadowRoot!.textContent).toContain(
      formatLabel(
        labelText('CustomerGaps_Duplicate_Named'),
        'Lee Park',
        'SAML single logout',
        'Acme renewal'
      )
    );
    expect(items(element)).toHaveLength(3);
    expect(textOf(item(element, OWN).querySelector('.severity'))).toBe('P0 - Dealbreaker');
    await expect(element).toBeAccessible();
  });

  it('withdraws only after confirmation', async () => {
    mutate.mockResolvedValue({ data: { uiapi: { Product_Gap_Submission__cDelete: { Id: OWN } } } });
    const element = await loaded();
    await click(item(element, OWN).querySelector('button.withdraw'));
    expect(mutate).not.toHaveBeenCalled();
    expect(textOf(item(element, OWN).querySelector('.confirm-text'))).toBe(
      "Withdraw this customer's submission for SAML single logout? The gap stays; only this ask is removed."
    );
    // The focus follows into the confirmation, on the safe choice, never onto the page body.
    expect(item(element, OWN).activeElement).toBe(item(element, OWN).querySelector('button.keep'));
    await expect(element).toBeAccessible();

    await click(item(element, OWN).querySelector('button.keep'));
    expect(item(element, OWN).querySelector('.confirm')).toBeNull();
    expect(mutate).not.toHaveBeenCalled();
    expect(item(element, OWN).activeElement).toBe(
      item(element, OWN).querySelector('button.withdraw')
    );

    await click(item(element, OWN).querySelector('button.withdraw'));
    await click(item(element, OWN).querySelector('button.confirm-withdraw'));
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0][0]).toMatchObject({
      operationName: 'DeleteSubmission',
      variables: { Id: OWN }
    });
    expect(items(element)).toHaveLength(2);
    expect(root(element).querySelector(`li.gap[data-id="${OWN}"]`)).toBeNull();
    expect(textOf(root(element).querySelector('.notice'))).toBe(
      'Submission for SAML single logout withdrawn.'
    );
    // The row is gone: the focus is on the notice saying so, shown where the list starts.
    expect(root(element).activeElement).toBe(root(element).querySelector('.notice'));
    expect(root(element).querySelector('.notice')!.classList).not.toContain('slds-assistive-text');
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('registers a refresh handler that re-reads the submissions, and unregisters it', async () => {
    const register = registerRefreshHandler as unknown as jest.Mock;
    register.mockClear();
    const element = await loaded();
    expect(register).toHaveBeenCalledTimes(1);
    const handler = register.mock.calls[0][1] as () => Promise<boolean>;
    await expect(handler()).resolves.toBe(true);
    expect(refresh).toHaveBeenCalledTimes(1);
    document.body.removeChild(element);
    expect(unregisterRefreshHandler).toHaveBeenCalledWith(
      (register as jest.Mock).mock.results[0].value
    );
  });
});
