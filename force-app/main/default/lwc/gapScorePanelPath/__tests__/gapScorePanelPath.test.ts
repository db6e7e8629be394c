import GapScorePanelPath from 'c/gapScorePanelPath';
import {
  flush,
  labelText,
  mount as mountComponent,
  shadowTexts as texts,
  unmountAll
} from 'test-kit';

async function mount(ranking: unknown): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-path', GapScorePanelPath, { ranking });
  await flush();
  return element;
}

describe('c-gap-score-panel-path', () => {
  afterEach(() => {
    unmountAll();
  });

  it('lists the single-metric increases into the Top 10, money in the user currency', async () => {
    const element = await mount({
      explanation: { rank: 14 },
      path: [
        { key: 'arr', increase: 12500.4 },
        { key: 'accounts', increase: 2 },
        { key: 'p0', increase: null }
      ]
    });
    expect(texts(element, '.path-increase')).toEqual([
      '+$12,500',
      '+2',
      labelText('GapScorePanel_Path_None')
    ]);
    expect(texts(element, '.path-in')).toEqual([]);
    await expect(element).toBeAccessible();
  });

  it('says the gap is in the Top 10 when it is ranked without a path', async () => {
    const element = await mount({ explanation: { rank: 3 }, path: null });
    expect(texts(element, '.path-in')).toEqual([labelText('GapScorePanel_Path_In')]);
    expect(texts(element, '.path-step')).toEqual([]);
  });

  it('shows nothing without a ranking, or for a non-number increase', async () => {
    const element = await mount(null);
    expect(element.shadowRoot!.querySelector('section, p')).toBeNull();
    const broken = await mount({
      explanation: { rank: 20 },
      path: [{ key: 'tam', increase: 'x' }]
    });
    expect(texts(broken, '.path-increase')).toEqual([labelText('GapScorePanel_Path_None')]);
  });
});
