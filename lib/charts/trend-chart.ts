// Geometry of a country's trend chart: overall score (0-100) per cycle, oldest on the left. Pure, so
// the server draws it as SVG (no chart library shipped to the browser for a handful of points).
import type { TTrendPoint } from "./trend";

export type TTrendChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export type TTrendChartDot = { cycle: string; x: number; y: number; value: number };
/** A line between two consecutive scored cycles; dashed when the questionnaire edition changed. */
export type TTrendChartSegment = { x1: number; y1: number; x2: number; y2: number; editionChanged: boolean };

export type TTrendChart = {
  box: TTrendChartBox;
  /** Every cycle gets an x position and a label, scored or not. */
  columns: { cycle: string; x: number; scored: boolean; editionChanged: boolean }[];
  dots: TTrendChartDot[];
  segments: TTrendChartSegment[];
  /** Horizontal grid lines at 0, 100 and the values asked for (the dashboards pass the tier thresholds). */
  grid: { value: number; y: number }[];
};

export const DEFAULT_TREND_BOX: TTrendChartBox = { width: 560, height: 220, left: 40, right: 24, top: 16, bottom: 40 };

export function trendChart(points: readonly TTrendPoint[], gridValues: readonly number[], box: TTrendChartBox = DEFAULT_TREND_BOX): TTrendChart {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const yOf = (value: number) => box.top + plotHeight * (1 - Math.min(100, Math.max(0, value)) / 100);
  // One cycle sits in the middle; more spread evenly from edge to edge.
  const xOf = (k: number) => (points.length === 1 ? box.left + plotWidth / 2 : box.left + (plotWidth * k) / (points.length - 1));

  const columns = points.map((p, k) => ({ cycle: p.cycle, x: xOf(k), scored: p.overall !== null, editionChanged: p.comparability !== null }));
  const dots: TTrendChartDot[] = [];
  const segments: TTrendChartSegment[] = [];
  let previous: TTrendChartDot | null = null;
  points.forEach((p, k) => {
    if (p.overall === null) {
      // A cycle without a visible score breaks the line: joining around it would invent a trend.
      previous = null;
      return;
    }
    const dot = { cycle: p.cycle, x: xOf(k), y: yOf(p.overall), value: p.overall };
    if (previous) segments.push({ x1: previous.x, y1: previous.y, x2: dot.x, y2: dot.y, editionChanged: p.comparability !== null });
    dots.push(dot);
    previous = dot;
  });
  const grid = [...new Set([0, 100, ...gridValues])].sort((a, b) => a - b).map((value) => ({ value, y: yOf(value) }));
  return { box, columns, dots, segments, grid };
}
