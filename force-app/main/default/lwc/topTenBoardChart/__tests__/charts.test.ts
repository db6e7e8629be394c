/** @jest-environment node */
import { drawable, groupedBarChart, stackedBarChart, widthOf } from '../charts';
import { arrChart, chartOf, itemLabel, severityChart } from '../models';
import type { EntryView } from 'c/gapData';

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
const entry = (rank: number | null, overrides: Partial<EntryView> = {}): EntryView =>
  ({
    id: `e${rank}`,
    rank,
    gapName: 'A gap whose name is much longer than thirty characters',
    openArr: 1_001_000,
    wonArr: 20_000,
    lostArr: 5_000,
    p0Accounts: 5,
    p1Accounts: 3,
    p2Accounts: 1,
    ...overrides
  }) as EntryView;

describe('stackedBarChart', () => {
  const chart = stackedBarChart(
    [
      { key: 'a', label: '#1 Alpha', values: [300, 100, 0] },
      { key: 'b', label: '#2 Beta', values: [100, null, 100] }
    ],
    series,
    options
  );

  it('stacks the series and scales the largest total to the whole plot', () => {
    const [a, b] = chart.rows;
    expect(a.tracks[0].bars.map((bar) => [bar.key, bar.style])).toEqual([
      ['open', 'width: 75%'],
      ['won', 'width: 25%']
    ]);
    expect(b.tracks[0].bars.map((bar) => bar.style)).toEqual(['width: 25%', 'width: 25%']);
    expect(a.valueText).toBe('$400');
    expect(b.tracks[0].bars.map((bar) => bar.className)).toEqual([
      'bar series-open',
      'bar series-lost'
    ]);
  });

  it('keeps the full names (nothing shortened) and a table of every value', () => {
    expect(chart.rows.map((row) => row.label)).toEqual(['#1 Alpha', '#2 Beta']);
    expect(chart.table.rows[1].cells.map((cell) => cell.text)).toEqual([
      '$100',
      '$0',
      '$100',
      '$200'
    ]);
  });
});

describe('groupedBarChart', () => {
  it('draws one track per series scaled to the largest value, values joined', () => {
    const chart = groupedBarChart([{ key: 'a', label: 'A', values: [4, 2, 0] }], series, {
      ...options,
      totalHeading: undefined
    });
    expect(chart.rows[0].tracks.map((track) => track.bars.map((bar) => bar.style))).toEqual([
      ['width: 100%'],
      ['width: 50%'],
      []
    ]);
    expect(chart.rows[0].valueText).toBe('$4 / $2 / $0');
    expect(chart.table.headings).toHaveLength(4);
  });
});

describe('bad values', () => {
  it('draws null, NaN, infinities and negatives as 0, and all-zero charts without dividing by 0', () => {
    expect([null, NaN, Infinity, -5, 3].map((v) => drawable(v))).toEqual([0, 0, 0, 0, 3]);
    expect(widthOf(0, 0)).toBe('width: 0%');
    const chart = stackedBarChart(
      [{ key: 'z', label: 'Z', values: [0, null, -1] }],
      series,
      options
    );
    expect(chart.rows[0].tracks[0].bars).toEqual([]);
  });
});

describe('the board charts', () => {
  it('label each gap with its formatted rank and full name', () => {
    expect(itemLabel(entry(2))).toBe('#2 A gap whose name is much longer than thirty characters');
    expect(itemLabel(entry(null, { gapName: null }))).toBe('— Unnamed gap');
  });

  it('draws impacted ARR open / won / lost and accounts per severity', () => {
    const arr = arrChart([entry(1)]);
    expect(arr.table.rows[0].cells.map((cell) => cell.text)).toEqual(['$1M', '$20K', '$5K', '$1M']);
    expect(arr.summary).toBe(
      'The Top 10 gaps carry $1,026,000 of impacted ARR: $1,001,000 open, $20,000 won and $5,000 lost.'
    );
    expect(severityChart([entry(1)]).table.rows[0].cells.map((cell) => cell.text)).toEqual([
      '5',
      '3',
      '1'
    ]);
  });

  it('draws nothing for no entries, bad entries or an unknown kind', () => {
    expect(chartOf([], 'arr')).toBeNull();
    expect(chartOf(null, 'arr')).toBeNull();
    expect(chartOf([entry(1)], 'pie')).toBeNull();
    expect(chartOf([entry(1)], 'severity')?.title).toBe('Accounts per gap by severity');
  });
});
