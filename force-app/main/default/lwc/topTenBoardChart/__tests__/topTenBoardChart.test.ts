import { mount as mountElement, unmountAll } from 'test-kit';
import TopTenBoardChart from '../topTenBoardChart';
import type { EntryView } from 'c/gapData';

const entries = [
  { id: 'a', rank: 1, gapName: 'Alpha', openArr: 300, wonArr: 100, lostArr: 0 },
  { id: 'b', rank: 2, gapName: 'Beta', openArr: 100, wonArr: 0, lostArr: 100 }
] as EntryView[];

function mount(value: unknown, kind = 'arr'): HTMLElement {
  return mountElement('c-top-ten-board-chart', TopTenBoardChart, { entries: value, kind });
}

describe('c-top-ten-board-chart', () => {
  afterEach(unmountAll);

  it('draws one bar segment per non-zero value beside the full name and value, hidden from assistive technology', () => {
    const root = mount(entries).shadowRoot!;
    const plot = root.querySelector('.plot')!;
    expect(plot.getAttribute('aria-hidden')).toBe('true');
    const bars = [...plot.querySelectorAll('.bar')];
    expect(bars.map((bar) => bar.getAttribute('class'))).toEqual([
      'bar series-open',
      'bar series-won',
      'bar series-open',
      'bar series-lost'
    ]);
    expect(bars[0].getAttribute('style')).toMatch(/width: 75%/);
    expect([...plot.querySelectorAll('.row-label')].map((t) => t.textContent)).toEqual([
      '#1 Alpha',
      '#2 Beta'
    ]);
    expect([...plot.querySelectorAll('.row-value')].map((t) => t.textContent)).toEqual([
      '$400',
      '$200'
    ]);
  });

  it('gives a visible summary, a legend and a table of every value as the text alternative', async () => {
    const element = mount(entries);
    const root = element.shadowRoot!;
    expect(root.querySelector('.chart-summary')!.textContent).toBe(
      'The Top 10 gaps carry $600 of impacted ARR: $400 open, $100 won and $100 lost.'
    );
    expect([...root.querySelectorAll('.legend-item')].map((li) => li.textContent)).toEqual([
      'Open',
      'Won',
      'Lost'
    ]);
    const table = root.querySelector('table.chart-table')!;
    expect(table.querySelector('caption')!.textContent).toBe(
      'Impacted ARR per gap: open, won and lost'
    );
    expect([...table.querySelectorAll('thead th')]).toHaveLength(5);
    expect(
      [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent)
      )
    ).toEqual([
      ['#1 Alpha', '$300', '$100', '$0', '$400'],
      ['#2 Beta', '$100', '$0', '$100', '$200']
    ]);
    await expect(element).toBeAccessible();
  });

  it('draws the severity chart with one track per severity', () => {
    const root = mount(entries, 'severity').shadowRoot!;
    expect(root.querySelectorAll('.plot-row')[0].querySelectorAll('.track')).toHaveLength(3);
  });

  it('renders nothing without entries, with bad entries or an unknown kind', async () => {
    for (const [value, kind] of [
      [null, 'arr'],
      ['bad', 'arr'],
      [entries, 'pie']
    ] as const) {
      const element = mount(value, kind);
      expect(element.shadowRoot!.querySelector('figure')).toBeNull();
    }
    await expect(mount([])).toBeAccessible();
  });
});
