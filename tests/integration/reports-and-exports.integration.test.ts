import { beforeAll, describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TAnswers } from "@/lib/questionnaire/model";
import { answersTemplate } from "@/lib/scoring/templates";
import { db } from "@/lib/server/db";
import { loadPlan } from "@/lib/server/plans/load-plan";
import { loadCountryReport } from "@/lib/server/reports/load-country-report";
import { countryReportPdf } from "@/lib/server/reports/report-pdf";
import { answersCsv, exportAnswers } from "@/lib/server/exports/export-answers";
import { exportScores, scoresCsv } from "@/lib/server/scores/export-scores";
import { openTestCycle, recordScoreOf } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let cycleId = "";
let ids: Record<string, string> = {};

/** Writes answers and the stored score the way saving and validating leave them. */
async function fill(id: string, answers: TAnswers, status: string) {
  await db().answer.createMany({
    data: Object.entries(answers)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([questionId, v]) => ({ assessmentId: id, questionId, value: JSON.stringify(v) })),
  });
  await db().assessment.update({ where: { id }, data: { status } });
  await recordScoreOf(id);
}

beforeAll(async () => {
  ({ cycleId, byCountry: ids } = await openTestCycle(["KEN", "GHA", "FRA"]));
  const version = await loadVersion("five-pillars@2024");
  await fill(ids.KEN!, answersTemplate(version, "best"), "validated");
  await fill(ids.GHA!, answersTemplate(version, "worst"), "validated");
  await fill(ids.FRA!, answersTemplate(version, "worst"), "draft");
});

describe("country reports", () => {
  it("gives reviewers the full report with region (Africa) and world averages of validated assessments", async () => {
    const reviewer = await makeUser("reviewer");
    const report = await loadCountryReport(reviewer, ids.KEN!);
    expect(report.full).toBe(true);
    expect(report.data.overall).toBe(100);
    expect(report.data.averages).toMatchObject({ regionCount: 2, worldCount: 2, regionOverall: 50, worldOverall: 50 });
    expect(report.data.radar[0]).toMatchObject({ pillar: "legal", country: 20, region: 10, world: 10 });
    const fra = await loadCountryReport(reviewer, ids.FRA!);
    expect(fra.data.flags.length).toBeGreaterThan(0);
    expect(fra.data.nextSteps).toHaveLength(10);
  });

  it("shows another country only validated aggregates, and nothing before validation", async () => {
    const focalFra = await makeUser("focal-point", { country: "FRA" });
    const ghana = await loadCountryReport(focalFra, ids.GHA!);
    expect(ghana.full).toBe(false);
    expect([ghana.data.flags, ghana.data.nextSteps, ghana.data.strengths]).toEqual([[], [], []]);
    expect(ghana.data.pillars.map((p) => p.score)).toEqual([0, 0, 0, 0, 0]);
    const focalKen = await makeUser("focal-point", { country: "KEN" });
    await expect(loadCountryReport(focalKen, ids.FRA!)).rejects.toThrow(/not found/);
    expect((await loadCountryReport(focalFra, ids.FRA!)).full).toBe(true);
  });

  it("renders the PDF", async () => {
    const reviewer = await makeUser("reviewer");
    const { pdf, fileName } = await countryReportPdf(reviewer, ids.FRA!, "fr");
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(fileName).toMatch(/^report-FRA-test-cycle-[a-z0-9-]+\.pdf$/);
  });
});

describe("plans and open data", () => {
  it("builds a plan for a region: Ghana raises flags Kenya does not", async () => {
    const reviewer = await makeUser("reviewer");
    const loaded = await loadPlan(reviewer, { cycle: cycleId, region: "africa" });
    expect(loaded.plan.countries.map((c) => c.iso3)).toEqual(["GHA", "KEN"]);
    expect(loaded.plan.flags.length).toBeGreaterThan(0);
    expect(loaded.plan.flags.every((f) => f.countries.join() === "GHA")).toBe(true);
    const chosen = await loadPlan(reviewer, { cycle: cycleId, countries: "fra, gha" });
    expect(chosen.plan.countries.map((c) => c.iso3)).toEqual(["FRA", "GHA"]);
    await expect(loadPlan(await makeUser("focal-point", { country: "KEN" }), { cycle: cycleId })).rejects.toThrow(/Only reviewers/);
  });

  it("exports every level for reviewers; others get their own country in full and other validated countries' overall and pillar scores", async () => {
    const reviewer = await makeUser("reviewer");
    const all = await exportScores(reviewer, cycleId);
    expect([...new Set(all.rows.map((r) => r.iso3))]).toEqual(["FRA", "GHA", "KEN"]);
    expect([...new Set(all.rows.map((r) => r.level))]).toEqual(["overall", "pillar", "indicator", "question"]);
    const ken = all.rows.filter((r) => r.iso3 === "KEN" && r.level === "pillar").map((r) => r.score);
    expect(ken).toEqual([20, 20, 20, 20, 20]);

    const focalFra = await makeUser("focal-point", { country: "FRA" });
    const seen = await exportScores(focalFra, cycleId);
    const levels = (iso3: string) => [...new Set(seen.rows.filter((r) => r.iso3 === iso3).map((r) => r.level))];
    expect([...new Set(seen.rows.map((r) => r.iso3))]).toEqual(["FRA", "GHA", "KEN"]);
    expect(levels("FRA")).toEqual(["overall", "pillar", "indicator", "question"]); // own draft, in full
    expect(levels("GHA")).toEqual(["overall", "pillar"]); // validated, and only what its report shows
    expect(scoresCsv(seen.rows).split("\r\n").slice(0, 2)).toEqual([
      "iso3,status,basis,demo,level,id,pillar,score,maxPoints",
      "FRA,draft,self-reported,false,overall,overall,,0,100",
    ]);

    const focalKen = await makeUser("focal-point", { country: "KEN" });
    expect([...new Set((await exportScores(focalKen, cycleId)).rows.map((r) => r.iso3))]).toEqual(["GHA", "KEN"]); // FRA is a draft
  });

  it("exports answers with credit, points and evidence: every country for reviewers, only their own for a focal point", async () => {
    const reviewer = await makeUser("reviewer");
    const version = await loadVersion("five-pillars@2024");
    const firstQuestion = version.questions[0]!.id;
    await db().answer.update({
      where: { assessmentId_questionId: { assessmentId: ids.KEN!, questionId: firstQuestion } },
      data: { comment: "=cmd|' /C calc'!A0" },
    });
    await db().evidence.create({ data: { assessmentId: ids.KEN!, questionId: firstQuestion, kind: "link", url: "https://example.org/law" } });
    await db().evidence.create({
      data: { assessmentId: ids.KEN!, questionId: firstQuestion, kind: "link", url: "https://example.org/removed", deletedAt: new Date() },
    });

    const all = await exportAnswers(reviewer, cycleId);
    expect(all.rows).toHaveLength(3 * version.questions.length);
    const kenFirst = all.rows.find((r) => r.iso3 === "KEN" && r.question === firstQuestion)!;
    expect(kenFirst).toMatchObject({ status: "validated", demo: false, links: ["https://example.org/law"], comment: "=cmd|' /C calc'!A0" });
    expect(kenFirst.credit).toBe(1);
    expect(Math.abs(kenFirst.points - kenFirst.maxPoints)).toBeLessThan(0.015); // both shown at 2 decimals
    const csv = answersCsv(all).split("\r\n");
    expect(csv[0]).toBe(
      "iso3,status,demo,pillar,indicator,question,type,value,answered,applicable,credit,points,maxPoints,comment,provenance,countryConfirmed,sourceUrl,sourceTitle,sourceAccessedOn,links,files",
    );
    // The country's own answer: provenance "country", no desk-research source.
    expect(csv.find((l) => l.startsWith(`KEN,validated,false,`) && l.includes(`,${firstQuestion},`))).toContain(
      ",'=cmd|' /C calc'!A0,country,false,,,,https://example.org/law,",
    );

    const focalKen = await makeUser("focal-point", { country: "KEN" });
    expect([...new Set((await exportAnswers(focalKen, cycleId)).rows.map((r) => r.iso3))]).toEqual(["KEN"]);
    const contributorFra = await makeUser("contributor", { country: "FRA", pillars: ["legal"] });
    expect([...new Set((await exportAnswers(contributorFra, cycleId)).rows.map((r) => r.iso3))]).toEqual(["FRA"]);
    await expect(exportAnswers(reviewer, "no-such-cycle")).rejects.toThrow(/Unknown cycle/);
  });
});
