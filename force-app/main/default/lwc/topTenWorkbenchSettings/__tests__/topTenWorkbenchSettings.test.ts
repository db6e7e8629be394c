import TopTenWorkbenchSettings from 'c/topTenWorkbenchSettings';
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import { settingsFromRevision } from 'c/rankingView';
import { methodHelp, settingsOrigin, weightControls } from '../controls';
import { mount as mountComponent, unmountAll } from 'test-kit';

function mount(props: Record<string, unknown> = {}): HTMLElement {
  return mountComponent('c-top-ten-workbench-settings', TopTenWorkbenchSettings, {
    initial: settingsFromRevision(null),
    method: 'borda',
    weights: DEFAULT_WEIGHTS,
    ...props
  });
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
    expect(settingsOrigin(settingsFromRevision(null))).toBe(
      'No Top 10 is published yet: starting from the default method and weights.'
    );
    expect(settingsOrigin(settingsFromRevision({ method: 'rrf' }))).toBe(
      'Starting from the method and weights of the published Top 10.'
    );
    expect(settingsOrigin(settingsFromRevision({ method: 'nope' }))).toBe(
      'The published method or weights could not be used (Unknown method "nope": expected one of borda, rrf, pareto, score); starting from the defaults.'
    );
    expect(settingsOrigin(null)).toBe('');
    expect(methodHelp('pareto')).toBe(
      'Layer 1 holds the gaps no other gap beats on every counted metric, then layer 2, and so on. Weights only decide which metrics count (above 0) and the order within a layer.'
    );
    expect(methodHelp('nope')).toBe('');
  });
});

describe('c-top-ten-workbench-settings', () => {
  afterEach(unmountAll);

  it('shows the method with its sentence, what confidence means, and reports changes', async () => {
    const element = mount({ method: 'pareto' });
    const root = element.shadowRoot!;
    expect(root.querySelector('.method-help')!.textContent).toBe(
      'Layer 1 holds the gaps no other gap beats on every counted metric, then layer 2, and so on. Weights only decide which metrics count (above 0) and the order within a layer.'
    );
    expect(root.querySelector('.confidence-help')!.textContent!.trim()).toBe(
      'Confidence: how often the gap stays in the Top 10 when every weight is changed at random by up to half, up or down (200 tries).'
    );
    expect(root.querySelector('.settings-origin')!.textContent!.trim()).toBe(
      'No Top 10 is published yet: starting from the default method and weights.'
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
