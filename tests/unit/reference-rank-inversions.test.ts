import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGciCsv, type TReferenceRow } from "@/lib/reference/parse-gci-csv";
import { rankInversions } from "@/lib/reference/rank-inversions";

// The published data stays in ../shared; it is read at test time, never copied into the project.
const published = (year: number) => readFileSync(path.resolve(process.cwd(), `../shared/data/gci-published/gci-${year}.csv`), "utf8");

const row = (iso3: string, rank: number | null, overall: number): TReferenceRow => ({
  iso3,
  country: iso3,
  edition: 2020,
  overall,
  legal: 0,
  technical: 0,
  organizational: 0,
  capacityDevelopment: 0,
  cooperation: 0,
  tier: null,
  tierLabel: null,
  rank,
});

describe("rankInversions", () => {
  it("finds the five pairs GCI 2020 printed with each other's scores, and nothing else", () => {
    const { rows } = parseGciCsv(published(2020), { edition: 2020 });
    expect(rankInversions(rows).map((p) => `${p.above.iso3} ${p.above.rank} ${p.above.overall} < ${p.below.iso3} ${p.below.rank} ${p.below.overall}`)).toEqual([
      "IND 10 97.49 < TUR 11 97.5",
      "VNM 25 94.55 < SWE 26 94.59",
      "IRN 54 81.06 < GEO 55 81.07",
      "KWT 65 75.05 < DOM 66 75.07",
      "NER 156 11.36 < GAB 157 11.38",
    ]);
  });

  it("finds none in GCI 2024, which publishes tiers instead of ranks", () => {
    expect(rankInversions(parseGciCsv(published(2024), { edition: 2024 }).rows)).toEqual([]);
  });

  it.each([
    ["a ranking that follows the scores", [row("A", 1, 90), row("B", 2, 80), row("C", 3, 70)], []],
    ["a tie sharing one rank", [row("A", 1, 90), row("B", 2, 80), row("C", 2, 80), row("D", 4, 70)], []],
    ["equal scores at different ranks", [row("A", 1, 80), row("B", 2, 80)], []],
    ["one swapped pair, in any row order", [row("C", 3, 70), row("A", 1, 80), row("B", 2, 90)], ["A<B"]],
    ["a country ranked far too high shows where it meets the next", [row("A", 1, 50), row("B", 2, 90), row("C", 3, 80)], ["A<B"]],
    ["rows without a rank are left out", [row("A", 1, 50), row("B", null, 90), row("C", 2, 40)], []],
  ])("%s", (_, rows, expected) => {
    expect(rankInversions(rows).map((p) => `${p.above.iso3}<${p.below.iso3}`)).toEqual(expected);
  });
});
