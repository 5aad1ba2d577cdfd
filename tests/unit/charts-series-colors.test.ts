// Non-text contrast (WCAG 1.4.11): chart series and focus rings need 3:1 against what they sit on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { REPORT_COLORS, SERIES_COLORS, seriesColor } from "@/lib/charts/series-colors";

const css = readFileSync(path.join(__dirname, "../../app/globals.css"), "utf8");
const cssVar = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`))?.[1] ?? `missing --${name}`;
const CARD = cssVar("card");
const PAGE = cssVar("bg");
const HEADER = cssVar("ink");

describe("chart colours", () => {
  it.each([...SERIES_COLORS, ...Object.values(REPORT_COLORS)])("%s stands out 3:1 from the card and the page", (color) => {
    expect(wcagContrast(color, CARD)).toBeGreaterThanOrEqual(3);
    expect(wcagContrast(color, PAGE)).toBeGreaterThanOrEqual(3);
  });

  it("gives ten compared countries ten different colours, then starts again", () => {
    const first = Array.from({ length: 10 }, (_, i) => seriesColor(i));
    expect(new Set(first).size).toBe(10);
    expect(seriesColor(10)).toBe(seriesColor(0));
  });
});

describe("focus ring", () => {
  it("is 3:1 or more on the light pages", () => {
    expect(wcagContrast(cssVar("focus-ring"), CARD)).toBeGreaterThanOrEqual(3);
    expect(wcagContrast(cssVar("focus-ring"), PAGE)).toBeGreaterThanOrEqual(3);
  });

  it("is 3:1 or more in the dark header", () => {
    expect(wcagContrast(cssVar("focus-ring-on-ink"), HEADER)).toBeGreaterThanOrEqual(3);
  });

  it("is the one every focusable element uses", () => {
    expect(css).toMatch(/a:focus-visible[^{]*\{\s*outline: 3px solid var\(--focus-ring\)/);
    expect(css).toMatch(/\.app-header :focus-visible\s*\{\s*outline-color: var\(--focus-ring-on-ink\)/);
  });
});
