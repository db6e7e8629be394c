import { createElement } from 'lwc';
import TopTenWorkbenchSettings from 'c/topTenWorkbenchSettings';
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import { settingsFromRevision } from 'c/rankingView';
import { methodHelp, settingsOrigin, weightControls } from '../controls';

function mount(props: Record<string, unknown> = {}): HTMLElement {
  const element = createElement('c-top-ten-workbench-settings', { is: TopTenWorkbenchSettings });
  Object.assign(element, {
    initial: settingsFromRevision(null),
    method: 'borda',
    weights: DEFAULT_WEIGHTS,
    ...props
  });
  document.body.appendChild(element);
  return element;
}

describe('settings view model', () => {
  it('builds one slider per metric, widening the range for a weight above 5', () => {
    const controls = weightControls({ ...DEFAULT_WEIGHTS, arr: 7.5 });
    expect(controls.map((control) => control.key)).toEqual([
      'arr',
      'accounts',
      'strategic',
      'p0',
      'tam',
      'lost'
    ]);
    expect(controls[0]).toMatchObject({ value: 7.5, max: 8 });
    expect(controls[1].max).toBe(5);
    // Bad input: no weights, or a weight that is no number, reads 0.
    expect(weightControls(null).every((control) => control.value === 0)).toBe(true);
    expect(weightControls({ arr: 'x' as unknown as number })[0].value).toBe(0);
  });

  it('says where the settings come from, and one sentence per method', () => {
    expect(settingsOrigin(settingsFromRevision(null))).toBe('c.TopTen_Workbench_From_Defaults');
    expect(settingsOrigin(settingsFromRevision({ method: 'rrf' }))).toBe(
      'c.TopTen_Workbench_From_Revision'
    );
    expect(settingsOrigin(settingsFromRevision({ method: 'nope' }))).toBe(
      'c.TopTen_Workbench_Settings_Problem'
    );
    expect(settingsOrigin(null)).toBe('');
    expect(methodHelp('pareto')).toBe('c.TopTen_Workbench_Method_Pareto_Help');
    expect(methodHelp('nope')).toBe('');
  });
});

describe('c-top-ten-workbench-settings', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows the method with its sentence, what confidence means, and reports changes', async () => {
    const element = mount({ method: 'pareto' });
    const root = element.shadowRoot!;
    expect(root.querySelector('.method-help')!.textContent).toBe(
      'c.TopTen_Workbench_Method_Pareto_Help'
    );
    expect(root.querySelector('.confidence-help')!.textContent!.trim()).toBe(
      'c.TopTen_Workbench_Confidence_Help'
    );
    expect(root.querySelector('.settings-origin')!.textContent!.trim()).toBe(
      'c.TopTen_Workbench_From_Defaults'
    );
    const events: unknown[] = [];
    for (const type of ['methodchange', 'weightchange', 'reset']) {
      element.addEventListener(type, (event) =>
        events.push([type, (event as CustomEvent).detail ?? null])
      );
    }
    root
      .querySelector('lightning-combobox.method')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'rrf' } }));
    root
      .querySelector('lightning-slider[data-key="tam"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 2 } }));
    (root.querySelector('lightning-button.reset') as HTMLElement).click();
    expect(events).toEqual([
      ['methodchange', { method: 'rrf' }],
      ['weightchange', { key: 'tam', value: 2 }],
      ['reset', null]
    ]);
    expect(root.querySelector('.rank-problem')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('keeps the same sliders for the same weights, and shows a problem as an alert', async () => {
    const element = mount({ problem: 'All weights are 0' });
    const first = (element as any).shadowRoot.querySelectorAll('lightning-slider');
    expect(first).toHaveLength(6);
    expect(element.shadowRoot!.querySelector('.rank-problem')!.getAttribute('role')).toBe('alert');
    (element as any).weights = { ...DEFAULT_WEIGHTS, arr: 3 };
    await Promise.resolve();
    const arr = element.shadowRoot!.querySelector('lightning-slider[data-key="arr"]') as any;
    expect(arr.value).toBe(3);
  });
});
