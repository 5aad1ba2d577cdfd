// Line and area colours of the charts. Each has at least 3:1 contrast with the white card and the
// page background (WCAG 1.4.11, non-text contrast), so a series stays visible to low-vision readers;
// tests/unit/charts-series-colors.test.ts holds them to it.

/** One colour per compared series (radar of several countries), in order. */
export const SERIES_COLORS = ["#1f77b4", "#d62728", "#2a8a2a", "#9467bd", "#b85c00", "#8c564b", "#0e7c86", "#c2407f", "#6b6b6b", "#7a7a12"] as const;

/** The report's radar and the trend chart: the country, its region's average, the world average. */
export const REPORT_COLORS = { country: "#1f5fbf", region: "#a35200", world: "#6b7385" } as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
