/** @jest-environment node */
import { CHART_WIDTH, LABEL_WIDTH, groupedBarChart, shortLabel, stackedBarChart } from '../charts';

const series = [
  { key: 'open', label: 'Open' },
  { key: 'won', label: 'Won' },
  { key: 'lost', label: 'Lost' }
];
const options = {
  title: 'ARR',
  summary: 'Summary',
  itemHeading: 'Gap',
  totalHeading: 'Total',
  format: (value: number) => `$${value}`
};

describe('stackedBarChart', () => {
  const chart = stackedBarChart(
    [
      { key: 'a', label: '#1 Alpha', values: [300, 100, 0] },
      { key: 'b', label: '#2 Beta', values: [100, null, 100] }
    ],
    series,
    options
  );

  it('stacks the series left to right and scales the largest total to the plot width', () => {
    const [a, b] = chart.rows;
    expect(a.rects.map((r) => r.key)).toEqual(['open', 'won']);
    expect(a.rects[0].x).toBe(LABEL_WIDTH);
    expect(a.rects[1].x).toBeCloseTo(a.rects[0].x + a.rects[0].width);
    const full = a.rects[0].width + a.rects[1].width;
    expect(LABEL_WIDTH + full).toBeLessThan(CHART_WIDTH);
    // Beta's total is half of Alpha's: its bar is half as long.
    const half = b.rects.reduce((sum, r) => sum + r.width, 0);
    expect(half).toBeCloseTo(full / 2);
    expect(a.valueText).toBe('$400');
    expect(b.rects.map((r) => r.className)).toEqual(['bar series-open', 'bar series-lost']);
  });

  it('keeps rows apart and sizes the drawing to its rows', () => {
    expect(chart.rows[1].labelY).toBeGreaterThan(chart.rows[0].labelY);
    expect(chart.viewBox).toBe(`0 0 ${CHART_WIDTH} ${chart.height}`);
  });

  it('builds a table with every value and the total as its text alternative', () => {
    expect(chart.table.headings.map((h) => h.text)).toEqual([
      'Gap',
      'Open',
      'Won',
      'Lost',
      'Total'
    ]);
    expect(chart.table.rows.map((row) => [row.heading, ...row.cells.map((c) => c.text)])).toEqual([
      ['#1 Alpha', '$300', '$100', '$0', '$400'],
      ['#2 Beta', '$100', '$0', '$100', '$200']
    ]);
  });

  it('draws nothing for zero, negative or non-finite values instead of failing', () => {
    const empty = stackedBarChart(
      [{ key: 'z', label: 'Zero', values: [0, -5, Number.NaN] }],
      series,
      options
    );
    expect(empty.rows[0].rects).toEqual([]);
    expect(empty.table.rows[0].cells.map((c) => c.text)).toEqual(['$0', '$0', '$0', '$0']);
  });

  it('has a drawing area even with no items', () => {
    const none = stackedBarChart([], series, options);
    expect(none.rows).toEqual([]);
    expect(none.height).toBeGreaterThan(0);
  });
});

describe('groupedBarChart', () => {
  const chart = groupedBarChart(
    [
      { key: 'a', label: 'Alpha', values: [4, 2, 0] },
      { key: 'b', label: 'Beta', values: [1, 8, 3] }
    ],
    series,
    { ...options, totalHeading: undefined }
  );

  it('puts one thin bar per series under each other, scaled to the largest single value', () => {
    const [a, b] = chart.rows;
    expect(a.rects.map((r) => r.key)).toEqual(['open', 'won']);
    expect(a.rects[1].y).toBeCloseTo(a.rects[0].y + a.rects[0].height);
    expect(b.rects[1].width).toBeCloseTo(2 * a.rects[0].width);
    expect(a.rects.every((r) => r.x === LABEL_WIDTH)).toBe(true);
    expect(b.valueText).toBe('$1 / $8 / $3');
  });

  it('has no total column (the series may overlap)', () => {
    expect(chart.table.headings.map((h) => h.text)).toEqual(['Gap', 'Open', 'Won', 'Lost']);
  });
});

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones with an ellipsis', () => {
    expect(shortLabel('Short')).toBe('Short');
    const long = shortLabel('x'.repeat(50));
    expect(long).toHaveLength(30);
    expect(long.endsWith('…')).toBe(true);
  });
});
