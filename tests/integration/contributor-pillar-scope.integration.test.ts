// A contributor assigned to Legal and Technical reads exactly what they may write: the answers,
// comments, evidence, history and audit entries of those two pillars, in every read path (API
// detail, pages' data, exports, evidence, history, audit, report). The focal point, reviewers and
// admins read all five. Runs on SQLite and PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAssessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import type { TActor } from "@/lib/authz/policy";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { assessmentPageData } from "@/lib/server/assessments/assessment-page-data";
import { answerHistory } from "@/lib/server/assessments/answer-history";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { findVisibleEvidence } from "@/lib/server/evidence/evidence-access";
import { listEvidence } from "@/lib/server/evidence/list-evidence";
import { exportAnswers } from "@/lib/server/exports/export-answers";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { loadCountryReport } from "@/lib/server/reports/load-country-report";
import { auditTrail } from "@/lib/server/review/audit-trail";
import { postComment, reviewState } from "@/lib/server/review/post-comment";
import { exportScores } from "@/lib/server/scores/export-scores";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { apiRequest, jsonOf, routeContext } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let id: string;
let cycleId: string;
let focal: TActor;
let contributor: TActor;
let reviewer: TActor;
let pillarOf: (questionId: string) => string;
let hiddenEvidence: string;
let ownEvidence: string;

const MINE = ["legal", "technical"];
const ALL = ["legal", "technical", "organizational", "capacity-development", "cooperation"];
// One scale question in each pillar of five-pillars@2024.
const QUESTIONS = ["data-protection-law", "national-cirt", "national-strategy-adopted", "professional-training-programmes", "bilateral-agreements"];
const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code ?? String(e),
  );

beforeAll(async () => {
  ({
    cycleId,
    byCountry: { UGA: id },
  } = (await openTestCycle(["UGA"])) as { cycleId: string; byCountry: { UGA: string } });
  focal = await makeUser("focal-point", { country: "UGA" });
  contributor = await makeUser("contributor", { country: "UGA", pillars: ["legal", "technical"] });
  reviewer = await makeUser("reviewer");
  const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  pillarOf = (q) => version.questionById[q]!.pillar;
  for (const q of QUESTIONS) {
    if (!version.questionById[q]) throw new Error(`fixture: no question ${q}`);
    await saveAnswer(focal, id, q, { value: "not-in-place", revision: 0 });
    await postComment(focal, id, q, { body: `note on ${q}` });
  }
  hiddenEvidence = (await addEvidenceLink(focal, id, { questionId: "national-strategy-adopted", url: "https://gov.example.ug/strategy" })).id;
  ownEvidence = (await addEvidenceLink(focal, id, { questionId: "national-cirt", url: "https://cirt.example.ug" })).id;
});

describe("a contributor reads their own pillars only", () => {
  it("API detail and the assessment document: answers and flags of Legal and Technical", async () => {
    const token = (await createApiToken(contributor, { name: "scope" })).secret;
    const res = await jsonOf(await getAssessmentRoute(apiRequest(token, `/api/v1/assessments/${id}`), routeContext({ id })));
    expect(Object.keys(res.answers).map(pillarOf).sort()).toEqual([...MINE].sort());
    const doc = await assessmentDocument(contributor, id);
    expect(new Set(Object.keys(doc.answers).map(pillarOf))).toEqual(new Set(MINE));
    expect(doc.score.selfReported.flags.map((f) => f.id)).not.toContain("no-national-strategy");
    expect(doc.score.selfReported.flags.map((f) => f.id)).toContain("no-national-cirt");
    // Scores are aggregates, the same for everyone who sees the assessment.
    expect(doc.score.selfReported.overall).toBe((await assessmentDocument(focal, id)).score.selfReported.overall);
  });

  it("the pages' data (what is serialized into the pillar and overview pages)", async () => {
    const data = await assessmentPageData(contributor, id);
    const serialized = JSON.stringify({ ...data, record: undefined });
    for (const q of ["national-strategy-adopted", "professional-training-programmes", "bilateral-agreements"])
      expect(serialized).not.toContain(`"${q}":{"value"`);
    expect(new Set(Object.keys(data.initial).map(pillarOf))).toEqual(new Set(MINE));
    expect(new Set(data.assessment.answers.map((a) => pillarOf(a.questionId)))).toEqual(new Set(MINE));
    expect(data.visiblePillars).toEqual(MINE);
  });

  it("threads, verdicts and evidence", async () => {
    const state = await reviewState(contributor, id);
    expect(new Set(Object.keys(state.threads).map(pillarOf))).toEqual(new Set(MINE));
    const evidence = await listEvidence(contributor, id);
    expect(Object.keys(evidence)).toEqual(["national-cirt"]);
    expect(await code(findVisibleEvidence(contributor, hiddenEvidence))).toBe("not-found");
    expect(await code(findVisibleEvidence(contributor, ownEvidence))).toBe("ok");
  });

  it("history and the audit trail", async () => {
    expect(await code(answerHistory(contributor, id, "national-strategy-adopted"))).toBe("not-found");
    expect((await answerHistory(contributor, id, "national-cirt")).length).toBe(1);
    const trail = await auditTrail(contributor, id);
    const about = trail.flatMap((r) => (typeof r.data.questionId === "string" ? [pillarOf(r.data.questionId)] : []));
    expect(about.length).toBeGreaterThan(0);
    expect(new Set(about)).toEqual(new Set(MINE));
  });

  it("the answers and scores exports", async () => {
    const answers = await exportAnswers(contributor, cycleId);
    expect(new Set(answers.rows.map((r) => r.pillar))).toEqual(new Set(["legal", "technical"]));
    const scores = await exportScores(contributor, cycleId);
    const detail = scores.rows.filter((r) => r.level === "question" || r.level === "indicator");
    expect(new Set(detail.map((r) => r.pillar))).toEqual(new Set(["legal", "technical"]));
    expect(scores.rows.filter((r) => r.level === "pillar")).toHaveLength(5);
  });

  it("the country report's details", async () => {
    const report = await loadCountryReport(contributor, id);
    expect(report.data.flags.map((f) => f.id)).not.toContain("no-national-strategy");
    expect(report.data.nextSteps.every((s) => ["legal", "technical"].includes(s.pillar))).toBe(true);
    expect(report.data.evidence.organizational).toEqual({ links: 0, documents: 0 });
  });
});

describe("the focal point and reviewers read all five pillars", () => {
  it.each([
    ["focal point", () => focal],
    ["reviewer", () => reviewer],
  ])("%s", async (_, who) => {
    const doc = await assessmentDocument(who(), id);
    expect(new Set(Object.keys(doc.answers).map(pillarOf))).toEqual(new Set(ALL));
    expect(Object.keys(await listEvidence(who(), id)).sort()).toEqual(["national-cirt", "national-strategy-adopted"]);
    expect((await answerHistory(who(), id, "national-strategy-adopted")).length).toBe(1);
    const report = await loadCountryReport(who(), id);
    expect(report.data.flags.map((f) => f.id)).toContain("no-national-strategy");
  });
});
