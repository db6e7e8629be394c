import { LightningElement, api } from 'lwc';

/** The chart model this component draws: geometry and texts computed by the board (see topTenBoard/charts.ts). */
export interface BoardChart {
  title: string;
  summary: string;
  viewBox: string;
  rows: {
    key: string;
    label: string;
    labelY: number;
    rects: {
      key: string;
      x: number;
      y: number;
      width: number;
      height: number;
      className: string;
    }[];
    valueX: number;
    valueY: number;
    valueText: string;
  }[];
  legend: { key: string; label: string; swatchClass: string }[];
  table: {
    headings: { key: string; text: string }[];
    rows: { key: string; heading: string; cells: { key: string; text: string }[] }[];
  };
}

/**
 * One horizontal bar chart drawn in SVG by the package itself. The drawing is hidden from
 * assistive technology; its summary is visible and a visually hidden table holds every value.
 */
export default class TopTenBoardChart extends LightningElement {
  @api chart: BoardChart | null = null;

  get firstHeading(): string {
    return this.chart?.table.headings[0]?.text ?? '';
  }
  get valueHeadings(): { key: string; text: string }[] {
    return this.chart?.table.headings.slice(1) ?? [];
  }
}
