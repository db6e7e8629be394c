import { executeMutation } from 'lightning/graphql';
import GapSubmissionAction from 'c/gapSubmissionAction';
import { byOperation as operation, cloneFixture as clone, graphqlAdapter } from 'test-kit';
import { labelText, mount as mountComponent, navigateCalls, unmountAll } from 'test-kit';
import searchData from './data/gapSearch.json';
import noMatch from './data/noMatch.json';
import opportunityContext from './data/opportunityContext.json';
import accountContext from './data/accountContext.json';
import submissionByKey from './data/submissionByKey.json';
import customerSubmissions from './data/customerSubmissions.json';

jest.mock('@salesforce/user/Id', () => ({ default: '005D000000Usr01IAB' }), { virtual: true });

const adapter = graphqlAdapter();
const mutate = executeMutation as unknown as jest.Mock;

const ACCOUNT = '001D000000IqhSLIAZ';
const OPPORTUNITY = '006D000000OppA1IAJ';
const GAP = 'a00D0000008oWP8IAM';
const P1 = 'P1 - Significant Pain Point';

/** Lets renders, wires and promises settle under this file's fake timers (the debounce's clock stays still). */
const flush = () => jest.advanceTimersByTimeAsync(0);

const mount = (recordId = OPPORTUNITY, objectApiName = 'Opportunity') =>
  mountComponent('c-gap-submission-action', GapSubmissionAction, { recordId, objectApiName });

const root = (element: HTMLElement) => element.shadowRoot!;
const state = (element: HTMLElement) =>
  root(element).querySelector('.flag')!.getAttribute('data-state');
const searchHost = (element: HTMLElement) =>
  root(element).querySelector('c-gap-submission-search') as
    (HTMLElement & { gapError: string | null }) | null;
/** The first match in the action's shadow tree or its children's, depth first. */
function q(element: HTMLElement, selector: string): HTMLElement | null {
  const shadow = element.shadowRoot;
  const found = shadow?.querySelector<HTMLElement>(selector);
  if (found || !shadow) return found ?? null;
  for (const child of shadow.querySelectorAll<HTMLElement>('*')) {
    const deeper = child.shadowRoot ? q(child, selector) : null;
    if (deeper) return deeper;
  }
  return null;
}
const text = (element: HTMLElement, selector: string) =>
  q(element, selector)?.textContent?.trim() ?? null;

async function ready(
  context: unknown = opportunityContext,
  recordId = OPPORTUNITY,
  object = 'Opportunity'
) {
  const element = mount(recordId, object);
  await flush();
  adapter.emit(clone(context), (config) => String(config.operationName).startsWith('FlagContext'));
  await flush();
  return element;
}

function fieldsRoots(element: HTMLElement): ShadowRoot[] {
  return [...root(element).querySelectorAll('c-gap-submission-fields')].map(
    (child) => child.shadowRoot!
  );
}
function field(element: HTMLElement, name: string): HTMLElement & { value?: string } {
  for (const shadow of fieldsRoots(element)) {
    const found = shadow.querySelector(`[data-field="${name}"]`);
    if (found) return found as HTMLElement;
  }
  throw new Error(`no field ${name}`);
}
/** The error a field carries (set on the base component with setCustomValidity, kept in data-error). */
function fieldError(element: HTMLElement, name: string): string | null {
  return field(element, name).getAttribute('data-error');
}
async function setField(element: HTMLElement, name: string, value: string): Promise<void> {
  field(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}
async function type(element: HTMLElement, value: string): Promise<void> {
  q(element, 'lightning-input.search')!.dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
  await flush();
}
async function setMode(element: HTMLElement, value: 'existing' | 'new'): Promise<void> {
  root(element)
    .querySelector('lightning-radio-group.mode')!
    .dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}
function matchesRoot(element: HTMLElement): ShadowRoot | null {
  return q(element, 'c-gap-submission-matches')?.shadowRoot ?? null;
}
function matchNames(element: HTMLElement): string[] {
  return [...(matchesRoot(element)?.querySelectorAll('li.match .match-name') ?? [])].map((n) =>
    n.textContent!.trim()
  );
}
async function choose(element: HTMLElement, gapId: string): Promise<void> {
  (
    matchesRoot(element)!.querySelector(`button.choose[data-id="${gapId}"]`) as HTMLButtonElement
  ).click();
  await flush();
}
async function save(element: HTMLElement): Promise<void> {
  (root(element).querySelector('lightning-button.save') as HTMLElement).click();
  await flush();
}
async function search(
  element: HTMLElement,
  term: string,
  data: unknown = searchData
): Promise<void> {
  await type(element, term);
  jest.advanceTimersByTime(300);
  await flush();
  adapter.emit(clone(data), operation('GapSearch'));
  await flush();
}
function lastSearchVariables(): unknown {
  return adapter.getLastConfig().variables;
}

/** axe refuses to run under fake timers: switch to real ones around the check (no debounce is pending then). */
async function accessible(element: HTMLElement): Promise<void> {
  jest.useRealTimers();
  await expect(element).toBeAccessible();
  jest.useFakeTimers();
}

function listen(element: HTMLElement) {
  const toasts: { title: string; message: string; variant: string }[] = [];
  const closes: Event[] = [];
  const refreshes: Event[] = [];
  element.addEventListener('lightning__showtoast', (event) =>
    toasts.push((event as CustomEvent).detail)
  );
  element.addEventListener('closeactionscreen', (event) => closes.push(event));
  // RefreshEvent from lightning/refresh (sfdx-lwc-jest's stub names it lightning__refresh).
  element.addEventListener('lightning__refresh', (event) => refreshes.push(event));
  return { toasts, closes, refreshes };
}

/** The broad GapSearch variables: Name or Summary__c like any of the words, for gaps and their submissions. */
function searchVariables(...words: string[]): Record<string, unknown> {
  const where = {
    or: words.flatMap((word) => [
      { Name: { like: `%${word}%` } },
      { Summary__c: { like: `%${word}%` } }
    ])
  };
  return { where, submissionWhere: { Product_Gap__r: where }, first: 500 };
}

describe('c-gap-submission-action', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    mutate.mockReset();
  });
  afterEach(() => {
    unmountAll();
    jest.useRealTimers();
  });

  describe('customer', () => {
    it('reads the opportunity and flags for its account', async () => {
      const element = mount();
      await flush();
      expect(state(element)).toBe('loading');
      await accessible(element);
      adapter.emit(clone(opportunityContext), operation('FlagContextOpportunity'));
      await flush();
      expect(state(element)).toBe('ready');
      expect(text(element, '.context')).toBe('For Acme Corp, opportunity Acme renewal');
      await accessible(element);
    });

    it('says so on an opportunity without account, and cannot save', async () => {
      const orphan = clone(opportunityContext);
      orphan.uiapi.query.Opportunity.edges[0].node.AccountId.value = null as unknown as string;
      const element = await ready(orphan);
      expect(state(element)).toBe('noAccount');
      expect(text(element, '.context-problem')).toBe(labelText('GapSubmission_No_Account'));
      expect(
        (
          root(element).querySelector('lightning-button.save') as HTMLElement & {
            disabled: boolean;
          }
        ).disabled
      ).toBe(true);
      await accessible(element);
    });

    it('refuses a record that is neither an account nor an opportunity', async () => {
      const element = mount(GAP, 'Product_Gap__c');
      await flush();
      expect(state(element)).toBe('unsupported');
      expect(text(element, '.context-problem')).toBe(labelText('GapSubmission_Unsupported_Record'));
    });

    it('shows the error panel when the customer cannot be read', async () => {
      const element = mount();
      await flush();
      adapter.emitErrors(
        [{ message: 'Salesforce is down for maintenance' }],
        operation('FlagContextOpportunity')
      );
      await flush();
      expect(state(element)).toBe('error');
      const panel = root(element).querySelector('c-error-panel')!;
      expect(panel.shadowRoot!.textContent).toContain('Salesforce is down for maintenance');
      await accessible(element);
    });
  });

  describe('search', () => {
    it('waits for 2 characters and 300 ms of quiet before searching', async () => {
      const element = await ready();
      await type(element, 's');
      jest.advanceTimersByTime(1000);
      await flush();
      expect(lastSearchVariables()).toBeUndefined();
      await type(element, 'sa');
      await type(element, 'saml');
      jest.advanceTimersByTime(299);
      await flush();
      expect(lastSearchVariables()).toBeUndefined();
      jest.advanceTimersByTime(1);
      await flush();
      expect(lastSearchVariables()).toEqual(searchVariables('saml'));
      expect(text(element, '.search-status')).toBe(labelText('GapSubmission_Searching'));
    });

    it('lists each match with its status, product area and how many accounts already asked', async () => {
      const element = await ready();
      await search(element, 'saml');
      expect([...matchNames(element)].sort()).toEqual([
        'SAML attribute mapping',
        'SAML logout for Okta',
        'SAML single logout'
      ]);
      const row = (name: string) =>
        [...matchesRoot(element)!.querySelectorAll('li.match')].find(
          (li) => li.querySelector('.match-name')!.textContent!.trim() === name
        )!;
      const open = row('SAML single logout');
      expect(open.querySelector('.match-status')!.textContent).toContain('Open');
      expect(open.querySelector('.match-area')!.textContent).toContain('Security & Compliance');
      expect(open.querySelector('.match-accounts')!.textContent).toBe('7 accounts already asked');
      expect(open.querySelector('.match-closed')).toBeNull();
      expect(row('SAML attribute mapping').querySelector('.match-closed')).not.toBeNull();
      // A merged gap names its survivor and offers it instead of "Add to this gap".
      const merged = row('SAML logout for Okta');
      expect(merged.querySelector('.match-merged')!.textContent).toBe(
        'Merged into SAML single logout'
      );
      expect(merged.querySelector('button.choose')).toBeNull();
      expect(merged.querySelector('button.use-survivor')!.getAttribute('data-id')).toBe(GAP);
      expect(text(element, '.search-status')).toBe('3 product gaps match');
      await accessible(element);
    });

    it('says when nothing matches', async () => {
      const element = await ready();
      await search(element, 'zeppelin', noMatch);
      expect(matchNames(element)).toEqual([]);
      expect(text(element, '.search-status')).toBe(
        'No product gap matches zeppelin. Create a new gap instead.'
      );
    });

    it('shows no access plainly when the user cannot read gaps', async () => {
      const element = await ready();
      await type(element, 'saml');
      jest.advanceTimersByTime(300);
      await flush();
      adapter.emitErrors(
        [
          {
            message: "Validation error: Field 'Product_Gap__c' in type 'RecordQuery' is undefined",
            extensions: { ErrorType: 'ValidationError' }
          }
        ],
        operation('GapSearch')
      );
      await flush();
      expect(text(element, '.no-access')).toBe(labelText('GapSubmission_No_Access'));
      expect(
        q(element, 'c-error-panel')!.shadowRoot!.querySelector('[data-kind="noAccess"]')
      ).not.toBeNull();
      await accessible(element);
    });
  });

  describe('add to an existing gap', () => {
    it('saves one submission with its key, toasts and closes', async () => {
      mutate.mockResolvedValue({
        data: {
          uiapi: { Product_Gap_Submission__cCreate: { Record: { Id: 'a02D000000Sub03IAB' } } }
        }
      });
      const element = await ready();
      const { toasts, closes, refreshes } = listen(element);
      await search(element, 'saml');
      await choose(element, GAP);
      expect(text(element, '.selected-gap')).toBe('Adding to SAML single logout');
      expect(
        matchesRoot(element)!.querySelector(`li.match[data-id="${GAP}"] .match-chosen`)
      ).not.toBeNull();
      await setField(element, 'severity', P1);
      await setField(element, 'impact', 'Blocks the renewal');
      await save(element);

      expect(mutate).toHaveBeenCalledTimes(1);
      const request = mutate.mock.calls[0][0];
      expect(request.operationName).toBe('CreateSubmission');
      expect(request.variables).toEqual({
        Product_Gap__c: GAP,
        Account__c: ACCOUNT,
        Opportunity__c: OPPORTUNITY,
        Severity__c: P1,
        Description__c: null,
        Impact__c: 'Blocks the renewal',
        Workaround__c: null,
        Submission_Key__c: `${GAP}:${ACCOUNT}:${OPPORTUNITY}`
      });
      expect(toasts).toEqual([
        {
          title: labelText('GapSubmission_Success_Title'),
          message: 'SAML single logout flagged for Acme Corp.',
          variant: 'success'
        }
      ]);
      expect(closes).toHaveLength(1);
      expect(refreshes).toHaveLength(1);
    });

    it('flags from an account with no opportunity in the key', async () => {
      mutate.mockResolvedValue({
        data: {
          uiapi: { Product_Gap_Submission__cCreate: { Record: { Id: 'a02D000000Sub03IAB' } } }
        }
      });
      const element = await ready(accountContext, ACCOUNT, 'Account');
      expect(text(element, '.context')).toBe('For Acme Corp');
      await search(element, 'saml');
      await choose(element, GAP);
      await setField(element, 'severity', 'P0 - Dealbreaker');
      await save(element);
      const fields = mutate.mock.calls[0][0].variables;
      expect(fields.Opportunity__c).toBeNull();
      expect(fields.Submission_Key__c).toBe(`${GAP}:${ACCOUNT}:none`);
    });
  });

  describe('validation', () => {
    it('asks for the gap and the severity, and sends nothing', async () => {
      const element = await ready();
      await save(element);
      expect(mutate).not.toHaveBeenCalled();
      expect(searchHost(element)!.gapError).toBe(labelText('GapSubmission_Gap_Required'));
      expect(fieldError(element, 'severity')).toBe(labelText('GapSubmission_Severity_Required'));
      expect(text(element, '.notice')).toBe(labelText('GapSubmission_Fix_Errors'));
      await accessible(element);
    });

    it('flags a 40,000-character description as it is typed, sends nothing and keeps it', async () => {
      const element = await ready();
      await search(element, 'saml');
      await choose(element, GAP);
      await setField(element, 'severity', P1);
      const long = 'x'.repeat(40000);
      await setField(element, 'description', long);
      expect(fieldError(element, 'description')).toBe(
        '7,232 characters over the limit of 32,768. Shorten it to save.'
      );
      await save(element);
      expect(mutate).not.toHaveBeenCalled();
      expect(field(element, 'description').value).toBe(long);
      expect(field(element, 'severity').value).toBe(P1);
      await setField(element, 'description', 'x'.repeat(32768));
      expect(fieldError(element, 'description')).toBeNull();
    });
  });

  describe('create a new gap', () => {
    it('shows similar gaps before saving, then creates the gap with its submission on the next Save', async () => {
      mutate.mockResolvedValue({
        data: {
          uiapi: {
            gap: { Record: { Id: 'a00D0000008oWQ3IAM' } },
            submission: { Record: { Id: 'a02D000000Sub03IAB' } }
          }
        }
      });
      const element = await ready();
      const { closes } = listen(element);
      await setMode(element, 'new');
      await setField(element, 'title', 'SAML logout');
      await setField(element, 'severity', 'P0 - Dealbreaker');
      const area = field(element, 'productArea');
      expect(area.tagName).toBe('LIGHTNING-COMBOBOX');
      area.dispatchEvent(new CustomEvent('change', { detail: { value: 'Security & Compliance' } }));
      await flush();
      jest.advanceTimersByTime(300);
      await flush();
      expect(lastSearchVariables()).toEqual(searchVariables('saml', 'logout'));
      adapter.emit(clone(searchData), operation('GapSearch'));
      await flush();
      expect(q(element, '.duplicates')).not.toBeNull();
      // "SAML attribute mapping" shares only "SAML": not a likely duplicate of "SAML logout".
      expect([...matchNames(element)].sort()).toEqual([
        'SAML logout for Okta',
        'SAML single logout'
      ]);
      await accessible(element);

      await save(element);
      expect(mutate).not.toHaveBeenCalled();
      expect(text(element, '.notice')).toBe(labelText('GapSubmission_Duplicates_Body'));

      await save(element);
      expect(mutate).toHaveBeenCalledTimes(1);
      const request = mutate.mock.calls[0][0];
      expect(request.operationName).toBe('CreateGapWithSubmission');
      // One variable per field; the submission's gap is `@{gap}` in the document, not a variable.
      expect(request.variables).toMatchObject({
        gap_Name: 'SAML logout',
        gap_Product_Area__c: 'Security & Compliance',
        submission_Account__c: ACCOUNT,
        submission_Opportunity__c: OPPORTUNITY,
        submission_Severity__c: 'P0 - Dealbreaker'
      });
      expect(JSON.stringify(request.variables)).not.toContain('@{');
      expect(closes).toHaveLength(1);
    });

    it('lets the user pick a similar gap instead', async () => {
      const element = await ready();
      await setMode(element, 'new');
      await setField(element, 'title', 'SAML logout');
      jest.advanceTimersByTime(300);
      await flush();
      adapter.emit(clone(searchData), operation('GapSearch'));
      await flush();
      await choose(element, GAP);
      expect(q(element, 'lightning-input.search')).not.toBeNull();
      expect(text(element, '.selected-gap')).toBe('Adding to SAML single logout');
    });

    it('checks for duplicates when Save comes before the search, and saves when there are none', async () => {
      mutate.mockResolvedValue({
        data: {
          uiapi: {
            gap: { Record: { Id: 'a00D0000008oWQ3IAM' } },
            submission: { Record: { Id: 'a02D000000Sub03IAB' } }
          }
        }
      });
      const element = await ready();
      await setMode(element, 'new');
      await setField(element, 'title', 'Zeppelin docking');
      await setField(element, 'severity', 'P2 - Nice to Have');
      await save(element);
      expect(mutate).not.toHaveBeenCalled();
      expect(text(element, '.notice')).toBe(labelText('GapSubmission_Checking_Duplicates'));
      expect(lastSearchVariables()).toEqual(searchVariables('zeppelin', 'dock'));
      adapter.emit(clone(noMatch), operation('GapSearch'));
      await flush();
      expect(mutate).toHaveBeenCalledTimes(1);
      expect(mutate.mock.calls[0][0].operationName).toBe('CreateGapWithSubmission');
    });
  });

  describe('already flagged, known before Save', () => {
    it('marks the gaps this customer flagged on this opportunity and opens the existing submission', async () => {
      const element = await ready();
      adapter.emit(clone(customerSubmissions), operation('CustomerSubmissions'));
      await flush();
      await search(element, 'saml');
      const rows = [...matchesRoot(element)!.querySelectorAll('li.match')];
      const flagged = rows.find((li) => li.getAttribute('data-id') === GAP)!;
      expect(flagged.querySelector('.match-already')!.textContent!.trim()).toBe(
        labelText('GapSubmission_Already_Row')
      );
      expect(flagged.querySelector('button.choose')).toBeNull();
      (flagged.querySelector('button.open-existing') as HTMLButtonElement).click();
      // The existing submission's record page (the results child's test checks the whole reference).
      expect(navigateCalls().at(-1)).toMatchObject({
        attributes: { recordId: 'a02D000000Sub01IAB' }
      });
      await accessible(element);
    });

    it('does not mark gaps flagged for the account without this opportunity', async () => {
      const element = await ready();
      adapter.emit(clone(customerSubmissions), operation('CustomerSubmissions'));
      await flush();
      await search(element, 'saml');
      const merged = matchesRoot(element)!.querySelector('li.match[data-id="a00D0000008oWQ2IAM"]')!;
      expect(merged.querySelector('.match-already')).toBeNull();
    });
  });

  describe('write outcomes', () => {
    async function filled(): Promise<HTMLElement> {
      const element = await ready();
      await search(element, 'saml');
      await choose(element, GAP);
      await setField(element, 'severity', P1);
      await setField(element, 'workaround', 'Log out of each app by hand');
      return element;
    }

    it('says the gap is already flagged, points to the existing submission and creates nothing more', async () => {
      mutate.mockResolvedValue({
        errors: [
          {
            message:
              'duplicate value found: Submission_Key__c duplicates value on record with id: a02D000000Sub01IAB',
            extensions: { errorCode: 'DUPLICATE_VALUE' }
          }
        ]
      });
      const element = await filled();
      const { toasts, closes, refreshes } = listen(element);
      await save(element);
      const already = () => root(element).querySelector('c-gap-submission-already')!.shadowRoot!;
      expect(already().querySelector('h3')!.textContent).toBe(
        labelText('GapSubmission_Already_Title')
      );
      expect(lastSearchVariables()).toEqual({ key: `${GAP}:${ACCOUNT}:${OPPORTUNITY}` });
      adapter.emit(clone(submissionByKey), operation('SubmissionByKey'));
      await flush();
      expect(already().querySelector('.existing-details')!.textContent).toBe(
        'Severity P1 - Significant Pain Point, flagged by Sam Rivera.'
      );
      expect(already().querySelector('lightning-button.open-existing')).not.toBeNull();
      expect(mutate).toHaveBeenCalledTimes(1);
      expect(toasts).toEqual([]);
      expect(closes).toEqual([]);
      expect(refreshes).toEqual([]);
      await accessible(element);
    });

    it('keeps everything typed when the network fails', async () => {
      mutate.mockRejectedValue(new TypeError('Failed to fetch'));
      const element = await filled();
      const { closes } = listen(element);
      await save(element);
      const panel = root(element).querySelector('c-error-panel')!;
      // The panel words a network failure in its own labels; the raw "Failed to fetch" never shows.
      expect(panel.shadowRoot!.querySelector('.title')!.textContent).toBe(
        labelText('Error_Network_Title')
      );
      expect(panel.shadowRoot!.querySelector('.hint')!.textContent).toBe(
        labelText('Error_Network_Hint')
      );
      expect(panel.shadowRoot!.textContent).not.toContain('Failed to fetch');
      expect(field(element, 'workaround').value).toBe('Log out of each app by hand');
      expect(field(element, 'severity').value).toBe(P1);
      expect(text(element, '.selected-gap')).toBe('Adding to SAML single logout');
      expect(closes).toEqual([]);
      await accessible(element);

      mutate.mockResolvedValue({
        data: {
          uiapi: { Product_Gap_Submission__cCreate: { Record: { Id: 'a02D000000Sub03IAB' } } }
        }
      });
      await save(element);
      expect(closes).toHaveLength(1);
    });

    it('says plainly that the user cannot flag when the write is refused for access', async () => {
      mutate.mockResolvedValue({
        errors: [
          { message: 'INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id' }
        ]
      });
      const element = await filled();
      await save(element);
      expect(text(element, '.no-access')).toBe(labelText('GapSubmission_No_Access'));
      expect(field(element, 'workaround').value).toBe('Log out of each app by hand');
      await accessible(element);
    });
  });
});
