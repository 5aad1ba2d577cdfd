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
  columns: { cycle: string; x: number; scored: boolean; editionChanged: boolean; lines: string[] }[];
  dots: TTrendChartDot[];
  segments: TTrendChartSegment[];
  /** Horizontal grid lines at 0, 100 and the values asked for (the dashboards pass the tier thresholds). */
  grid: { value: number; y: number; labelled: boolean }[];
};

export const DEFAULT_TREND_BOX: TTrendChartBox = { width: 560, height: 240, left: 40, right: 16, top: 24, bottom: 48 };

/** Cycles sit this far inside the plot, so that their (wrapped) names fit under them. */
const INSET = 70;
/** Grid labels closer than this (in px) to the one below are left out: 95 and 100 would overlap. */
const MIN_LABEL_GAP = 12;

/** A cycle name on up to two lines of about `width` characters, cut with an ellipsis beyond. */
export function wrapLabel(text: string, width = 24): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(" ");
  return [lines[0]!, second.length > width ? `${second.slice(0, width - 1)}…` : second];
}

export function trendChart(points: readonly TTrendPoint[], gridValues: readonly number[], box: TTrendChartBox = DEFAULT_TREND_BOX): TTrendChart {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const yOf = (value: number) => box.top + plotHeight * (1 - Math.min(100, Math.max(0, value)) / 100);
  // One cycle sits in the middle; more spread evenly from edge to edge.
  const inset = Math.min(INSET, plotWidth / 4);
  const xOf = (k: number) => (points.length === 1 ? box.left + plotWidth / 2 : box.left + inset + ((plotWidth - 2 * inset) * k) / (points.length - 1));

  const columns = points.map((p, k) => ({
    cycle: p.cycle,
    x: xOf(k),
    scored: p.overall !== null,
    editionChanged: p.comparability !== null,
    lines: wrapLabel(p.cycle),
  }));
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
  const grid: TTrendChart["grid"] = [];
  let lastLabelY = Infinity;
  for (const value of [...new Set([0, 100, ...gridValues])].sort((a, b) => a - b)) {
    const y = yOf(value);
    const labelled = lastLabelY - y >= MIN_LABEL_GAP;
    if (labelled) lastLabelY = y;
    grid.push({ value, y, labelled });
  }
  return { box, columns, dots, segments, grid };
}
