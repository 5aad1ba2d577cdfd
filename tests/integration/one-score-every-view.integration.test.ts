// One assessment, adjusted by a reviewer and validated, read through every view: the detail, the
// list, the dashboards, the gaps page, the plan, the scores export (JSON, CSV, XLSX), the report and
// its PDF text, and the JSON API. Each must show the same validated overall and pillar scores and
// the same flags. Runs on SQLite and PostgreSQL with the rest of the integration suite.
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAssessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import { GET as listAssessmentsRoute } from "@/app/api/v1/assessments/route";
import { GET as scoresRoute } from "@/app/api/v1/scores/route";
import { GET as publicScoresRoute } from "@/app/api/v1/public/scores/route";
import { GET as publicCountryRoute } from "@/app/api/v1/public/countries/[iso3]/route";
import { setPublicConsent } from "@/lib/server/assessments/set-public-consent";
import { publishCycle } from "@/lib/server/cycles/publish-cycle";
import { loadPublicCountry } from "@/lib/server/public/load-public-country";
import type { TActor } from "@/lib/authz/policy";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { answersTemplate } from "@/lib/scoring/templates";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { getCompareData } from "@/lib/server/dashboards/get-compare-data";
import { getGapsData } from "@/lib/server/dashboards/get-gaps-data";
import { getOverviewData } from "@/lib/server/dashboards/get-overview-data";
import { db } from "@/lib/server/db";
import { parseStoredScore } from "@/lib/assessments/stored-score";
import { loadPlan } from "@/lib/server/plans/load-plan";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { loadCountryReport } from "@/lib/server/reports/load-country-report";
import { countryReportPdf } from "@/lib/server/reports/report-pdf";
import { reviewAnswer } from "@/lib/server/review/review-answer";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { exportScores } from "@/lib/server/scores/export-scores";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { apiRequest, jsonOf, routeContext } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

const KEYS = PILLAR_IDS;
type TView = { overall: number; pillars: Record<TPillarId, number>; flags: string[] };

let id: string;
let cycleId: string;
let reviewer: TActor;
let focal: TActor;
let token: string;
let expected: TView;
let selfReported: TView;

const sorted = (flags: readonly string[]) => [...new Set(flags)].sort();

beforeAll(async () => {
  // A cycle of its own, with one country, so the dashboards' averages are this country's scores.
  ({
    cycleId,
    byCountry: { NAM: id },
  } = (await openTestCycle(["NAM"])) as { cycleId: string; byCountry: { NAM: string } });
  focal = await makeUser("focal-point", { country: "NAM" });
  reviewer = await makeUser("reviewer");
  token = (await createApiToken(reviewer, { name: "views" })).secret;
  const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  for (const [questionId, value] of Object.entries(answersTemplate(version, "best"))) await saveAnswer(focal, id, questionId, { value, revision: 0 });
  for (const q of version.questions.filter((q) => q.evidence)) {
    const file = q.evidence === "document";
    await db().evidence.create({
      data: file
        ? { assessmentId: id, questionId: q.id, kind: "file", fileName: `${q.id}.pdf`, size: 1, mimeType: "application/pdf", storageKey: `test/${q.id}` }
        : { assessmentId: id, questionId: q.id, kind: "link", url: `https://gov.example.na/${q.id}` },
    });
  }
  await submitAssessment(focal, id);
  await transitionAssessment(reviewer, id, "start-review");
  await reviewAnswer(reviewer, id, "data-protection-law", { state: "accepted" });
  // The reviewer lowers one answer: the validated score drops and a critical gap appears.
  await reviewAnswer(reviewer, id, "national-cirt", { state: "adjusted", value: "not-in-place", reason: "The CIRT is planned, not operating" });
  await transitionAssessment(reviewer, id, "validate");

  const doc = await assessmentDocument(reviewer, id);
  expect(doc.score.basis).toBe("validated");
  expected = { overall: doc.score.validated!.overall, pillars: doc.score.validated!.pillars, flags: sorted(doc.score.validated!.flags.map((f) => f.id)) };
  selfReported = {
    overall: doc.score.selfReported.overall,
    pillars: doc.score.selfReported.pillars,
    flags: sorted(doc.score.selfReported.flags.map((f) => f.id)),
  };
});

describe("the validated score is the same in every view", () => {
  it("differs from the self-reported one, so the views below could tell them apart", () => {
    expect(expected.overall).toBeLessThan(selfReported.overall);
    expect(expected.pillars.technical).toBeLessThan(selfReported.pillars.technical);
    expect(expected.flags).toContain("no-national-cirt");
    expect(selfReported.flags).not.toContain("no-national-cirt");
  });

  it("the stored columns and the assessments list", async () => {
    const row = await db().assessment.findUniqueOrThrow({ where: { id } });
    expect(row.overallScore).toBe(expected.overall);
    const listed = (await listAssessments(reviewer, { cycle: cycleId })).assessments.find((a) => a.id === id)!;
    expect(listed.score).toEqual({ basis: "validated", overall: expected.overall, tier: row.tier, pillars: expected.pillars });
  });

  it("the JSON API: detail and list", async () => {
    const detail = await jsonOf(await getAssessmentRoute(apiRequest(token, `/api/v1/assessments/${id}`), routeContext({ id })));
    expect(detail.score.validated).toMatchObject({ overall: expected.overall, pillars: expected.pillars });
    expect(sorted(detail.score.validated.flags.map((f: { id: string }) => f.id))).toEqual(expected.flags);
    expect(detail.score.selfReported.overall).toBe(selfReported.overall);
    // One spelling of each pillar id, as in files and URLs.
    expect(Object.keys(detail.score.validated.pillars)).toEqual([...KEYS]);
    expect(JSON.stringify(detail)).not.toMatch(/capacityDevelopment/);
    const list = await jsonOf(await listAssessmentsRoute(apiRequest(token, `/api/v1/assessments?cycle=${cycleId}`), routeContext({})));
    expect(list.assessments.find((a: { id: string }) => a.id === id).score).toMatchObject({ basis: "validated", overall: expected.overall });
  });

  it("the dashboards: overview map and averages, comparison", async () => {
    const overview = await getOverviewData(reviewer, { cycle: cycleId, locale: "en" });
    if (overview.empty) throw new Error("overview is empty");
    const spot = overview.map.find((m) => m.assessmentId === id)!;
    expect(spot.overall).toBe(expected.overall);
    expect(spot.pillars!.technical).toBe(expected.pillars.technical);
    expect(overview.global.overall).toBeCloseTo(expected.overall, 1);
    const compare = await getCompareData(reviewer, { cycle: cycleId, countries: ["NAM"], locale: "en" });
    const series = compare.series.find((s) => s.id === "NAM")!;
    expect(series.overall).toBe(expected.overall);
    expect(KEYS.map((k) => series.pillars![k])).toEqual(KEYS.map((k) => expected.pillars[k]));
  });

  it("the gaps page", async () => {
    const gaps = await getGapsData(reviewer, { cycle: cycleId, locale: "en", flag: "no-national-cirt" });
    expect(gaps.flagged.map((f) => f.assessmentId)).toEqual([id]);
    const row = gaps.map.rows.find((r) => r.iso3 === "NAM")!;
    expect(sorted(gaps.map.flags.filter((_, i) => row.cells[i]).map((f) => f.id))).toEqual(expected.flags);
  });

  it("the plan", async () => {
    const { plan } = await loadPlan(reviewer, { cycle: cycleId });
    const country = plan.countries.find((c) => c.id === id)!;
    expect(country.overall).toBe(expected.overall);
    expect(country.flags).toBe(expected.flags.length);
    expect(plan.flags.map((f) => f.id)).toEqual(expect.arrayContaining(expected.flags));
  });

  it("the scores export as JSON, CSV and XLSX", async () => {
    const json = await exportScores(reviewer, cycleId);
    const mine = json.rows.filter((r) => r.iso3 === "NAM" && (r.level === "overall" || r.level === "pillar"));
    expect(mine.every((r) => r.basis === "validated")).toBe(true);
    const fromRows = (rows: { level: string; id: string; score: number }[]) => ({
      overall: rows.find((r) => r.level === "overall")!.score,
      pillars: Object.fromEntries(KEYS.map((k) => [k, rows.find((r) => r.level === "pillar" && r.id === k)!.score])),
    });
    expect(fromRows(mine)).toEqual({ overall: expected.overall, pillars: expected.pillars });

    const csv = await (await scoresRoute(apiRequest(token, `/api/v1/scores?cycle=${cycleId}&format=csv`), routeContext({}))).text();
    const [header, ...lines] = csv.trim().split(/\r\n/);
    const cols = header!.split(",");
    const csvRows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v]))).filter((r) => r.iso3 === "NAM");
    expect(fromRows(csvRows.map((r) => ({ level: r.level!, id: r.id!, score: Number(r.score) })))).toEqual({
      overall: expected.overall,
      pillars: expected.pillars,
    });
    expect(csvRows.every((r) => r.basis === "validated")).toBe(true);
    expect(csv).not.toMatch(/capacityDevelopment/);

    const xlsx = await (await scoresRoute(apiRequest(token, `/api/v1/scores?cycle=${cycleId}&format=xlsx`), routeContext({}))).arrayBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx);
    const sheet = book.worksheets[0]!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const xlsxRows: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) xlsxRows.push(Object.fromEntries((row.values as unknown[]).slice(1).map((v, i) => [head[i], v])));
    });
    const namRows = xlsxRows.filter((r) => r.iso3 === "NAM").map((r) => ({ level: String(r.level), id: String(r.id), score: Number(r.score) }));
    expect(fromRows(namRows)).toEqual({ overall: expected.overall, pillars: expected.pillars });
  });

  it("the country report and its PDF text", async () => {
    const report = await loadCountryReport(reviewer, id);
    expect(report.basis).toBe("validated");
    expect(report.data.overall).toBe(expected.overall);
    expect(Object.fromEntries(report.data.pillars.map((p) => [p.pillar, p.score]))).toEqual(expected.pillars);
    expect(sorted(report.data.flags.map((f) => f.id))).toEqual(expected.flags);

    const { pdf } = await countryReportPdf(reviewer, id, "en");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain(`${expected.overall.toFixed(2)} / 100`);
    expect(text).toContain("Score shown: Validated");
    for (const k of KEYS) expect(text).toContain(expected.pillars[k].toFixed(2));
    expect(text).not.toContain(`${selfReported.overall.toFixed(2)} / 100`);
  });

  it("the tier stability of the validated score: API, report and PDF agree", async () => {
    const detail = await jsonOf(await getAssessmentRoute(apiRequest(token, `/api/v1/assessments/${id}`), routeContext({ id })));
    const stability = detail.score.tierStability;
    expect(stability).toMatchObject({ overall: expected.overall, tier: detail.score.validated.tier, weightVariation: 0.1 });
    expect(stability.pointsAboveTierMin).toBeCloseTo(expected.overall - stability.tierMin, 2);
    const report = await loadCountryReport(reviewer, id);
    expect(report.tierStability).toEqual(stability);
    const { pdf } = await countryReportPdf(reviewer, id, "en");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text.replace(/\s+/g, " ")).toContain(`${stability.pointsAboveTierMin.toFixed(2)} points above the threshold of Tier ${stability.tier}`);
  });
});

describe("the maturity stage of each indicator is the same in every view", () => {
  it("comes from the validated answers: the reviewer's lowered CIRT answer leaves CIRTs at start-up, the rest at dynamic", async () => {
    const doc = await assessmentDocument(reviewer, id);
    const stages = Object.fromEntries(doc.score.maturity.map((m) => [m.indicator, m.stage]));
    expect(stages.cirts).toBe("start-up");
    expect(stages["cybercrime-substantive"]).toBe("dynamic");
    expect(doc.score.maturity.find((m) => m.indicator === "cirts")!.next).toMatchObject({ stage: "formative", missing: [{ question: "national-cirt" }] });
  });

  it("the API, the stored score, the report and its PDF, the comparison and the plan", async () => {
    const doc = await assessmentDocument(reviewer, id);
    const stages = Object.fromEntries(doc.score.maturity.map((m) => [m.indicator, m.stage]));
    const detail = await jsonOf(await getAssessmentRoute(apiRequest(token, `/api/v1/assessments/${id}`), routeContext({ id })));
    expect(detail.score.maturity).toEqual(doc.score.maturity);

    const row = await db().assessment.findUniqueOrThrow({ where: { id } });
    expect(parseStoredScore(row.scoreJson)!.maturity).toEqual(stages);

    const report = await loadCountryReport(reviewer, id);
    expect(Object.fromEntries(report.maturity.map((m) => [m.indicator, m.stage]))).toEqual(stages);
    const { pdf } = await countryReportPdf(reviewer, id, "en");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Maturity by indicator");
    expect(flat).toContain(`${report.version.indicatorById.cirts!.title.en}: Start-up`);
    expect(flat).toContain(`${report.version.indicatorById["cybercrime-substantive"]!.title.en}: Dynamic`);

    const compare = await getCompareData(reviewer, { cycle: cycleId, countries: ["NAM"], locale: "en" });
    expect(Object.fromEntries(compare.maturity!.indicators.map((i) => [i.id, i.stages[0]]))).toEqual(stages);

    const { plan } = await loadPlan(reviewer, { cycle: cycleId });
    expect(plan.moves).toEqual([
      expect.objectContaining({
        indicator: "cirts",
        from: "start-up",
        to: "formative",
        countries: ["NAM"],
        missing: [expect.objectContaining({ countries: ["NAM"] })],
      }),
    ]);
  });
});

describe("the public pages and open API show the same validated score once published", () => {
  it("the open scores list, the open country profile and the public page's data", async () => {
    await setPublicConsent(focal, id, { consent: true });
    await publishCycle(await makeUser("admin"), cycleId, { action: "publish", rule: "consented" });

    const list = await jsonOf(await publicScoresRoute(apiRequest(undefined, `/api/v1/public/scores?cycle=${cycleId}`), routeContext({})));
    const listed = list.countries.find((c: { iso3: string }) => c.iso3 === "NAM");
    expect(listed).toMatchObject({ overall: expected.overall, pillars: expected.pillars });

    const profile = await jsonOf(
      await publicCountryRoute(apiRequest(undefined, `/api/v1/public/countries/NAM?cycle=${cycleId}`), routeContext({ iso3: "NAM" })),
    );
    expect(profile).toMatchObject({ overall: expected.overall, pillars: expected.pillars });
    expect(profile.gaps.map((g: { id: string }) => g.id).sort()).toEqual(expected.flags);

    const page = await loadPublicCountry("NAM", cycleId);
    expect(page.data.overall).toBe(expected.overall);
    expect(Object.fromEntries(page.data.pillars.map((p) => [p.pillar, p.score]))).toEqual(expected.pillars);
  });
});
