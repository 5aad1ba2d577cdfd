import { describe, expect, it } from "vitest";
import { countriesWithFlag, heatMap, heatMapCsv } from "@/lib/charts/heat-map";

const c = (iso3: string, region: string, tier: number | null, flags: string[]) => ({ iso3, name: iso3, region, tier, flags });
const items = [
  c("KEN", "africa", 3, ["no-cirt", "no-strategy"]),
  c("GHA", "africa", 4, ["no-cirt"]),
  c("FRA", "europe", 2, []),
  c("ALB", "europe", 4, ["no-cirt", "no-law", "no-strategy"]),
];

describe("heatMap", () => {
  it.each([
    { name: "empty", input: [], flags: [], rows: [] },
    { name: "countries without flags are left out", input: [items[2]!], flags: [], rows: [] },
    { name: "flags by frequency, countries by flag count", input: items, flags: ["no-cirt", "no-strategy", "no-law"], rows: ["ALB", "KEN", "GHA"] },
    { name: "duplicate flags count once", input: [c("X", "r", 1, ["a", "a"])], flags: ["a"], rows: ["X"] },
  ])("$name", ({ input, flags, rows }) => {
    const map = heatMap(input);
    expect(map.flags.map((f) => f.id)).toEqual(flags);
    expect(map.rows.map((r) => r.iso3)).toEqual(rows);
    for (const r of map.rows) expect(r.cells).toHaveLength(flags.length);
  });

  it("marks the cells of each country's flags", () => {
    const map = heatMap(items);
    expect(map.rows.find((r) => r.iso3 === "KEN")!.cells).toEqual([true, true, false]);
    expect(map.flags.map((f) => f.count)).toEqual([3, 2, 1]);
  });
});

describe("countriesWithFlag", () => {
  it.each([
    { flag: "no-cirt", filter: {}, expected: ["ALB", "GHA", "KEN"] },
    { flag: "no-cirt", filter: { region: "africa" }, expected: ["GHA", "KEN"] },
    { flag: "no-cirt", filter: { tier: 4 }, expected: ["ALB", "GHA"] },
    { flag: "no-cirt", filter: { region: "africa", tier: 4 }, expected: ["GHA"] },
    { flag: "unknown", filter: {}, expected: [] },
  ])("$flag $filter", ({ flag, filter, expected }) => {
    expect(countriesWithFlag(items, flag, filter).map((i) => i.iso3)).toEqual(expected);
  });
});

describe("heatMapCsv", () => {
  it("writes a header and a 0/1 column per flag, quoting and defusing formulas", () => {
    const csv = heatMapCsv(heatMap([c("KEN", "africa", 3, ["b"]), { iso3: "XXX", name: '=Evil, "Co"', region: "r", tier: null, flags: ["a", "b"] }]));
    expect(csv.split("\r\n")).toEqual(["iso3,country,region,tier,flags,b,a", `XXX,"'=Evil, ""Co""",r,,2,1,1`, "KEN,KEN,africa,3,1,1,0", ""]);
  });
});
