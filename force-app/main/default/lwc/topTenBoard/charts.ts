// Geometry of the board's bar charts, computed once per revision so the SVG template only binds
// numbers, and the text alternative (a table of the same values) built from the same data.

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

export interface ChartRect {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  className: string;
}

export interface ChartRowGeometry {
  key: string;
  label: string;
  labelY: number;
  rects: ChartRect[];
  /** Where the row's value text goes (stacked charts: the total after the bar). */
  valueX: number;
  valueY: number;
  valueText: string;
}

export interface ChartTable {
  headings: { key: string; text: string }[];
  rows: { key: string; heading: string; cells: { key: string; text: string }[] }[];
}

export interface ChartModel {
  title: string;
  summary: string;
  width: number;
  height: number;
  viewBox: string;
  rows: ChartRowGeometry[];
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

export const CHART_WIDTH = 640;
export const LABEL_WIDTH = 220;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
const TOP = 4;
const MAX_LABEL = 30;

/** The label shortened to fit the label column (the table keeps the full text). */
export function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** A value as a finite, non-negative number: null, NaN and negatives draw as 0. */
function drawable(value: number | null): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Pixels per unit so the largest value fills the plot; 0 when every value is 0. */
function scaleFor(largest: number): number {
  return largest > 0 ? (CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH) / largest : 0;
}

function rowY(index: number): number {
  return TOP + index * ROW_HEIGHT;
}

function frame(rowCount: number): { height: number; viewBox: string } {
  const height = TOP * 2 + Math.max(1, rowCount) * ROW_HEIGHT;
  return { height, viewBox: `0 0 ${CHART_WIDTH} ${height}` };
}

function legendOf(series: readonly ChartSeries[]): ChartModel['legend'] {
  return series.map((s) => ({
    key: s.key,
    label: s.label,
    swatchClass: `swatch series-${s.key}`
  }));
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
    const values = item.values.map(drawable);
    const cells = series.map((s, index) => ({
      key: s.key,
      text: options.format(values[index] ?? 0)
    }));
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
  const totals = items.map((item) => item.values.reduce<number>((sum, v) => sum + drawable(v), 0));
  const scale = scaleFor(Math.max(0, ...totals));
  const rows = items.map((item, index) => {
    const y = rowY(index);
    let x = LABEL_WIDTH;
    const rects: ChartRect[] = [];
    series.forEach((s, seriesIndex) => {
      const width = drawable(item.values[seriesIndex] ?? null) * scale;
      if (width > 0) {
        rects.push({
          key: s.key,
          x,
          y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
          width,
          height: BAR_HEIGHT,
          className: `bar series-${s.key}`
        });
      }
      x += width;
    });
    return {
      key: item.key,
      label: shortLabel(item.label),
      labelY: y + ROW_HEIGHT / 2 + 4,
      rects,
      valueX: x + 6,
      valueY: y + ROW_HEIGHT / 2 + 4,
      valueText: options.format(totals[index])
    };
  });
  return {
    title: options.title,
    summary: options.summary,
    width: CHART_WIDTH,
    ...frame(items.length),
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
  const scale = scaleFor(Math.max(0, ...items.flatMap((item) => item.values.map(drawable))));
  const barHeight = BAR_HEIGHT / Math.max(1, series.length);
  const rows = items.map((item, index) => {
    const y = rowY(index) + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const rects: ChartRect[] = [];
    series.forEach((s, seriesIndex) => {
      const width = drawable(item.values[seriesIndex] ?? null) * scale;
      if (width > 0) {
        rects.push({
          key: s.key,
          x: LABEL_WIDTH,
          y: y + seriesIndex * barHeight,
          width,
          height: barHeight,
          className: `bar series-${s.key}`
        });
      }
    });
    const values = item.values.map(drawable);
    return {
      key: item.key,
      label: shortLabel(item.label),
      labelY: rowY(index) + ROW_HEIGHT / 2 + 4,
      rects,
      valueX: LABEL_WIDTH + Math.max(0, ...values) * scale + 6,
      valueY: rowY(index) + ROW_HEIGHT / 2 + 4,
      valueText: values.map((value) => options.format(value)).join(' / ')
    };
  });
  return {
    title: options.title,
    summary: options.summary,
    width: CHART_WIDTH,
    ...frame(items.length),
    rows,
    legend: legendOf(series),
    table: tableOf(items, series, options, false)
  };
}
