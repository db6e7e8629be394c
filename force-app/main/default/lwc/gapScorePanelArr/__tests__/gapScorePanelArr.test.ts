import GapScorePanelArr from 'c/gapScorePanelArr';
import { flush, mount as mountComponent, unmountAll } from 'test-kit';

async function mount(metrics: unknown): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-arr', GapScorePanelArr, { metrics });
  await flush();
  return element;
}
const parts = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('.arr-part')].map((node) => [
    node.getAttribute('data-outcome'),
    node.textContent?.trim()
  ]);

describe('c-gap-score-panel-arr', () => {
  afterEach(() => {
    unmountAll();
  });

  it('splits impacted ARR into open, won and lost in the user currency', async () => {
    const element = await mount({ openArr: 100000, wonArr: 50000, lostArr: 30000 });
    expect(parts(element)).toEqual([
      ['open', '$100,000'],
      ['won', '$50,000'],
      ['lost', '$30,000']
    ]);
    await expect(element).toBeAccessible();
  });

  it('shows no amounts without metrics and $0 for a broken amount', async () => {
    expect(parts(await mount(null))).toEqual([]);
    const element = await mount({ openArr: 'x', wonArr: undefined, lostArr: 5 });
    expect(parts(element).map(([, text]) => text)).toEqual(['$0', '$0', '$5']);
  });
});
