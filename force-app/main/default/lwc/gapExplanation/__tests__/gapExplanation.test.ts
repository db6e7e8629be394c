import GapExplanation from 'c/gapExplanation';
import { prepareRanking } from 'c/gapRanking';
import type { GapMetrics } from 'c/gapRanking';
import { explanationDisplay } from '../display';
import { labelText, mount as mountComponent, unmountAll } from 'test-kit';

function gap(i: number, arr: number, accounts: number, p0 = 0): GapMetrics {
  return {
    id: `g${i}`,
    name: `Gap ${i}`,
    status: 'Open',
    productArea: 'Search',
    metrics: { arr, accounts, strategic: 0, p0, tam: 0, lost: 0 }
  } as unknown as GapMetrics;
}

/** Twelve gaps: g1..g10 lead on ARR and accounts; g11 is close, g12 far behind on everything. */
function model() {
  const gaps = Array.from({ length: 10 }, (_, i) => gap(i + 1, 1000 - i * 10, 50 - i));
  gaps.push(gap(11, 905, 40), gap(12, 0, 0));
  return prepareRanking(gaps, {
    method: 'borda',
    weights: { arr: 1, accounts: 1, strategic: 0, p0: 1, tam: 0, lost: 0 }
  });
}

function mount(props: Record<string, unknown>): HTMLElement {
  const element = mountComponent('c-gap-explanation', GapExplanation, props);
  return element;
}

describe('explanationDisplay', () => {
  it('lists what would bring a gap in, says "not enough alone" once, and names the #10 gap', () => {
    const display = explanationDisplay(model(), 'g12')!;
    expect(display.inTopN).toBe(false);
    expect(display.shares.map((line) => line.text)).toEqual([
      'Impacted ARR · #12',
      `${labelText('TopTen_Workbench_Metric_Accounts')} · #12`,
      `${labelText('TopTen_Workbench_Metric_P0')} · #1 (tied)`
    ]);
    const said = [display.noneText, display.nearestText].join(' ');
    expect(said.match(/alone/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(display.nearestText).toMatch(/^The gap at #10, Gap \d+, is ahead by \+\$[\d,]+ /);
    expect(display.nearestText).not.toMatch(/=|\.5/);
  });

  it('says a Top 10 gap is in, and nothing for an unknown gap or no model', () => {
    const display = explanationDisplay(model(), 'g1')!;
    expect(display.inTopN).toBe(true);
    expect(display.nearestText).toBe('');
    expect(display.steps).toEqual([]);
    expect(explanationDisplay(model(), 'nope')).toBeNull();
    expect(explanationDisplay(null, 'g1')).toBeNull();
    expect(explanationDisplay(model(), null)).toBeNull();
  });
});

describe('c-gap-explanation', () => {
  afterEach(() => {
    unmountAll();
  });

  it('shows each share and the way into the Top 10', async () => {
    const element = mount({ feed: { model: model() }, gapId: 'g11' });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('li.share')).toHaveLength(3);
    const steps = [...root.querySelectorAll('li.step')].map((li) => li.textContent);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((text) => /^\+/.test(text ?? ''))).toBe(true);
    expect(root.querySelector('.nearest')!.textContent).toMatch(/^The gap at #10/);
    await expect(element).toBeAccessible();
  });

  it('says a Top 10 gap is in, and renders nothing without a gap', async () => {
    const element = mount({ feed: { model: model() }, gapId: 'g2' });
    expect(element.shadowRoot!.querySelector('.in-top')!.textContent).toBe(
      labelText('TopTen_Workbench_Explain_In')
    );
    expect(element.shadowRoot!.querySelector('li.step')).toBeNull();
    const empty = mount({ feed: { model: model() }, gapId: null });
    expect(empty.shadowRoot!.querySelector('section')).toBeNull();
  });

  it('fires close from the button and from Escape, and focuses its heading', () => {
    const element = mount({ feed: { model: model() }, gapId: 'g12' });
    const close = jest.fn();
    element.addEventListener('close', close);
    (element.shadowRoot!.querySelector('lightning-button-icon') as HTMLElement).click();
    const section = element.shadowRoot!.querySelector('section')!;
    section.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    section.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(close).toHaveBeenCalledTimes(2);
    (element as any).focusHeading();
    expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('.title'));
  });
});
