import { describe, expect, it } from "vitest";
import { colorBucket, colorFor, colorLegend, COLOR_BUCKETS, NO_DATA_COLOR } from "@/lib/charts/color-scale";
import { storedAggregate } from "@/lib/charts/stored-aggregate";
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
  const p = (cycle: string, year: number, key: string) => ({
    cycle,
    opensAt: new Date(`${year}-01-01`),
    questionnaireKey: key,
    status: "validated",
    overall: 50,
    pillars: null,
  });
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

describe("storedAggregate", () => {
  const summary = (overall: number, flags: string[]) => ({
    overall,
    tier: 4,
    flags: flags.map((id) => ({ id, severity: "high" as const })),
    pillars: { legal: 1, technical: 2, organizational: 3, "capacity-development": 4, cooperation: overall - 10 },
    completion: {
      answered: 1,
      applicable: 1,
      ratio: 1,
      pillars: Object.fromEntries(
        ["legal", "technical", "organizational", "capacity-development", "cooperation"].map((k) => [k, { answered: 0, applicable: 0 }]),
      ) as never,
    },
  });
  const stored = {
    format: 4 as const,
    questionnaireHash: "h",
    rulesVersion: "r",
    basis: "validated" as const,
    selfReported: summary(50, ["x"]),
    validated: summary(40, ["y"]),
    maturity: {},
    stagesFingerprint: "f",
  };
  it.each([
    { name: "nothing stored", stored: null, expected: { overall: null, tier: null, pillars: null, flags: [] } },
    {
      name: "validated: the validated score",
      stored,
      expected: { overall: 40, tier: 4, pillars: { legal: 1, technical: 2, organizational: 3, "capacity-development": 4, cooperation: 30 }, flags: ["y"] },
    },
    {
      name: "self-reported: the country's score",
      stored: { ...stored, basis: "self-reported" as const },
      expected: { overall: 50, tier: 4, pillars: { legal: 1, technical: 2, organizational: 3, "capacity-development": 4, cooperation: 40 }, flags: ["x"] },
    },
  ])("$name", ({ stored, expected }) => {
    expect(storedAggregate(stored)).toEqual(expected);
  });
});
