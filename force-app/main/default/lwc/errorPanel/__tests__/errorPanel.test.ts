import ErrorPanel from 'c/errorPanel';
import { labelText, mount as mountComponent, unmountAll } from 'test-kit';

const mount = (props: Record<string, unknown>) =>
  mountComponent('c-error-panel', ErrorPanel, props);

describe('c-error-panel', () => {
  afterEach(unmountAll);

  it('shows the friendly message and every reduced error', async () => {
    const element = mount({
      friendlyMessage: 'The ranking could not be loaded.',
      errors: [{ message: 'First' }, { message: 'Second' }]
    });
    const root = element.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).toBe('The ranking could not be loaded.');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'First',
      'Second'
    ]);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows no access as a normal, explained state', async () => {
    const element = mount({
      errors: [
        {
          message:
            "Validation error of type FieldUndefined: Field 'TAM__c' in type 'Account' is undefined"
        }
      ]
    });
    const root = element.shadowRoot!;
    expect(root.querySelector('[data-kind]')!.getAttribute('data-kind')).toBe('noAccess');
    // Labels resolve to their real values under Jest (the test kit).
    expect(root.querySelector('.title')!.textContent).toBe(labelText('Error_No_Access_Title'));
    expect(root.querySelector('.hint')!.textContent).toBe(labelText('Error_No_Access_Hint'));
    await expect(element).toBeAccessible();
  });

  it('says when Salesforce cannot be reached', () => {
    const element = mount({ errors: new TypeError('Failed to fetch') });
    const root = element.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).toBe(labelText('Error_Network_Title'));
    expect(root.querySelector('.hint')!.textContent).toBe(labelText('Error_Network_Hint'));
    expect(root.textContent).not.toContain('Failed to fetch');
  });

  // The shapes the UI API (and the preview's emulator) return: none may reach the screen raw.
  const RAW_SHAPES: [string, unknown][] = [
    [
      'FieldUndefined',
      [
        {
          message:
            "Validation error (FieldUndefined) : Field 'Product_Gap__c' in type 'RecordQuery' is undefined",
          locations: [{ line: 4, column: 9 }],
          extensions: { ErrorType: 'ValidationError' }
        }
      ]
    ],
    [
      'UnknownType',
      [
        {
          message: "Validation error (UnknownType) : Unknown type 'Product_Gap__c_Filter'",
          extensions: { ErrorType: 'ValidationError' }
        }
      ]
    ],
    [
      'INSUFFICIENT_ACCESS',
      {
        body: [
          {
            message: 'You do not have permission to create Top 10 Revision records.',
            errorCode: 'INSUFFICIENT_ACCESS'
          }
        ]
      }
    ],
    ['network', new TypeError('Failed to fetch')]
  ];
  it.each(RAW_SHAPES)('never shows the raw %s error, only what to do', async (_name, errors) => {
    const element = mount({ errors, friendlyMessage: 'The Top 10 could not be published.' });
    const root = element.shadowRoot!;
    const shown = root.textContent ?? '';
    expect(shown).not.toMatch(/Validation error|in type|Unknown type|INSUFFICIENT|Failed to fetch/);
    expect([labelText('Error_No_Access_Hint'), labelText('Error_Network_Hint')]).toContain(
      root.querySelector('.hint')!.textContent
    );
    expect(root.querySelector('details')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('keeps an unexplained platform diagnostic in collapsed details, with what to do', async () => {
    const element = mount({
      errors: [{ message: "Validation error (WrongArgument) : Argument 'first' has a wrong type" }]
    });
    const root = element.shadowRoot!;
    expect(root.querySelector('.messages')).toBeNull();
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('WrongArgument');
    expect(root.querySelector('.hint')!.textContent).toBe(labelText('Error_Generic_Hint'));
    await expect(element).toBeAccessible();
  });

  it('falls back to a generic title and reacts to new errors', async () => {
    const element = mount({ errors: 'Boom' });
    const root = element.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).toBe(labelText('Error_Generic_Title'));
    (element as unknown as { errors: unknown }).errors = [{ message: 'Changed' }];
    await Promise.resolve();
    expect(root.querySelector('li')!.textContent).toBe('Changed');
  });
});
