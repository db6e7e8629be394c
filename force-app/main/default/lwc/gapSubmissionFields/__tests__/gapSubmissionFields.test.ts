import GapSubmissionFields from 'c/gapSubmissionFields';
import { emptyForm } from 'c/gapSubmissionForm';
import { flush, labelText, mount as mountComponent, unmountAll } from 'test-kit';

type Fields = HTMLElement & { form: unknown; attempted: boolean; group: string };

function mount(props: Record<string, unknown>): Fields {
  const element = mountComponent<Fields>('c-gap-submission-fields', GapSubmissionFields, props);
  return element;
}
const field = (element: Fields, name: string) =>
  element.shadowRoot!.querySelector(`[data-field="${name}"]`) as HTMLElement & {
    setCustomValidity: (message: string) => void;
    reportValidity: () => boolean;
  };

describe('c-gap-submission-fields', () => {
  afterEach(() => {
    unmountAll();
  });

  it('renders the new gap group and reports each edit', async () => {
    const element = mount({ group: 'gap', form: emptyForm() });
    const names = [...element.shadowRoot!.querySelectorAll('[data-field]')].map(
      (node) => (node as HTMLElement).dataset.field
    );
    expect(names).toEqual(['title', 'summary', 'productArea']);
    const edits: unknown[] = [];
    element.addEventListener('fieldchange', (event) => edits.push((event as CustomEvent).detail));
    field(element, 'title').dispatchEvent(new CustomEvent('change', { detail: { value: 'SSO' } }));
    expect(edits).toEqual([{ field: 'title', value: 'SSO' }]);
    await expect(element).toBeAccessible();
  });

  it('sets a required field’s error on the base component after a Save, and clears it', async () => {
    const element = mount({ group: 'detail', form: emptyForm(), attempted: false });
    const severity = field(element, 'severity');
    severity.setCustomValidity = jest.fn();
    severity.reportValidity = jest.fn();
    expect(severity.getAttribute('data-error')).toBeNull();
    element.attempted = true;
    await flush();
    expect(severity.getAttribute('data-error')).toBe(labelText('GapSubmission_Severity_Required'));
    expect(severity.setCustomValidity).toHaveBeenLastCalledWith(
      labelText('GapSubmission_Severity_Required')
    );
    expect(severity.reportValidity).toHaveBeenCalled();
    element.form = { ...emptyForm(), severity: 'P1 - Significant Pain Point' };
    await flush();
    expect(severity.getAttribute('data-error')).toBeNull();
    expect(severity.setCustomValidity).toHaveBeenLastCalledWith('');
  });

  it('shows the counter only near the limit', async () => {
    const element = mount({ group: 'detail', form: { ...emptyForm(), description: 'x' } });
    expect(element.shadowRoot!.querySelector('.counter')).toBeNull();
    element.form = { ...emptyForm(), description: 'x'.repeat(30000) };
    await flush();
    expect(element.shadowRoot!.querySelector('.counter')!.textContent!.trim()).toBe(
      '30,000 of 32,768 characters'
    );
  });

  it('renders the detail group from a missing form and an unknown group', () => {
    const element = mount({ group: 'bogus', form: null });
    expect(element.shadowRoot!.querySelectorAll('[data-field]')).toHaveLength(4);
  });
});
