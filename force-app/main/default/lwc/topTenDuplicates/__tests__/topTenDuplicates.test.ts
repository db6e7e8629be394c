import { flush, mount as mountElement, unmountAll } from 'test-kit';
import { executeMutation } from 'lightning/graphql';
import TopTenDuplicates from 'c/topTenDuplicates';

const mutate = executeMutation as unknown as jest.Mock;
const G1 = 'a00D0000000g001IAA';
const G2 = 'a00D0000000g002IAA';
const PAIR = {
  key: `${G2}:${G1}`,
  gapId: G2,
  gapName: 'Configurable rate limits',
  survivor: {
    id: G1,
    name: 'Configurable rate limits in the admin console',
    status: 'Open',
    productArea: 'Core Platform',
    duplicateOfId: null,
    accountCount: 12
  },
  moves: { submissions: 40, accounts: 9, arr: 250000 },
  text: '#1 Configurable rate limits in the admin console and #6 Configurable rate limits look like the same request.'
};

function mount(pairs: unknown[]): HTMLElement {
  return mountElement('c-top-ten-duplicates', TopTenDuplicates, { pairs });
}
const root = (element: HTMLElement) => element.shadowRoot!;
const mergeRoot = (element: HTMLElement) =>
  root(element).querySelector('c-gap-score-panel-merge')!.shadowRoot!;

describe('c-top-ten-duplicates', () => {
  afterEach(() => {
    unmountAll();
    mutate.mockReset();
  });

  it('renders nothing without pairs', async () => {
    const element = mount([]);
    await flush();
    expect(root(element).querySelector('.duplicates')).toBeNull();
  });

  it('lists each pair with its merge control, merges and names the survivor', async () => {
    mutate.mockResolvedValue({ data: { uiapi: { MergeGap: { Record: { Id: G2 } } } } });
    const element = mount([PAIR]);
    const merged = jest.fn();
    element.addEventListener('merged', merged);
    await flush();
    expect(root(element).querySelector('.pair-text')!.textContent).toBe(PAIR.text);
    await expect(element).toBeAccessible();
    (mergeRoot(element).querySelector('.merge-open') as HTMLElement).click();
    await flush();
    (mergeRoot(element).querySelector('.merge-confirm') as HTMLElement).click();
    await flush();
    expect(mutate.mock.calls[0][0].variables).toEqual({
      Id: G2,
      Duplicate_Of__c: G1,
      Status__c: 'Duplicate'
    });
    expect(merged).toHaveBeenCalledTimes(1);
    expect(merged.mock.calls[0][0].detail).toEqual({ gapId: G2, survivorId: G1 });
    expect(root(element).querySelector('.duplicates-done')!.textContent!.trim()).toBe(
      'Merged Configurable rate limits into Configurable rate limits in the admin console. Configurable rate limits in the admin console is the surviving gap.'
    );
    await expect(element).toBeAccessible();
  });

  it('keeps the pair and shows the error when the merge fails', async () => {
    mutate.mockRejectedValue({ body: [{ message: 'Record locked' }] });
    const element = mount([PAIR]);
    await flush();
    (mergeRoot(element).querySelector('.merge-open') as HTMLElement).click();
    await flush();
    (mergeRoot(element).querySelector('.merge-confirm') as HTMLElement).click();
    await flush();
    await flush();
    expect(mergeRoot(element).querySelector('c-error-panel')).not.toBeNull();
    expect(root(element).querySelector('.duplicates-done')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
