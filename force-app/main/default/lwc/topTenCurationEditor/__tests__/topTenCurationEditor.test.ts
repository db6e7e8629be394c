import { flush, mount as mountElement, unmountAll } from 'test-kit';
import TopTenCurationEditor from '../topTenCurationEditor';

function entry(n: number, index: number, count: number) {
  const name = `Gap ${n}`;
  return {
    gapId: `gap${n}`,
    rank: n,
    rankLabel: `#${n}`,
    name,
    pinned: false,
    added: false,
    computedLabel: `Ranked #${n}`,
    githubUrl: '',
    linkInvalid: false,
    rationale: '',
    rationaleCarried: false,
    isFirst: index === 0,
    isLast: index === count - 1,
    moveUpLabel: `Move ${name} up`,
    moveDownLabel: `Move ${name} down`,
    pinLabel: `Pin ${name}`,
    removeLabel: `Remove ${name}`
  };
}
const entries = (order: number[]) => order.map((n, i) => entry(n, i, order.length));

function mount(props: Record<string, unknown>): HTMLElement {
  return mountElement('c-top-ten-curation-editor', TopTenCurationEditor, props);
}

const entryRoot = (element: HTMLElement, n: number) =>
  element.shadowRoot!.querySelector(`c-top-ten-curation-entry[data-gap-id="gap${n}"]`)!.shadowRoot!;
const control = (element: HTMLElement, n: number, action: string) =>
  entryRoot(element, n).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;

describe('c-top-ten-curation-editor', () => {
  afterEach(unmountAll);

  it('lists one compact entry per proposed gap, with the add picker', async () => {
    const element = mount({
      entries: entries([1, 2, 3]),
      candidates: [{ value: 'gap4', label: '#4 Gap 4' }]
    });
    expect(element.shadowRoot!.querySelectorAll('li.entry')).toHaveLength(3);
    expect(element.shadowRoot!.querySelector('c-top-ten-curation-add')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('passes its entries events on, and keeps the focus on a moved entry', async () => {
    const element = mount({ entries: entries([1, 2, 3]), candidates: [] });
    const moves: unknown[] = [];
    element.addEventListener('move', (e) => moves.push((e as CustomEvent).detail));
    control(element, 2, 'up').click();
    expect(moves).toEqual([{ gapId: 'gap2', delta: -1 }]);
    Object.assign(element, { entries: entries([2, 1, 3]) });
    await flush();
    await flush();
    expect(entryRoot(element, 2).activeElement).toBe(control(element, 2, 'down'));
  });

  it('puts the focus on the list heading when an entry is removed', () => {
    const element = mount({ entries: entries([1, 2]), candidates: [] });
    const removed = jest.fn();
    element.addEventListener('remove', (e) => removed((e as CustomEvent).detail));
    control(element, 1, 'remove').click();
    expect(removed).toHaveBeenCalledWith({ gapId: 'gap1' });
    expect(element.shadowRoot!.activeElement!.classList.contains('editor-heading')).toBe(true);
  });

  it('shows an empty list for missing entries', () => {
    const element = mount({ entries: null, candidates: null });
    expect(element.shadowRoot!.querySelectorAll('li.entry')).toHaveLength(0);
  });
});
