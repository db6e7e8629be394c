import { flush, mount as mountElement, unmountAll } from 'test-kit';
import TopTenCurationEntry from '../topTenCurationEntry';
import type { EditorEntry } from '../topTenCurationEntry';

const ENTRY: EditorEntry = {
  gapId: 'a01A',
  rank: 2,
  rankLabel: '#2',
  name: 'SAML single logout',
  pinned: true,
  added: false,
  computedLabel: 'Ranked #3',
  githubUrl: '',
  linkInvalid: false,
  rationale: 'Blocks renewals',
  rationaleCarried: true,
  isFirst: false,
  isLast: true,
  moveUpLabel: 'Move SAML single logout up',
  moveDownLabel: 'Move SAML single logout down',
  pinLabel: 'Unpin SAML single logout',
  removeLabel: 'Remove SAML single logout'
};

function mount(entry: Partial<EditorEntry> | null = {}): HTMLElement {
  return mountElement('c-top-ten-curation-entry', TopTenCurationEntry, {
    entry: entry === null ? null : { ...ENTRY, ...entry }
  });
}

const button = (element: HTMLElement, action: string) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;

describe('c-top-ten-curation-entry', () => {
  afterEach(unmountAll);

  it('shows place, name and badges on one compact row, with the editors closed', async () => {
    const element = mount();
    const shadow = element.shadowRoot!;
    expect(shadow.querySelector('.rank')!.textContent).toBe('#2');
    expect(shadow.querySelector('.name')!.textContent).toBe('SAML single logout');
    expect(shadow.querySelector('.pinned-badge')).not.toBeNull();
    expect(shadow.querySelector('.details')).toBeNull();
    expect(button(element, 'details').getAttribute('aria-expanded')).toBe('false');
    expect(button(element, 'down').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('opens the link and rationale editors on demand and reports their changes', async () => {
    const element = mount();
    const events: [string, unknown][] = [];
    for (const name of ['linkchange', 'rationalechange']) {
      element.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
    }
    button(element, 'details').click();
    await flush();
    const shadow = element.shadowRoot!;
    expect(button(element, 'details').getAttribute('aria-expanded')).toBe('true');
    expect(shadow.querySelector('.rationale-carried')).not.toBeNull();
    const link = shadow.querySelector<HTMLInputElement>('input.link-input')!;
    link.value = 'https://github.com/acme/app/issues/1';
    link.dispatchEvent(new CustomEvent('change'));
    const rationale = shadow.querySelector('lightning-textarea.rationale-input')!;
    rationale.dispatchEvent(new CustomEvent('change', { detail: { value: 'New reason' } }));
    expect(events).toEqual([
      ['linkchange', { gapId: 'a01A', value: 'https://github.com/acme/app/issues/1' }],
      ['rationalechange', { gapId: 'a01A', value: 'New reason' }]
    ]);
    await expect(element).toBeAccessible();
  });

  it('keeps the editors open while the link is invalid, with the error tied to the field', async () => {
    const element = mount({ linkInvalid: true, githubUrl: 'http://example.com' });
    const shadow = element.shadowRoot!;
    const link = shadow.querySelector<HTMLInputElement>('input.link-input')!;
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(link.getAttribute('aria-describedby')).toBe(shadow.querySelector('.link-error')!.id);
    button(element, 'details').click();
    await flush();
    expect(shadow.querySelector('.details')).not.toBeNull();
  });

  it('fires move, pin and remove with its gap, and moves the focus on request', () => {
    const element = mount();
    const events: [string, unknown][] = [];
    for (const name of ['move', 'pin', 'remove']) {
      element.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
    }
    button(element, 'up').click();
    button(element, 'pin').click();
    button(element, 'remove').click();
    expect(events).toEqual([
      ['move', { gapId: 'a01A', delta: -1 }],
      ['pin', { gapId: 'a01A' }],
      ['remove', { gapId: 'a01A' }]
    ]);
    // The down button is disabled at the bottom: the focus goes to the up button instead.
    (element as unknown as { focusAction(a: string): void }).focusAction('down');
    expect((element.shadowRoot!.activeElement as HTMLElement).dataset.action).toBe('up');
  });

  it('renders nothing it cannot name and fires nothing without an entry', () => {
    const element = mount(null);
    const fired = jest.fn();
    element.addEventListener('pin', fired);
    button(element, 'pin').click();
    expect(fired).not.toHaveBeenCalled();
  });

  it('makes its move, pin and remove buttons one toolbar: one Tab stop, arrow keys between them', async () => {
    const element = mount({ isFirst: false, isLast: false });
    const shadow = element.shadowRoot!;
    const toolbar = shadow.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).toBe('SAML single logout');
    const tabStops = () =>
      [...toolbar.querySelectorAll('button')]
        .filter((b) => b.getAttribute('tabindex') === '0')
        .map((b) => b.dataset.action);
    expect(tabStops()).toEqual(['up']);
    expect(button(element, 'pin').getAttribute('aria-pressed')).toBe('true');
    expect(button(element, 'up').hasAttribute('aria-pressed')).toBe(false);
    const press = async (key: string) => {
      (shadow.activeElement ?? toolbar).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
      );
      await flush();
    };
    button(element, 'up').focus();
    await press('ArrowRight');
    expect((shadow.activeElement as HTMLElement).dataset.action).toBe('down');
    await press('End');
    expect((shadow.activeElement as HTMLElement).dataset.action).toBe('remove');
    expect(tabStops()).toEqual(['remove']);
    await press('ArrowRight');
    expect((shadow.activeElement as HTMLElement).dataset.action).toBe('up');
    await press('ArrowLeft');
    await press('Home');
    expect((shadow.activeElement as HTMLElement).dataset.action).toBe('up');
    await press('Enter');
    expect((shadow.activeElement as HTMLElement).dataset.action).toBe('up');
    await expect(element).toBeAccessible();
  });

  it('gives the Tab stop to the first enabled button when the kept one is disabled', async () => {
    const element = mount({ isFirst: true, isLast: false });
    const stops = () =>
      [...element.shadowRoot!.querySelectorAll('[role="toolbar"] button')]
        .filter((b) => b.getAttribute('tabindex') === '0')
        .map((b) => (b as HTMLElement).dataset.action);
    expect(stops()).toEqual(['down']);
    Object.assign(element, { entry: { ...ENTRY, isFirst: true, isLast: true } });
    await flush();
    expect(stops()).toEqual(['pin']);
  });
});
