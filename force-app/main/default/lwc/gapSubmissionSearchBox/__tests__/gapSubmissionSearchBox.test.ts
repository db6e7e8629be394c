import GapSubmissionSearchBox from 'c/gapSubmissionSearchBox';
import { flush, mount, unmountAll } from 'test-kit';

type Box = HTMLElement & { value: string; error: string | null; focusBox(): void };
type Input = HTMLElement & {
  label: string;
  placeholder: string;
  value: string;
  setCustomValidity: jest.Mock;
  reportValidity: jest.Mock;
};

const show = (props: Record<string, unknown> = {}) =>
  mount<Box>('c-gap-submission-search-box', GapSubmissionSearchBox, props);
const input = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('lightning-input.search') as Input;
const REQUIRED = 'Choose the product gap this customer needs, or create a new one.';

afterEach(unmountAll);

describe('c-gap-submission-search-box', () => {
  it('names the box and says how many characters a search needs', async () => {
    const element = show({ value: 'saml' });
    expect(input(element).label).toBe('Search product gaps by name or summary');
    expect(input(element).placeholder).toBe('Type at least 2 characters.');
    expect(input(element).value).toBe('saml');
    await expect(element).toBeAccessible();
  });

  it('reports the text typed, and an empty text for a change without one', () => {
    const element = show();
    const typed: string[] = [];
    element.addEventListener('searchtext', (event) =>
      typed.push((event as CustomEvent).detail.value)
    );
    input(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'okta' } }));
    input(element).dispatchEvent(new CustomEvent('change'));
    expect(typed).toEqual(['okta', '']);
  });

  it('sets the "choose a gap" error on the box itself, and clears it once', async () => {
    const element = show();
    const box = input(element);
    box.setCustomValidity = jest.fn();
    box.reportValidity = jest.fn();
    element.error = REQUIRED;
    expect(element.error).toBe(REQUIRED);
    expect(box.setCustomValidity).toHaveBeenLastCalledWith(REQUIRED);
    element.error = null;
    await flush();
    expect(box.setCustomValidity).toHaveBeenLastCalledWith('');
    const calls = box.setCustomValidity.mock.calls.length;
    element.value = 'okta';
    await flush();
    expect(box.setCustomValidity.mock.calls.length).toBe(calls);
  });

  it('moves the focus to the box', () => {
    const element = show();
    const focus = jest.spyOn(input(element), 'focus');
    element.focusBox();
    expect(focus).toHaveBeenCalled();
  });
});
