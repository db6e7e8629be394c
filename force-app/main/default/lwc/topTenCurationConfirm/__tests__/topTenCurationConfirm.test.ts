import { createElement } from 'lwc';
import TopTenCurationConfirm from '../topTenCurationConfirm';

function mount(): HTMLElement {
  const element = createElement('c-top-ten-curation-confirm', { is: TopTenCurationConfirm });
  Object.assign(element, { body: '10 entries will be published.', changes: '2 new, 1 moved.' });
  document.body.appendChild(element);
  return element;
}

const press = (target: Element, key: string, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('c-top-ten-curation-confirm', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('is a labelled modal dialog that takes the focus on its safe choice', async () => {
    const element = mount();
    await Promise.resolve();
    const shadow = element.shadowRoot!;
    const dialog = shadow.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(shadow.querySelector('h2')!.textContent).toBe('c.TopTenCuration_ConfirmTitle');
    expect(shadow.querySelector('.body')!.textContent).toBe('10 entries will be published.');
    expect(shadow.querySelector('.changes')!.textContent).toBe('2 new, 1 moved.');
    expect((shadow.activeElement as HTMLElement).classList.contains('cancel')).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('keeps Tab inside the dialog in both directions', async () => {
    const element = mount();
    await Promise.resolve();
    const shadow = element.shadowRoot!;
    const dialog = shadow.querySelector('[role="dialog"]')!;
    const confirm = shadow.querySelector<HTMLButtonElement>('button.confirm')!;
    confirm.focus();
    expect(press(dialog, 'Tab').defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(shadow.querySelector('button.cancel'));
    expect(press(dialog, 'Tab', true).defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(confirm);
    expect(press(dialog, 'Enter').defaultPrevented).toBe(false);
  });

  it('fires confirm, or cancel on the button and on Escape', async () => {
    const element = mount();
    const confirm = jest.fn();
    const cancel = jest.fn();
    element.addEventListener('confirm', confirm);
    element.addEventListener('cancel', cancel);
    await Promise.resolve();
    const shadow = element.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('button.confirm')!.click();
    shadow.querySelector<HTMLButtonElement>('button.cancel')!.click();
    press(shadow.querySelector('[role="dialog"]')!, 'Escape');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalledTimes(2);
  });
});
