import { createElement } from 'lwc';
import TopTenBoardChart from '../topTenBoardChart';
import { stackedBarChart } from '../../topTenBoard/charts';

const chart = stackedBarChart(
  [
    { key: 'a', label: '#1 Alpha', values: [300, 100, 0] },
    { key: 'b', label: '#2 Beta', values: [100, 0, 100] }
  ],
  [
    { key: 'open', label: 'Open' },
    { key: 'won', label: 'Won' },
    { key: 'lost', label: 'Lost' }
  ],
  {
    title: 'Impacted ARR',
    summary: '$600 in all',
    itemHeading: 'Gap',
    totalHeading: 'Total',
    format: (value: number) => `$${value}`
  }
);

function mount(model: unknown): HTMLElement {
  const element = createElement('c-top-ten-board-chart', { is: TopTenBoardChart });
  (element as any).chart = model;
  document.body.appendChild(element);
  return element;
}

describe('c-top-ten-board-chart', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('draws one bar segment per non-zero value, hidden from assistive technology', () => {
    const root = mount(chart).shadowRoot!;
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe(chart.viewBox);
    const rects = [...svg.querySelectorAll('rect')];
    expect(rects.map((r) => r.getAttribute('class'))).toEqual([
      'bar series-open',
      'bar series-won',
      'bar series-open',
      'bar series-lost'
    ]);
    expect(Number(rects[0].getAttribute('width'))).toBeCloseTo(chart.rows[0].rects[0].width);
    expect([...svg.querySelectorAll('text.row-label')].map((t) => t.textContent)).toEqual([
      '#1 Alpha',
      '#2 Beta'
    ]);
  });

  it('gives a visible summary, a legend and a table of every value as the text alternative', async () => {
    const element = mount(chart);
    const root = element.shadowRoot!;
    expect(root.querySelector('.chart-summary')!.textContent).toBe('$600 in all');
    expect([...root.querySelectorAll('.legend-item')].map((li) => li.textContent)).toEqual([
      'Open',
      'Won',
      'Lost'
    ]);
    const table = root.querySelector('table.chart-table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Impacted ARR');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Gap',
      'Open',
      'Won',
      'Lost',
      'Total'
    ]);
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

  it('renders nothing without a chart', async () => {
    const element = mount(null);
    expect(element.shadowRoot!.querySelector('figure')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
