import { describe, expect, it } from "vitest";
import { colorBucket, colorFor, colorLegend, COLOR_BUCKETS, NO_DATA_COLOR } from "@/lib/charts/color-scale";
import { parseScoreJson } from "@/lib/charts/parse-score-json";
import { trendSeries } from "@/lib/charts/trend";

describe("colour scale", () => {
  it.each([
    { value: null, max: 100, bucket: null },
    { value: Number.NaN, max: 100, bucket: null },
    { value: 100, max: 100, bucket: 0 },
    { value: 95, max: 100, bucket: 0 },
    { value: 94.99, max: 100, bucket: 1 },
    { value: 55, max: 100, bucket: 2 },
    { value: 20, max: 100, bucket: 3 },
    { value: 0, max: 100, bucket: 4 },
    { value: -3, max: 100, bucket: 4 },
    { value: 120, max: 100, bucket: 0 },
    { value: 19, max: 20, bucket: 0 },
    { value: 11, max: 20, bucket: 2 },
  ])("$value of $max -> bucket $bucket", ({ value, max, bucket }) => {
    expect(colorBucket(value, max)).toBe(bucket);
    expect(colorFor(value, max)).toBe(bucket === null ? NO_DATA_COLOR : COLOR_BUCKETS[bucket]!.color);
  });

  it("has a legend covering 0 to max without gaps", () => {
    for (const max of [100, 20]) {
      const legend = colorLegend(max);
      expect(legend[0]!.to).toBe(max);
      expect(legend.at(-1)!.from).toBe(0);
      for (let i = 1; i < legend.length; i++) expect(legend[i]!.to).toBe(legend[i - 1]!.from);
    }
  });
});

describe("trendSeries", () => {
  const p = (cycle: string, year: number, key: string) => ({ cycle, opensAt: new Date(`${year}-01-01`), questionnaireKey: key, status: "validated", overall: 50, pillars: null });
  it.each([
    { name: "empty", input: [], cycles: [], notes: [] },
    { name: "sorted oldest first", input: [p("b", 2024, "q@2024"), p("a", 2020, "q@2024")], cycles: ["a", "b"], notes: [null, null] },
    {
      name: "a note where the edition changes",
      input: [p("c", 2026, "q@2024"), p("a", 2020, "q@2020"), p("b", 2022, "q@2020")],
      cycles: ["a", "b", "c"],
      notes: [null, null, { from: "q@2020", to: "q@2024" }],
    },
  ])("$name", ({ input, cycles, notes }) => {
    const t = trendSeries(input);
    expect(t.map((x) => x.cycle)).toEqual(cycles);
    expect(t.map((x) => x.comparability)).toEqual(notes);
  });
});

describe("parseScoreJson", () => {
  it.each([
    { name: "absent", json: null, pillars: null, flags: [] },
    { name: "malformed", json: "{", pillars: null, flags: [] },
    { name: "no pillars", json: '{"flags":["a",3]}', pillars: null, flags: ["a"] },
    {
      name: "stored score",
      json: '{"overall":50,"pillars":{"legal":1,"technical":2,"organizational":3,"capacityDevelopment":4,"cooperation":5},"flags":["x"]}',
      pillars: { legal: 1, technical: 2, organizational: 3, "capacity-development": 4, cooperation: 5 },
      flags: ["x"],
    },
  ])("$name", ({ json, pillars, flags }) => {
    expect(parseScoreJson(json)).toEqual({ pillars, flags });
  });
});
