import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { seedCountries } from "@/lib/seed/seed-countries";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { db } from "@/lib/server/db";
import { formatImportReport, importReference } from "@/lib/server/reference/import-reference";
import { makeUser } from "../support/factories";

const csv = (year: number) => readFileSync(path.resolve(process.cwd(), `../shared/data/gci-published/gci-${year}.csv`), "utf8");

beforeAll(async () => {
  await seedCountries(db());
  await seedQuestionnaires();
});

describe("importing published GCI results", () => {
  it("upserts 194 rows of 2024 and reproduces 192 of 192 published tiers; a second import updates", async () => {
    const first = await importReference(SYSTEM_ACTOR, { csv: csv(2024), edition: 2024, source: "gci-2024.csv" });
    expect(formatImportReport(first)).toBe("imported 194 rows (edition 2024); tier rules reproduce 192 of 192 published tiers");
    expect(await db().referenceResult.count({ where: { edition: 2024 } })).toBe(194);
    const again = await importReference(SYSTEM_ACTOR, { csv: csv(2024), edition: 2024, source: "gci-2024.csv" });
    expect([again.imported, again.created, again.updated]).toEqual([194, 0, 194]);
    expect(await db().referenceResult.count({ where: { edition: 2024 } })).toBe(194);
    const ken = await db().referenceResult.findUniqueOrThrow({ where: { edition_iso3: { edition: 2024, iso3: "KEN" } } });
    expect(ken.tier).not.toBeNull();
  });

  it("imports 2020 with ranks and no tiers", async () => {
    const report = await importReference(SYSTEM_ACTOR, { csv: csv(2020), edition: 2020, source: "gci-2020.csv" });
    expect([report.imported, report.tiers.published]).toEqual([194, 0]);
    const bhs = await db().referenceResult.findUniqueOrThrow({ where: { edition_iso3: { edition: 2020, iso3: "BHS" } } });
    expect([bhs.rank, bhs.tier, bhs.overall]).toEqual([147, null, 13.37]);
    // The five pairs printed with each other's scores are imported as published, and the admin is told.
    expect(report.inversions.map((p) => [p.above.iso3, p.below.iso3])).toEqual([
      ["IND", "TUR"],
      ["VNM", "SWE"],
      ["IRN", "GEO"],
      ["KWT", "DOM"],
      ["NER", "GAB"],
    ]);
    const ind = await db().referenceResult.findUniqueOrThrow({ where: { edition_iso3: { edition: 2020, iso3: "IND" } } });
    expect([ind.rank, ind.overall]).toEqual([10, 97.49]);
    expect(formatImportReport(report).split("\n").slice(1, 3)).toEqual([
      "warning: 5 place(s) where the published rank and score disagree (imported as published):",
      "  IND rank 10 has 97.49, below TUR rank 11 with 97.5",
    ]);
  });

  it("writes nothing when a row is broken, and refuses non-admins", async () => {
    const broken = csv(2024).replace("AFG,Afghanistan,2024,18.42", "AFG,Afghanistan,2024,lots");
    await expect(importReference(SYSTEM_ACTOR, { csv: broken, edition: 2019, source: "x" })).rejects.toThrow(/line 2, overall_score/);
    expect(await db().referenceResult.count({ where: { edition: 2019 } })).toBe(0);
    const reviewer = await makeUser("reviewer");
    await expect(importReference(reviewer, { csv: csv(2024), edition: 2024, source: "x" })).rejects.toThrow(/Only admins/);
  });
});
