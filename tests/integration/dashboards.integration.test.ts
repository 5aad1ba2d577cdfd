import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { getCompareData } from "@/lib/server/dashboards/get-compare-data";
import { getGapsData } from "@/lib/server/dashboards/get-gaps-data";
import { getOverviewData } from "@/lib/server/dashboards/get-overview-data";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { answersTemplate } from "@/lib/scoring/templates";
import { openTestCycle, recordScoreOf } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let cycleId: string;
let focalKen: TActor;
let contributorKen: TActor;
let reviewer: TActor;
let admin: TActor;

/** Scores an assessment from template answers and puts it in a status (answers are stored too). */
async function score(id: string, kind: "best" | "worst", status: string) {
  const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const answers = answersTemplate(version, kind);
  await db().answer.createMany({
    data: Object.entries(answers).map(([questionId, value]) => ({ assessmentId: id, questionId, value: JSON.stringify(value) })),
  });
  await db().assessment.update({ where: { id }, data: { status, validatedAt: status === "validated" ? new Date() : null } });
  await recordScoreOf(id);
}

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA", "GHA", "DEU"], { opensOn: "2090-01-01", closesOn: "2099-12-31" });
  cycleId = cycle.cycleId;
  await score(cycle.byCountry.KEN!, "worst", "submitted");
  await score(cycle.byCountry.FRA!, "worst", "in-review");
  await score(cycle.byCountry.GHA!, "best", "validated");
  await score(cycle.byCountry.DEU!, "worst", "validated");
  focalKen = await makeUser("focal-point", { country: "KEN" });
  contributorKen = await makeUser("contributor", { country: "KEN", pillars: ["legal"] });
  reviewer = await makeUser("reviewer");
  admin = await makeUser("admin");
});

const isos = (items: { iso3: string }[]) => items.map((i) => i.iso3).sort();

describe("dashboard visibility", () => {
  it.each([
    ["focal point of KEN", () => focalKen, ["DEU", "GHA", "KEN"]],
    ["contributor of KEN", () => contributorKen, ["DEU", "GHA", "KEN"]],
    ["reviewer", () => reviewer, ["DEU", "FRA", "GHA", "KEN"]],
    ["admin", () => admin, ["DEU", "FRA", "GHA", "KEN"]],
  ] as const)("overview: the %s sees %j", async (_, actor, expected) => {
    const data = await getOverviewData(actor(), { cycle: cycleId, locale: "en" });
    expect(data.empty).toBe(false);
    if (data.empty) return;
    expect(isos(data.map)).toEqual(expected);
    expect(data.total).toBe(expected.length);
    // Averages describe validated results only, the same for everyone.
    expect(data.global.count).toBe(2);
  });

  it("the KEN focal point gets France's scores only once validated, and never answers", async () => {
    const before = await getCompareData(focalKen, { cycle: cycleId, countries: ["KEN", "FRA", "GHA"], locale: "en" });
    const fra = before.series.find((s) => s.id === "FRA")!;
    expect(fra).toMatchObject({ overall: null, pillars: null, status: null });
    expect(before.series.find((s) => s.id === "KEN")).toMatchObject({ status: "submitted" });
    expect(before.series.find((s) => s.id === "GHA")!.pillars).not.toBeNull();
    expect(before.trends.find((t) => t.iso3 === "FRA")!.points.map((p) => p.cycle)).not.toContain(before.cycle!.name);
    expect(before.trends.find((t) => t.iso3 === "KEN")!.points.map((p) => p.cycle)).toContain(before.cycle!.name);
    const gaps = await getGapsData(focalKen, { cycle: cycleId, locale: "en" });
    expect(gaps.map.rows.map((r) => r.iso3)).not.toContain("FRA");
    expect(gaps.map.rows.map((r) => r.iso3)).toContain("KEN");
    expect(JSON.stringify([before, gaps])).not.toMatch(/"answers"|"value"/);

    await db().assessment.update({ where: { countryIso3_cycleId: { cycleId, countryIso3: "FRA" } }, data: { status: "validated", validatedAt: new Date() } });
    const after = await getCompareData(focalKen, { cycle: cycleId, countries: ["FRA"], locale: "en" });
    expect(after.series[0]).toMatchObject({ id: "FRA", status: "validated" });
    expect(after.series[0]!.pillars).not.toBeNull();
    expect(after.rows.map((r) => r.FRA)).toEqual(Object.values(after.series[0]!.pillars!));
    const gapsAfter = await getGapsData(focalKen, { cycle: cycleId, locale: "en" });
    expect(gapsAfter.map.rows.map((r) => r.iso3)).toContain("FRA");
    expect(Object.keys(gapsAfter.map.rows.find((r) => r.iso3 === "FRA")!).sort()).toEqual(["cells", "iso3", "name", "region", "tier", "total"]);
  });

  it("the reviewer compares a country with its region and the world, and filters gaps by region and tier", async () => {
    const data = await getCompareData(reviewer, { cycle: cycleId, countries: ["KEN"], regions: ["africa"], global: true, locale: "en" });
    // The published GCI row follows Kenya only where another test imported Kenya's reference result (report-reference-edition checks it).
    expect(data.series.map((s) => s.id).filter((id) => !id.startsWith("published:"))).toEqual(["KEN", "region:africa", "global"]);
    expect(data.rows).toHaveLength(5);
    const gaps = await getGapsData(reviewer, { cycle: cycleId, locale: "en", region: "africa" });
    expect(gaps.map.rows.every((r) => r.region === "africa")).toBe(true);
    const flag = gaps.map.flags[0]!.id;
    const flagged = await getGapsData(reviewer, { cycle: cycleId, locale: "en", flag, region: "africa", tier: 5 });
    expect(flagged.flagged.length).toBeGreaterThan(0);
    expect(flagged.flagged.every((c) => c.region === "africa" && c.tier === 5)).toBe(true);
    expect(gaps.rules.length).toBeGreaterThan(10);
  });
});
