// Geometry of the board's bar charts in percentages of the plot, so the HTML bars scale with any
// width and the names and values beside them are never cut; the text alternative (a table of
// the same values) is built from the same data. Pure.

/** One series of a chart (a segment colour in stacked bars, a bar in grouped bars). */
export interface ChartSeries {
  key: string;
  label: string;
}

/** One gap of a chart: its label and one value per series, in series order (null counts as 0). */
export interface ChartItem {
  key: string;
  label: string;
  values: (number | null)[];
}

/** One bar or bar segment: its series class and width as a CSS declaration (percent of the plot). */
export interface ChartBar {
  key: string;
  className: string;
  style: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** Stacked: one track of segments; grouped: one track per series. */
  tracks: { key: string; bars: ChartBar[] }[];
  valueText: string;
}

export interface ChartTable {
  headings: { key: string; text: string }[];
  rows: { key: string; heading: string; cells: { key: string; text: string }[] }[];
}

export interface ChartModel {
  title: string;
  summary: string;
  rows: ChartRow[];
  legend: { key: string; label: string; swatchClass: string }[];
  table: ChartTable;
}

export interface ChartOptions {
  title: string;
  summary: string;
  /** The heading of the table's first column (the gap). */
  itemHeading: string;
  /** The heading of the table's total column; stacked charts only. */
  totalHeading?: string;
  format: (value: number) => string;
}

/** A value as a finite, non-negative number: null, NaN and negatives draw as 0. */
export function drawable(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** The share of `largest` as a CSS width, rounded to 0.01 %; 0 % when largest is 0. */
export function widthOf(value: number, largest: number): string {
  const percent = largest > 0 ? Math.round((value / largest) * 10000) / 100 : 0;
  return `width: ${percent}%`;
}

function legendOf(series: readonly ChartSeries[]): ChartModel['legend'] {
  return series.map((s) => ({ key: s.key, label: s.label, swatchClass: `swatch series-${s.key}` }));
}

function tableOf(
  items: readonly ChartItem[],
  series: readonly ChartSeries[],
  options: ChartOptions,
  withTotal: boolean
): ChartTable {
  const headings = [
    { key: 'item', text: options.itemHeading },
    ...series.map((s) => ({ key: s.key, text: s.label })),
    ...(withTotal ? [{ key: 'total', text: options.totalHeading ?? '' }] : [])
  ];
  const rows = items.map((item) => {
    const values = series.map((_, index) => drawable(item.values[index]));
    const cells = series.map((s, index) => ({ key: s.key, text: options.format(values[index]) }));
    if (withTotal) {
      const total = values.reduce((sum, value) => sum + value, 0);
      cells.push({ key: 'total', text: options.format(total) });
    }
    return { key: item.key, heading: item.label, cells };
  });
  return { headings, rows };
}

/** Horizontal bars, one per item, its series stacked left to right; scaled to the largest total. */
export function stackedBarChart(
  items: readonly ChartItem[],
  series: readonly ChartSeries[],
  options: ChartOptions
): ChartModel {
  const totals = items.map((item) =>
    series.reduce((sum, _, index) => sum + drawable(item.values[index]), 0)
  );
  const largest = Math.max(0, ...totals);
  const rows = items.map((item, index) => ({
    key: item.key,
    label: item.label,
    tracks: [
      {
        key: 'stack',
        bars: series
          .map((s, seriesIndex) => ({ s, value: drawable(item.values[seriesIndex]) }))
          .filter(({ value }) => value > 0)
          .map(({ s, value }) => ({
            key: s.key,
            className: `bar series-${s.key}`,
            style: widthOf(value, largest)
          }))
      }
    ],
    valueText: options.format(totals[index])
  }));
  return {
    title: options.title,
    summary: options.summary,
    rows,
    legend: legendOf(series),
    table: tableOf(items, series, options, true)
  };
}

/** Horizontal bars, one group per item with one thin bar per series; scaled to the largest value. */
export function groupedBarChart(
  items: readonly ChartItem[],
  series: readonly ChartSeries[],
  options: ChartOptions
): ChartModel {
  const largest = Math.max(0, ...items.flatMap((item) => item.values.map(drawable)));
  const rows = items.map((item) => {
    const values = series.map((_, index) => drawable(item.values[index]));
    return {
      key: item.key,
      label: item.label,
      tracks: series.map((s, index) => ({
        key: s.key,
        bars:
          values[index] > 0
            ? [
                {
                  key: s.key,
                  className: `bar series-${s.key}`,
                  style: widthOf(values[index], largest)
                }
              ]
            : []
      })),
      valueText: values.map((value) => options.format(value)).join(' / ')
    };
  });
  return {
    title: options.title,
    summary: options.summary,
    rows,
    legend: legendOf(series),
    table: tableOf(items, series, options, false)
  };
}
