// The country report compares a cycle with the published GCI edition its questionnaire follows
// (issue 16, item 5): a 2020-edition cycle shows GCI 2020 (rank and score, no tier), never 2024's.
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "@/lib/authz/policy";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { db } from "@/lib/server/db";
import { loadCountryReport } from "@/lib/server/reports/load-country-report";
import { getCompareData } from "@/lib/server/dashboards/get-compare-data";
import { importQuestionnaireVersion } from "@/lib/server/questionnaires/import-questionnaire-version";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

const row = (edition: number, overall: number, tier: number | null, rank: number | null) => ({
  edition,
  iso3: "GHA",
  overall,
  legal: 19,
  technical: 17.5,
  organizational: 16,
  capacityDevelopment: 15,
  cooperation: overall - 67.5,
  tier,
  rank,
  source: "test",
});

let reviewer: TActor;
let on2020: string;
let on2024: string;

// The shipped editions under versions of their own (2030 from the 2020 edition, 2031 from 2024),
// whose published results only this file writes: reference-import loads the real GCI 2020 and
// 2024 results, maybe at this very moment, and they must stay as published.
const OLD = 2030;
const NEW = 2031;

async function ownVersion(shipped: string, version: number) {
  const v = await loadVersion(shipped);
  await importQuestionnaireVersion(SYSTEM_ACTOR, {
    ...v,
    id: "reference-test",
    key: `reference-test@${version}`,
    version: String(version),
    hash: `reference-test-${version}`,
    status: "published",
  });
  return `reference-test@${version}`;
}

beforeAll(async () => {
  reviewer = await makeUser("reviewer");
  on2020 = (await openTestCycle(["GHA"], { questionnaire: await ownVersion("five-pillars@2020", OLD) })).byCountry.GHA!;
  on2024 = (await openTestCycle(["GHA"], { questionnaire: await ownVersion("five-pillars@2024", NEW) })).byCountry.GHA!;
  await db().referenceResult.deleteMany({ where: { iso3: "GHA", edition: { in: [OLD, NEW] } } });
});

describe("the published GCI beside the report", () => {
  it("is absent while the cycle's edition is not imported, even if another edition is", async () => {
    await db().referenceResult.create({ data: row(NEW, 99.27, 1, null) });
    expect((await loadCountryReport(reviewer, on2020)).reference).toBeNull();
    expect((await loadCountryReport(reviewer, on2024)).reference).toMatchObject({ edition: NEW, overall: 99.27, tier: 1 });
  });

  it("is the cycle's own edition once imported: 2020 has a rank and no tier", async () => {
    await db().referenceResult.create({ data: row(OLD, 86.69, null, 43) });
    expect((await loadCountryReport(reviewer, on2020)).reference).toMatchObject({ edition: OLD, overall: 86.69, tier: null, rank: 43 });
    expect((await loadCountryReport(reviewer, on2024)).reference).toMatchObject({ edition: NEW });
  });
});

describe("the published GCI beside the comparison", () => {
  it("follows the chosen country with the edition of the cycle: 2020 with its rank, 2024 with its tier, pillar by pillar", async () => {
    const cycleOf = async (id: string) => (await db().assessment.findUniqueOrThrow({ where: { id }, select: { cycleId: true } })).cycleId;
    const on2024Data = await getCompareData(reviewer, { cycle: await cycleOf(on2024), countries: ["GHA"], locale: "en" });
    expect(on2024Data.series.map((s) => s.id)).toEqual(["GHA", "published:GHA"]);
    expect(on2024Data.series[1]).toMatchObject({ overall: 99.27, published: { edition: NEW, tier: 1, rank: null } });
    expect(on2024Data.series[1]!.pillars).toMatchObject({ legal: 19, technical: 17.5, organizational: 16, "capacity-development": 15 });
    expect(on2024Data.series[1]!.pillars!.cooperation).toBeCloseTo(31.77, 2);
    // Drawn on the radar like any other row.
    expect(on2024Data.rows[0]).toHaveProperty("published:GHA", 19);

    const on2020Data = await getCompareData(reviewer, { cycle: await cycleOf(on2020), countries: ["GHA"], locale: "en" });
    expect(on2020Data.series[1]).toMatchObject({ overall: 86.69, published: { edition: OLD, tier: null, rank: 43 } });
  });
});
