import { executeMutation } from 'lightning/graphql';
import GapScorePanelResolved from 'c/gapScorePanelResolved';
import { resolvedButOpen } from '../gapScorePanelResolved';
import { flush, labelText, mount as mountComponent, unmountAll } from 'test-kit';

const mutate = executeMutation as unknown as jest.Mock;
const G1 = 'a00D0000000g001IAA';
const RESOLVED = { gapId: G1, gapName: 'SAML', githubState: 'Closed - Completed', status: 'Open' };

async function mount(props: Record<string, unknown> = RESOLVED): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-resolved', GapScorePanelResolved, props);
  await flush();
  return element;
}
const find = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector(selector) as (HTMLElement & { disabled?: boolean }) | null;

describe('c-gap-score-panel-resolved', () => {
  afterEach(() => {
    unmountAll();
    mutate.mockReset();
  });

  it('offers Set Done for an open gap whose issue was closed as completed', async () => {
    const element = await mount();
    expect(find(element, '.resolved-offer')!.textContent).toBe(
      labelText('GapScorePanel_Resolved_Offer')
    );
    expect(find(element, '.set-done')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('offers nothing for another state, a closed or a merged gap', async () => {
    const elements = await Promise.all(
      [
        { ...RESOLVED, githubState: 'Closed - Not Planned' },
        { ...RESOLVED, githubState: null },
        { ...RESOLVED, status: 'Done' },
        { ...RESOLVED, merged: true }
      ].map((props) => mount(props))
    );
    for (const element of elements) expect(find(element, '.resolved')).toBeNull();
    expect(resolvedButOpen('Closed - Completed', null, false)).toBe(true);
  });

  it('asks first, then sets the gap Done with a busy state, says so and tells the panel', async () => {
    let answer: (value: unknown) => void = () => undefined;
    mutate.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const element = await mount();
    const onChanged = jest.fn();
    element.addEventListener('statuschanged', onChanged);
    find(element, '.set-done')!.click();
    await flush();
    expect(find(element, '.confirm-text')!.textContent).toBe(
      'Set SAML to Done? It leaves the ranking, and the Top 10 proposes the next gap in its place.'
    );
    expect(mutate).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
    find(element, '.confirm-yes')!.click();
    await flush();
    expect(find(element, '.working')).not.toBeNull();
    expect(find(element, '.confirm-yes')!.disabled).toBe(true);
    expect(mutate.mock.calls[0][0].variables).toEqual({ Id: G1, Status__c: 'Done' });
    answer({ data: { uiapi: { Product_Gap__cUpdate: { success: true } } } });
    await flush();
    expect(find(element, '.set-done-success')!.textContent?.trim()).toBe(
      'SAML is now Done. The Top 10 proposes the next gap in its place.'
    );
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(find(element, '.set-done')).toBeNull();
  });

  it('puts the focus back on Set Done when the confirmation is cancelled', async () => {
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    const element = await mount();
    find(element, '.set-done')!.click();
    await flush();
    expect(focus.mock.instances.at(-1)).toBe(find(element, '.confirm-yes'));
    find(element, '.confirm-cancel')!.click();
    await flush();
    expect(find(element, '.confirm')).toBeNull();
    expect(focus.mock.instances.at(-1)).toBe(find(element, '.set-done'));
    focus.mockRestore();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('refuses plainly when the user may not edit the gap, and disables Set Done', async () => {
    mutate.mockResolvedValue({
      errors: [
        {
          message: 'INSUFFICIENT_ACCESS_OR_READONLY',
          extensions: { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }
        }
      ]
    });
    const element = await mount();
    find(element, '.set-done')!.click();
    await flush();
    find(element, '.confirm-yes')!.click();
    await flush();
    await flush();
    expect(find(element, '.set-done-error')!.textContent?.trim()).toBe(
      labelText('GapScorePanel_Set_Done_Refused')
    );
    expect(find(element, '.set-done')!.disabled).toBe(true);
  });

  it('says the gap could not be set Done on any other failure, and lets the person retry', async () => {
    mutate.mockRejectedValue(new Error('Network down'));
    const element = await mount();
    find(element, '.set-done')!.click();
    await flush();
    find(element, '.confirm-yes')!.click();
    await flush();
    await flush();
    expect(find(element, '.set-done-error')!.textContent?.trim()).toBe(
      labelText('GapScorePanel_Set_Done_Error')
    );
    expect(find(element, '.set-done')!.disabled).toBe(false);
  });
});
