import { createElement } from 'lwc';
import TopTenCurationComparison from '../topTenCurationComparison';
import type { ComparisonLine } from '../topTenCurationComparison';

const LINES: ComparisonLine[] = [
  {
    key: 'a',
    kind: 'up',
    proposedRank: '#1',
    publishedRank: '#2',
    name: 'Gap 1',
    changeLabel: 'Up 1',
    replacementText: null,
    acceptGapId: null,
    acceptRank: null,
    acceptLabel: '',
    accepted: false
  },
  {
    key: 'b',
    kind: 'resolved',
    proposedRank: '—',
    publishedRank: '#3',
    name: 'SAML single logout',
    changeLabel: 'Done',
    replacementText: 'Proposed replacement: Gap 12 (ranked #12)',
    acceptGapId: 'gap12',
    acceptRank: 3,
    acceptLabel: 'Accept Gap 12 in place of SAML single logout',
    accepted: false
  }
];

function mount(props: Record<string, unknown>): HTMLElement {
  const element = createElement('c-top-ten-curation-comparison', { is: TopTenCurationComparison });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-top-ten-curation-comparison', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows each line with its places and change, and a replacement to accept', async () => {
    const element = mount({ lines: LINES, canAccept: true });
    const rows = element.shadowRoot!.querySelectorAll('tr.comparison-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('.proposed-rank')!.textContent).toBe('#1');
    expect(rows[1].querySelector('.replacement')!.textContent).toContain('Gap 12');
    const accepted = jest.fn();
    element.addEventListener('accept', (e) => accepted((e as CustomEvent).detail));
    rows[1].querySelector<HTMLButtonElement>('button.accept')!.click();
    expect(accepted).toHaveBeenCalledWith({ gapId: 'gap12', rank: 3 });
    await expect(element).toBeAccessible();
  });

  it('offers no accept button to a reader, nor for an accepted replacement', () => {
    const reader = mount({ lines: LINES, canAccept: false });
    expect(reader.shadowRoot!.querySelector('button.accept')).toBeNull();
    const done = mount({ lines: [{ ...LINES[1], accepted: true }], canAccept: true });
    expect(done.shadowRoot!.querySelector('button.accept')).toBeNull();
    expect(done.shadowRoot!.querySelector('.accepted')).not.toBeNull();
  });

  it('shows an empty table for missing lines', () => {
    const element = mount({ lines: null });
    expect(element.shadowRoot!.querySelectorAll('tr.comparison-row')).toHaveLength(0);
  });
});
