// The GCI 2024 tier thresholds reproduce ITU's published tier for every country that has one.
// The data stays in the shared folder (../shared from the project): it is read, never copied.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tierFor } from "@/lib/scoring/tiers";
import { GCI_2024_TIERS } from "@/tests/support/scoring-fixtures";

const CSV = path.resolve(process.cwd(), "../shared/data/gci-published/gci-2024.csv");

/** A tiny CSV split: the file quotes country names that hold commas ("Korea, Rep."), nothing else. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

describe("GCI 2024 published tiers", () => {
  const [header, ...lines] = readFileSync(CSV, "utf8").trim().split(/\r?\n/);
  const columns = splitCsvLine(header!);
  const rows = lines.map((line) => Object.fromEntries(splitCsvLine(line).map((cell, i) => [columns[i], cell])));

  it("parses every row into the header's columns", () => {
    expect(rows).toHaveLength(194);
    expect(lines.every((line) => splitCsvLine(line).length === columns.length)).toBe(true);
    expect(rows.find((r) => r.iso3 === "KOR")!.country).toBe("Korea, Rep.");
  });

  it("reproduces tier_published from overall_score for all 192 countries with a tier", () => {
    const withTier = rows.filter((r) => r.tier_published !== "");
    const matches = withTier.filter((r) => tierFor(Number(r.overall_score), GCI_2024_TIERS).tier === Number(r.tier_published));
    const mismatches = withTier.filter((r) => !matches.includes(r)).map((r) => `${r.iso3} ${r.overall_score} ${r.tier_published}`);
    expect(mismatches).toEqual([]);
    expect(withTier).toHaveLength(192);
    expect(matches).toHaveLength(192);
  });

  it("labels match the published labels", () => {
    for (const r of rows.filter((row) => row.tier_published !== "")) {
      expect(tierFor(Number(r.overall_score), GCI_2024_TIERS).label.en).toBe(r.tier_label);
    }
  });
});
