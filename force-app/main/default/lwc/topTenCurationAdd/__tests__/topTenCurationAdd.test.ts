import { flush, mount as mountElement, unmountAll } from 'test-kit';
import TopTenCurationAdd from '../topTenCurationAdd';

const CANDIDATES = Array.from({ length: 60 }, (_, i) => ({
  value: `gap${i + 11}`,
  label: `#${i + 11} Gap ${i + 11}`
}));

function mount(candidates: unknown): HTMLElement {
  return mountElement('c-top-ten-curation-add', TopTenCurationAdd, { candidates });
}

const pick = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('lightning-combobox.add-pick') as unknown as HTMLElement & {
    options: { label: string }[];
    value: string;
    disabled: boolean;
  };
const addButton = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('lightning-button.add-button') as unknown as HTMLElement & {
    disabled: boolean;
  };

describe('c-top-ten-curation-add', () => {
  afterEach(unmountAll);

  it('offers the first fifty gaps and narrows them by search, picking the first match', async () => {
    const element = mount(CANDIDATES);
    expect(pick(element).options).toHaveLength(50);
    expect(addButton(element).disabled).toBe(true);
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('input.add-search')!;
    search.value = 'gap 65';
    search.dispatchEvent(new CustomEvent('input'));
    await flush();
    expect(pick(element).options.map((o) => o.label)).toEqual(['#65 Gap 65']);
    expect(pick(element).value).toBe('gap65');
    await expect(element).toBeAccessible();
  });

  it('fires add with the picked gap, then clears the pick', async () => {
    const element = mount(CANDIDATES);
    const added = jest.fn();
    element.addEventListener('add', (e) => added((e as CustomEvent).detail));
    pick(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'gap12' } }));
    await flush();
    addButton(element).click();
    await flush();
    expect(added).toHaveBeenCalledWith({ gapId: 'gap12' });
    expect(pick(element).value).toBe('');
  });

  it('says so when nothing can be added, and ignores a pick outside the options', async () => {
    const element = mount(null);
    expect(element.shadowRoot!.querySelector('.add-none')).not.toBeNull();
    expect(pick(element).disabled).toBe(true);
    pick(element).dispatchEvent(new CustomEvent('change', { detail: { value: 'unknown' } }));
    await flush();
    const added = jest.fn();
    element.addEventListener('add', added);
    addButton(element).click();
    expect(added).not.toHaveBeenCalled();
  });
});
