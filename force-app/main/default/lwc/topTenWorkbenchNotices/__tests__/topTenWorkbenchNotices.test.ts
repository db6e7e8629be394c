import TopTenWorkbenchNotices from 'c/topTenWorkbenchNotices';
import { flush, mount, unmountAll } from 'test-kit';

const TAG = 'c-top-ten-workbench-notices';

describe('c-top-ten-workbench-notices', () => {
  afterEach(unmountAll);

  it('shows each notice as a status message with its text, in order', async () => {
    const element = mount(TAG, TopTenWorkbenchNotices, {
      notices: [
        { key: 'load-incomplete', text: 'Not every submission could be read.', className: 'a' },
        { key: 'visibility', text: '3 gaps are hidden from you.', className: 'b' }
      ]
    });
    await flush();
    const shown = [...element.shadowRoot!.querySelectorAll('[role="status"]')];
    expect(shown.map((node) => node.textContent?.trim())).toEqual([
      'Not every submission could be read.',
      '3 gaps are hidden from you.'
    ]);
    expect(shown.map((node) => (node as HTMLElement).dataset.notice)).toEqual([
      'load-incomplete',
      'visibility'
    ]);
    await expect(element).toBeAccessible();
  });

  it('shows nothing for no notices or a bad value', async () => {
    const element = mount(TAG, TopTenWorkbenchNotices, { notices: [] });
    await flush();
    expect(element.shadowRoot!.querySelectorAll('[role="status"]')).toHaveLength(0);
    (element as any).notices = null;
    await flush();
    expect(element.shadowRoot!.querySelectorAll('[role="status"]')).toHaveLength(0);
  });
});
