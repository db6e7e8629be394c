import EntryOwnerPicker from 'c/entryOwnerPicker';
import { flush, graphqlAdapter, labelText, mount as mountComponent } from 'test-kit';

const adapter = graphqlAdapter();

const found = {
  uiapi: {
    query: {
      User: {
        edges: [
          { node: { Id: '005D000000Usr01', Name: { value: 'Ada Abara' } } },
          { node: { Id: '005D000000Usr02', Name: { value: 'Adam Ng' } } }
        ]
      }
    }
  }
};

function mount(props: Record<string, unknown> = {}): HTMLElement {
  const element = mountComponent('c-entry-owner-picker', EntryOwnerPicker, props);
  return element;
}
const $ = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector(selector) as any;

async function type(element: HTMLElement, value: string): Promise<void> {
  $(element, 'lightning-input.search').dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
  jest.advanceTimersByTime(400);
  jest.useRealTimers();
  await flush();
}

describe('c-entry-owner-picker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    document.body.replaceChildren();
  });

  it('shows who is chosen, or that nobody is, and a hint before typing', async () => {
    const element = mount({ userId: '005D000000Usr09', userName: 'Priya PM' });
    expect($(element, '.chosen-name').textContent).toBe('Priya PM');
    expect($(element, '.clear').alternativeText).toBe('Remove Priya PM as owning PM');
    expect($(element, '.search-message').getAttribute('data-state')).toBe('hint');
    jest.useRealTimers();
    await expect(element).toBeAccessible();
    document.body.replaceChildren();
    expect($(mount(), '.no-choice').textContent).toBe(labelText('Entry_Alignment_PM_None'));
  });

  it('searches users by name after a pause and lists them as buttons; choosing fires change', async () => {
    const element = mount();
    const changed = jest.fn();
    element.addEventListener('change', (event: Event) => changed((event as CustomEvent).detail));
    await type(element, 'Ad');
    expect($(element, '.search-message').getAttribute('data-state')).toBe('searching');
    expect(adapter.getLastConfig()).toMatchObject({ variables: { pattern: '%Ad%' } });
    adapter.emit(found);
    await flush();
    const options = [
      ...element.shadowRoot!.querySelectorAll('button.option')
    ] as HTMLButtonElement[];
    expect(options.map((o) => o.textContent!.trim())).toEqual(['Ada Abara', 'Adam Ng']);
    await expect(element).toBeAccessible();
    options[1].click();
    expect(changed).toHaveBeenCalledWith({ id: '005D000000Usr02', name: 'Adam Ng' });
  });

  it('says when no user matches and when users cannot be read, never the raw error', async () => {
    const element = mount();
    await type(element, 'zz');
    adapter.emit({ uiapi: { query: { User: { edges: [] } } } });
    await flush();
    expect($(element, '.search-message').getAttribute('data-state')).toBe('noMatch');
    jest.useFakeTimers();
    await type(element, 'qq');
    adapter.emitErrors([
      {
        message:
          "Validation error (FieldUndefined) : Field 'User' in type 'RecordQuery' is undefined"
      }
    ]);
    await flush();
    expect($(element, '.search-message').textContent.trim()).toBe(
      labelText('Entry_Alignment_PM_No_Access')
    );
    expect(element.shadowRoot!.textContent).not.toContain('RecordQuery');
  });

  it('removes the chosen user with the remove button', () => {
    const element = mount({ userId: '005D000000Usr09', userName: 'Priya PM' });
    const changed = jest.fn();
    element.addEventListener('change', (event: Event) => changed((event as CustomEvent).detail));
    $(element, '.clear').click();
    expect(changed).toHaveBeenCalledWith({ id: null, name: null });
  });
});
