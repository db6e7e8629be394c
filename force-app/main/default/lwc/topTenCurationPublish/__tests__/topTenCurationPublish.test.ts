import { flush, mount as mountElement, unmountAll } from 'test-kit';
import TopTenCurationConfirm from 'c/topTenCurationConfirm';
import TopTenCurationPublish from '../topTenCurationPublish';

const openConfirm = TopTenCurationConfirm.open as unknown as jest.Mock;
const CONFIRMATION = {
  body: '2 entries will be published.',
  changes: '1 new, 0 moved, 0 dropped, 0 resolved.',
  basis: [],
  partial: '',
  unchanged: false,
  entries: []
};

function mount(props: Record<string, unknown> = {}): HTMLElement {
  return mountElement('c-top-ten-curation-publish', TopTenCurationPublish, {
    confirmation: CONFIRMATION,
    ...props
  });
}

const publishButton = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('lightning-button.publish') as HTMLElement;

describe('c-top-ten-curation-publish', () => {
  afterEach(() => {
    openConfirm.mockReset();
    unmountAll();
  });

  it('fires publish only once the confirmation says so', async () => {
    const element = mount();
    const published = jest.fn();
    element.addEventListener('publish', published);
    openConfirm.mockResolvedValueOnce('cancel');
    publishButton(element).click();
    await flush();
    expect(published).not.toHaveBeenCalled();
    openConfirm.mockResolvedValueOnce('publish');
    publishButton(element).click();
    await flush();
    expect(published).toHaveBeenCalledTimes(1);
    expect(openConfirm.mock.calls[1][0]).toMatchObject({ size: 'small', body: CONFIRMATION.body });
    await expect(element).toBeAccessible();
  });

  it('opens nothing while disabled or without a confirmation', async () => {
    const element = mount({ disabled: true });
    publishButton(element).click();
    Object.assign(element, { disabled: false, confirmation: null });
    await flush();
    publishButton(element).click();
    await flush();
    expect(openConfirm).not.toHaveBeenCalled();
  });

  it('shows a refusal beside Publish and moves the focus onto it', async () => {
    const element = mount();
    Object.assign(element, { refusal: 'Not published: someone else published first.' });
    await flush();
    const refusal = element.shadowRoot!.querySelector<HTMLElement>('.refusal')!;
    expect(refusal.textContent).toBe('Not published: someone else published first.');
    expect(element.shadowRoot!.activeElement).toBe(refusal);
    // The closing confirmation hands the focus back to Publish late: the refusal keeps it.
    publishButton(element).dispatchEvent(new CustomEvent('focusin'));
    expect(element.shadowRoot!.activeElement).toBe(refusal);
    Object.assign(element, { refusal: '' });
    await flush();
    expect(element.shadowRoot!.querySelector('.refusal')).toBeNull();
  });

  it('shows why publishing is blocked, the spinner, and fires discard', async () => {
    const element = mount({ blocked: 'No submission in this window.', publishing: true });
    const discarded = jest.fn();
    element.addEventListener('discard', discarded);
    expect(element.shadowRoot!.querySelector('.publish-blocked')!.textContent).toContain(
      'No submission'
    );
    expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    (element.shadowRoot!.querySelector('lightning-button.discard') as HTMLElement).click();
    expect(discarded).toHaveBeenCalledTimes(1);
  });
});
