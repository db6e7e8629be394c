import { mount as mountElement, unmountAll } from 'test-kit';
import TopTenCurationConfirm from '../topTenCurationConfirm';

const ENTRIES = [
  { gapId: 'a01A', rank: 1, name: 'SAML single logout', pinned: true },
  { gapId: 'a01B', rank: 2, name: 'Offline sync', pinned: false }
];

function mount(): HTMLElement {
  return mountElement('c-top-ten-curation-confirm', TopTenCurationConfirm, {
    body: '2 entries will be published with the borda method.',
    changes: '1 new, 1 moved, 0 dropped, 0 resolved.',
    entries: ENTRIES
  });
}

/** Resolves with what the modal closes with (the stub fires `close` with the result). */
function closedWith(element: HTMLElement): Promise<unknown> {
  return new Promise((resolve) =>
    element.addEventListener('close', (event) => resolve((event as CustomEvent).detail))
  );
}

describe('c-top-ten-curation-confirm (LightningModal)', () => {
  afterEach(unmountAll);

  it('shows what the list rests on: the method sentence, the changes and the entries in order', async () => {
    const element = mount();
    await Promise.resolve();
    const shadow = element.shadowRoot!;
    expect((shadow.querySelector('lightning-modal-header') as any).label).toBe(
      'Publish this Top 10?'
    );
    expect(shadow.querySelector('.body')!.textContent).toBe(
      '2 entries will be published with the borda method.'
    );
    expect(shadow.querySelector('.changes')!.textContent).toBe(
      '1 new, 1 moved, 0 dropped, 0 resolved.'
    );
    const items = [...shadow.querySelectorAll('ol.entries li')];
    expect(items.map((li) => li.querySelector('.name')!.textContent)).toEqual([
      'SAML single logout',
      'Offline sync'
    ]);
    expect(items.map((li) => Boolean(li.querySelector('.pinned')))).toEqual([true, false]);
    await expect(element).toBeAccessible();
  });

  it('closes with publish or cancel from its footer buttons', async () => {
    const element = mount();
    await Promise.resolve();
    const publish = closedWith(element);
    (element.shadowRoot!.querySelector('lightning-button.confirm') as HTMLElement).click();
    await expect(publish).resolves.toBe('publish');
    const cancel = closedWith(element);
    (element.shadowRoot!.querySelector('lightning-button.cancel') as HTMLElement).click();
    await expect(cancel).resolves.toBe('cancel');
  });
  it('states the basis, warns on a partial ranking and asks its own confirmation for an unchanged list', async () => {
    const element = mount();
    Object.assign(element, {
      basis: ['Window: All submissions, any date', 'Method: Weighted Borda'],
      partial: 'Some submissions could not be read.',
      unchanged: true
    });
    await Promise.resolve();
    const shadow = element.shadowRoot!;
    expect([...shadow.querySelectorAll('ul.basis li')].map((li) => li.textContent)).toEqual([
      'Window: All submissions, any date',
      'Method: Weighted Borda'
    ]);
    expect(shadow.querySelector('.partial')!.textContent).toContain('could not be read');
    expect(shadow.querySelector('.unchanged')!.textContent).toBe(
      'This list is the same as the published one: the same gaps at the same ranks, with the same links and rationales. Publishing it adds a new revision dated today that changes nothing.'
    );
    expect(shadow.querySelector('.changes')).toBeNull();
    expect((shadow.querySelector('lightning-button.confirm') as any).label).toBe(
      'Publish unchanged list'
    );
    Object.assign(element, { unchanged: false });
    await Promise.resolve();
    expect((shadow.querySelector('lightning-button.confirm') as any).label).toBe(
      'Publish partial ranking'
    );
    await expect(element).toBeAccessible();
  });
});
