import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { formatProblem, parseGciCsv, splitCsv } from "@/lib/reference/parse-gci-csv";
import { tierAgreement } from "@/lib/reference/tier-agreement";

// The published data stays in ../shared; it is read at test time, never copied into the project.
const published = (year: number) => readFileSync(path.resolve(process.cwd(), `../shared/data/gci-published/gci-${year}.csv`), "utf8");

const HEADER_2024 = "iso3,country,edition,overall_score,tier_published,tier_label,legal,technical,organizational,capacity_development,cooperation";

describe("parseGciCsv on the published files", () => {
  it("reads all 194 rows of GCI 2024 with tiers, and the tier rules reproduce 192 of 192", async () => {
    const { rows, problems } = parseGciCsv(published(2024), { edition: 2024 });
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(194);
    expect(rows.find((r) => r.iso3 === "AFG")).toEqual({
      iso3: "AFG",
      country: "Afghanistan",
      edition: 2024,
      overall: 18.42,
      tier: 5,
      tierLabel: "Building",
      rank: null,
      legal: 5.81,
      technical: 3.29,
      organizational: 6.99,
      capacityDevelopment: 2.32,
      cooperation: 0,
    });
    expect(
      rows
        .filter((r) => r.tier === null)
        .map((r) => r.iso3)
        .sort(),
    ).toEqual(["ATG", "PRK"]);
    const version = await loadVersion("five-pillars@2024");
    const agreement = tierAgreement(rows, version.tiers);
    expect([agreement.reproduced, agreement.published, agreement.mismatches]).toEqual([192, 192, []]);
  });

  it("reads GCI 2020, which ranks instead of tiering, and keeps quoted names with commas", () => {
    const { rows, problems } = parseGciCsv(published(2020), { edition: 2020 });
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(194);
    expect(rows.every((r) => r.tier === null && r.rank !== null)).toBe(true);
    expect(rows.find((r) => r.iso3 === "BHS")).toMatchObject({ country: "Bahamas, The", rank: 147, overall: 13.37 });
    expect(rows.find((r) => r.iso3 === "COD")?.country).toBe("Congo, Dem. Rep.");
  });

  it("refuses the 2024 file imported as another edition, naming each line", () => {
    const { rows, problems } = parseGciCsv(published(2024), { edition: 2020 });
    expect(rows).toHaveLength(0);
    expect(problems).toHaveLength(194);
    expect(formatProblem(problems[0]!)).toBe("line 2, edition: 2024 does not match the edition being imported (2020)");
  });
});

describe("parseGciCsv row errors", () => {
  it.each([
    ["AFG,Afghanistan,2024,abc,5,Building,5.81,3.29,6.99,2.32,0.00", 'line 2, overall_score: "abc" is not a number'],
    ["AFG,Afghanistan,2024,18.42,7,Building,5.81,3.29,6.99,2.32,0.00", 'line 2, tier_published: "7" is not a whole number in 1-5'],
    ["AF,Afghanistan,2024,18.42,5,Building,5.81,3.29,6.99,2.32,0.00", 'line 2, iso3: "AF" is not an ISO 3166-1 alpha-3 code'],
    ["AFG,Afghanistan,2024,18.42,5,Building,25,3.29,6.99,2.32,0.00", "line 2, legal: 25 is outside 0-20"],
    ["AFG,Afghanistan,2024,18.42,5,Building,5.81,,6.99,2.32,0.00", "line 2, technical: is empty"],
    ["AFG,Afghanistan,2024,18.42,5", "line 2: has 5 fields, the header has 11"],
    ["AFG,,2024,18.42,5,Building,5.81,3.29,6.99,2.32,0.00", "line 2, country: is empty"],
  ])("%s -> %s", (line, message) => {
    const { rows, problems } = parseGciCsv(`${HEADER_2024}\n${line}\n`);
    expect(rows).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([message]);
  });

  it("reports duplicates with the line of the first occurrence, and a missing column in the header", () => {
    const row = "KEN,Kenya,2024,90,2,Advancing,18,18,18,18,18";
    expect(parseGciCsv(`${HEADER_2024}\n${row}\n${row}`).problems.map(formatProblem)).toEqual(["line 3, iso3: KEN already appears on line 2"]);
    expect(parseGciCsv("iso3,country,edition,overall_score,legal\n").problems.map(formatProblem)).toEqual([
      "line 1: missing column(s): technical, organizational, capacity_development, cooperation, tier_published or rank",
    ]);
    expect(parseGciCsv("").problems.map(formatProblem)).toEqual(["line 1: the file is empty"]);
  });

  it("splits quoted fields with commas, doubled quotes and CRLF line ends", () => {
    expect(splitCsv('a,"b, c","say ""hi"""\r\n1,2,3\r\n')).toEqual([
      { fields: ["a", "b, c", 'say "hi"'], line: 1 },
      { fields: ["1", "2", "3"], line: 2 },
    ]);
  });
});

describe("splitCsv line numbers and broken quotes", () => {
  it("numbers records by the line they start on, across quoted line breaks, blank lines and LF, CRLF or CR ends", () => {
    expect(splitCsv('a,"multi\nline",3\n\n4,5\r6,7')).toEqual([
      { fields: ["a", "multi\nline", "3"], line: 1 },
      { fields: ["4", "5"], line: 4 },
      { fields: ["6", "7"], line: 5 },
    ]);
  });

  it("reports a quote that is never closed instead of failing", () => {
    expect(parseGciCsv('iso3,country\n"KEN,Kenya\n')).toEqual({ rows: [], problems: [{ line: 2, message: "a quoted field is never closed" }] });
  });
});
