import { flush, mount as mountElement, unmountAll } from 'test-kit';
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
const REMOVED: ComparisonLine = {
  key: 'c',
  kind: 'dropped',
  proposedRank: '—',
  publishedRank: '#5',
  name: 'Gap 5',
  changeLabel: 'Dropped',
  replacementText: null,
  acceptGapId: null,
  acceptRank: null,
  acceptLabel: '',
  accepted: false,
  gapId: 'gap5',
  removedByTpm: true,
  removalReason: 'Out of scope',
  removalReasonLabel: 'Reason (optional): why Gap 5 left the Top 10, shown on the board'
};

function mount(props: Record<string, unknown>): HTMLElement {
  return mountElement('c-top-ten-curation-comparison', TopTenCurationComparison, props);
}

describe('c-top-ten-curation-comparison', () => {
  afterEach(unmountAll);

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

  it('offers a labelled reason field for a gap the TPM removed, and sends the text when committed', async () => {
    const element = mount({ lines: [...LINES, REMOVED], canAccept: true });
    const inputs = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input.reason-input');
    expect(inputs).toHaveLength(1);
    const input = inputs[0];
    expect(input.value).toBe('Out of scope');
    expect(input.getAttribute('aria-label')).toBe(
      'Reason (optional): why Gap 5 left the Top 10, shown on the board'
    );
    expect(element.shadowRoot!.querySelector('.removal-reason label')!.textContent).toBe(
      'Reason (optional)'
    );
    expect(input.maxLength).toBe(255);
    // The limit is not mentioned while it does not matter.
    expect(element.shadowRoot!.querySelector('.reason-left')!.textContent!.trim()).toBe('');
    await expect(element).toBeAccessible();

    const changes = jest.fn();
    element.addEventListener('reasonchange', (e) => changes((e as CustomEvent).detail));
    input.value = 'Folded into the SSO epic';
    input.dispatchEvent(new CustomEvent('change'));
    expect(changes).toHaveBeenCalledWith({ gapId: 'gap5', value: 'Folded into the SSO epic' });
  });

  it('says how many characters are left only near the limit', async () => {
    const element = mount({ lines: [REMOVED], canAccept: true });
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input.reason-input')!;
    input.value = 'x'.repeat(250);
    input.dispatchEvent(new CustomEvent('input'));
    await flush();
    expect(element.shadowRoot!.querySelector('.reason-left')!.textContent!.trim()).toBe(
      '5 characters left'
    );
    // The note's re-render keeps what is being typed in the field.
    expect(input.value).toBe('x'.repeat(250));
    input.value = 'short';
    input.dispatchEvent(new CustomEvent('input'));
    await flush();
    expect(element.shadowRoot!.querySelector('.reason-left')!.textContent!.trim()).toBe('');
  });

  it('offers no reason field to a reader, nor for a gap that dropped without being removed', () => {
    const reader = mount({ lines: [REMOVED], canAccept: false });
    expect(reader.shadowRoot!.querySelector('input.reason-input')).toBeNull();
    const outranked = mount({ lines: [{ ...REMOVED, removedByTpm: false }], canAccept: true });
    expect(outranked.shadowRoot!.querySelector('input.reason-input')).toBeNull();
    const bad = mount({ lines: 'not lines', canAccept: true });
    expect(bad.shadowRoot!.querySelectorAll('tr.comparison-row')).toHaveLength(0);
  });

  it('puts the focus on the reason of a gap just removed, not on a reason restored with the draft', async () => {
    const restored = mount({ lines: [REMOVED], canAccept: true });
    await flush();
    expect(restored.shadowRoot!.activeElement).toBeNull();
    unmountAll();

    const element = mount({ lines: LINES, canAccept: true });
    await flush();
    Object.assign(element, { lines: [...LINES, REMOVED] });
    await flush();
    const focused = element.shadowRoot!.activeElement as HTMLInputElement | null;
    expect(focused?.classList.contains('reason-input')).toBe(true);
    expect(focused?.dataset.gapId).toBe('gap5');
  });
});
