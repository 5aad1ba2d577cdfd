import { describe, expect, it } from "vitest";
import { averageSeries, regionAverages } from "@/lib/charts/averages";
import { statusCounts, tierDistribution } from "@/lib/charts/distributions";
import type { TAggregate } from "@/lib/charts/types";

const agg = (iso3: string, region: string, status: string, tier: number | null, overall: number | null, p: number | null): TAggregate => ({
  iso3,
  name: iso3,
  region,
  status,
  tier,
  overall,
  pillars: p === null ? null : { legal: p, technical: p, organizational: p, "capacity-development": p, cooperation: p + 1 },
  flags: [],
  isDemo: true,
});

const items = [
  agg("KEN", "africa", "validated", 3, 60, 12),
  agg("GHA", "africa", "submitted", 4, 40, 8),
  agg("FRA", "europe", "draft", null, null, null),
  agg("EST", "europe", "validated", 1, 97, 19),
];

describe("tierDistribution", () => {
  it.each([
    { name: "empty", input: [], counts: [0, 0, 0, 0, 0], unscored: 0 },
    { name: "mixed", input: items, counts: [1, 0, 1, 1, 0], unscored: 1 },
    { name: "out of range tiers are unscored", input: [{ tier: 9 }], counts: [0, 0, 0, 0, 0], unscored: 1 },
  ])("$name", ({ input, counts, unscored }) => {
    const d = tierDistribution(input);
    expect(d.rows.map((r) => r.tier)).toEqual([1, 2, 3, 4, 5]);
    expect(d.rows.map((r) => r.count)).toEqual(counts);
    expect(d.unscored).toBe(unscored);
  });
});

describe("statusCounts", () => {
  it.each([
    { name: "empty: every status at zero", input: [], expected: [0, 0, 0, 0, 0, 0, 0, 0, 0], extra: [] },
    { name: "in workflow order", input: items, expected: [1, 0, 0, 0, 1, 0, 0, 2, 0], extra: [] },
    {
      name: "desk research and validation without the country count apart",
      input: [{ status: "desk-research" }, { status: "country-validation" }, { status: "validated-unconfirmed" }, { status: "validated" }],
      expected: [0, 0, 1, 1, 0, 0, 0, 1, 1],
      extra: [],
    },
    {
      name: "a country that declined counts apart from a draft",
      input: [{ status: "declined" }, { status: "draft" }],
      expected: [1, 1, 0, 0, 0, 0, 0, 0, 0],
      extra: [],
    },
    { name: "unknown statuses last", input: [{ status: "archived" }], expected: [0, 0, 0, 0, 0, 0, 0, 0, 0], extra: [{ status: "archived", count: 1 }] },
  ])("$name", ({ input, expected, extra }) => {
    const rows = statusCounts(input);
    expect(rows.slice(0, 9).map((r) => r.status)).toEqual([
      "draft",
      "declined",
      "desk-research",
      "country-validation",
      "submitted",
      "in-review",
      "returned",
      "validated",
      "validated-unconfirmed",
    ]);
    expect(rows.slice(0, 9).map((r) => r.count)).toEqual(expected);
    expect(rows.slice(9)).toEqual(extra);
  });
});

describe("averages", () => {
  it.each([
    { name: "no items", input: [], overall: null, legal: null, count: 0 },
    { name: "unscored items are left out", input: [items[2]!], overall: null, legal: null, count: 0 },
    { name: "mean of the scored", input: items, overall: 65.7, legal: 13, count: 3 },
    {
      name: "rounded to 0.1",
      input: [agg("A", "x", "validated", 3, 10, 1), agg("B", "x", "validated", 3, 10.3, 1.05), agg("C", "x", "validated", 3, 10, 1)],
      overall: 10.1,
      legal: 1,
      count: 3,
    },
  ])("$name", ({ input, overall, legal, count }) => {
    const s = averageSeries("global", "World", input);
    expect(s.overall).toBe(overall);
    expect(s.pillars?.legal ?? null).toBe(legal);
    expect(s.count).toBe(count);
  });

  it("averages per region in the order given", () => {
    const rows = regionAverages(items, [
      { id: "europe", label: "Europe" },
      { id: "africa", label: "Africa" },
      { id: "cis", label: "CIS" },
    ]);
    expect(rows.map((r) => [r.id, r.overall, r.pillars?.cooperation ?? null])).toEqual([
      ["region:europe", 97, 20],
      ["region:africa", 50, 11],
      ["region:cis", null, null],
    ]);
  });
});
