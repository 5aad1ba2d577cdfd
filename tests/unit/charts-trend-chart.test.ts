import { describe, expect, it } from "vitest";
import { trendSeries, type TTrendInput } from "@/lib/charts/trend";
import { DEFAULT_TREND_BOX as BOX, trendChart, wrapLabel } from "@/lib/charts/trend-chart";

const point = (cycle: string, year: number, questionnaireKey: string, overall: number | null): TTrendInput => ({
  cycle,
  opensAt: new Date(Date.UTC(year, 0, 1)),
  questionnaireKey,
  status: overall === null ? "draft" : "validated",
  overall,
  pillars: null,
});

const bottom = BOX.height - BOX.bottom;
const plotHeight = BOX.height - BOX.top - BOX.bottom;

describe("trend chart geometry", () => {
  it("places cycles oldest first from left to right, inset so their names fit, scores from the bottom (0) to the top (100)", () => {
    const chart = trendChart(trendSeries([point("2026", 2026, "q@2024", 100), point("2024", 2024, "q@2024", 0)]), []);
    expect(chart.columns.map((c) => [c.cycle, c.x])).toEqual([
      ["2024", BOX.left + 70],
      ["2026", BOX.width - BOX.right - 70],
    ]);
    expect(chart.dots.map((d) => [d.cycle, d.y, d.value])).toEqual([
      ["2024", bottom, 0],
      ["2026", BOX.top, 100],
    ]);
    expect(chart.segments).toHaveLength(1);
  });

  it.each([
    { overall: 50, y: BOX.top + plotHeight / 2 },
    { overall: 55, y: BOX.top + plotHeight * 0.45 },
    { overall: 130, y: BOX.top },
    { overall: -5, y: bottom },
  ])("score $overall is drawn at y $y (clamped to the plot)", ({ overall, y }) => {
    const [dot] = trendChart(trendSeries([point("c", 2024, "q@1", overall)]), []).dots;
    expect(dot!.y).toBeCloseTo(y, 9);
    expect(dot!.value).toBe(overall);
  });

  it("puts a single cycle in the middle, without a line", () => {
    const chart = trendChart(trendSeries([point("2024", 2024, "q@1", 40)]), []);
    expect(chart.columns[0]!.x).toBe(BOX.left + (BOX.width - BOX.left - BOX.right) / 2);
    expect(chart.segments).toEqual([]);
  });

  it("dashes the segment into a cycle scored on another questionnaire edition", () => {
    const chart = trendChart(trendSeries([point("2020", 2020, "q@2020", 30), point("2022", 2022, "q@2020", 40), point("2024", 2024, "q@2024", 60)]), []);
    expect(chart.segments.map((s) => s.editionChanged)).toEqual([false, true]);
    expect(chart.columns.map((c) => c.editionChanged)).toEqual([false, false, true]);
  });

  it("breaks the line at a cycle without a visible score instead of joining around it", () => {
    const chart = trendChart(
      trendSeries([point("2020", 2020, "q@1", 30), point("2022", 2022, "q@1", null), point("2024", 2024, "q@1", 60), point("2026", 2026, "q@1", 70)]),
      [],
    );
    expect(chart.columns.map((c) => c.scored)).toEqual([true, false, true, true]);
    expect(chart.dots.map((d) => d.cycle)).toEqual(["2020", "2024", "2026"]);
    expect(chart.segments).toHaveLength(1);
    expect(chart.segments[0]!.x1).toBe(chart.columns[2]!.x);
  });

  it("draws grid lines at 0, 100 and the thresholds asked for, once each, in order, labelling only those that do not overlap", () => {
    const chart = trendChart([], [95, 20, 85, 55, 0]);
    expect(chart.grid.map((g) => [g.value, g.labelled])).toEqual([
      [0, true],
      [20, true],
      [55, true],
      [85, true],
      [95, true],
      [100, false],
    ]);
    expect(chart.grid[0]!.y).toBe(bottom);
    expect(chart.grid.at(-1)!.y).toBe(BOX.top);
  });

  it.each([
    { text: "2024", lines: ["2024"] },
    { text: "2024 self-assessment (demo)", lines: ["2024 self-assessment", "(demo)"] },
    { text: "GCI 2026 national self-assessment round (pilot, demo)", lines: ["GCI 2026 national", "self-assessment round (…"] },
  ])("wraps the cycle name '$text' on at most two lines", ({ text, lines }) => {
    expect(wrapLabel(text)).toEqual(lines);
  });
});
