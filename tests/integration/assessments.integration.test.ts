import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { answerHistory } from "@/lib/server/assessments/answer-history";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { checkSubmission, submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { answersTemplate } from "@/lib/scoring/templates";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let ken: string;
let cycleId: string;
let fra: string;
let focalKen: TActor;
let focalFra: TActor;
let contributorKen: TActor;
let reviewer: TActor;

const code = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: { code?: string }) => e.code ?? String(e),
  );

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA"]);
  ken = cycle.byCountry.KEN!;
  cycleId = cycle.cycleId;
  fra = cycle.byCountry.FRA!;
  focalKen = await makeUser("focal-point", { country: "KEN" });
  focalFra = await makeUser("focal-point", { country: "FRA" });
  contributorKen = await makeUser("contributor", { country: "KEN", pillars: ["legal", "technical"] });
  reviewer = await makeUser("reviewer");
});

describe("saving answers", () => {
  it("stores the answer with revision 1, keeps history, and updates the stored score", async () => {
    const saved = await saveAnswer(focalKen, ken, "national-cirt", { value: "in-place", revision: 0 });
    expect(saved).toMatchObject({ revision: 1, unchanged: false });
    const second = await saveAnswer(focalKen, ken, "national-cirt", { value: "partially-in-place", revision: 1 });
    expect(second.revision).toBe(2);
    const history = await answerHistory(reviewer, ken, "national-cirt");
    expect(history.map((h) => [h.revision, h.old, h.new])).toEqual([
      [2, "in-place", "partially-in-place"],
      [1, null, "in-place"],
    ]);
    const row = await db().assessment.findUniqueOrThrow({ where: { id: ken } });
    expect(row.overallScore).toBeGreaterThan(0);
    const doc = await assessmentDocument(focalKen, ken);
    expect(row.overallScore).toBe(doc.score.selfReported.overall);
    expect(row.scoredHash).toBe(doc.score.questionnaireHash);
  });

  it("is idempotent: the same value again changes nothing", async () => {
    const first = await saveAnswer(focalKen, ken, "lead-agency", { value: "in-place", revision: 0 });
    const retry = await saveAnswer(focalKen, ken, "lead-agency", { value: "in-place", revision: 0 });
    expect(retry).toMatchObject({ revision: first.revision, unchanged: true });
    expect(await db().answerChange.count({ where: { assessmentId: ken, questionId: "lead-agency" } })).toBe(1);
  });

  it("refuses a save over a newer revision with both values, and loses nothing", async () => {
    await saveAnswer(focalKen, ken, "data-protection-law", { value: "in-place", revision: 0 });
    const error = await saveAnswer(contributorKen, ken, "data-protection-law", { value: "not-in-place", revision: 0 }).catch((e) => e);
    expect(error).toMatchObject({ code: "conflict", details: { current: { value: "in-place", revision: 1 }, yours: { value: "not-in-place" } } });
    const doc = await assessmentDocument(focalKen, ken);
    expect(doc.answers["data-protection-law"]).toMatchObject({ value: "in-place", revision: 1 });
  });

  it.each([
    ["a value of the wrong type", () => saveAnswer(focalKen, ken, "national-cirt", { value: "yes", revision: 99 }), "invalid"],
    ["an unknown question", () => saveAnswer(focalKen, ken, "no-such-question", { value: "yes", revision: 0 }), "not-found"],
    [
      "a contributor outside their pillars",
      () => saveAnswer(contributorKen, ken, "national-strategy-adopted", { value: "in-place", revision: 0 }),
      "forbidden",
    ],
    ["another country's focal point", () => saveAnswer(focalFra, ken, "national-cirt", { value: "in-place", revision: 0 }), "not-found"],
    ["a reviewer", () => saveAnswer(reviewer, ken, "national-cirt", { value: "in-place", revision: 0 }), "forbidden"],
  ])("refuses %s", async (_label, attempt, expected) => {
    expect(await code(attempt())).toBe(expected);
  });

  it("a contributor saves in their own pillars", async () => {
    expect((await saveAnswer(contributorKen, ken, "ciip-obligations", { value: "in-progress", revision: 0 })).revision).toBe(1);
  });
});

describe("visibility", () => {
  it("a focal point lists and reads only their country; reviewers see all", async () => {
    expect((await listAssessments(focalKen, { limit: 200 })).assessments.every((a) => a.countryIso3 === "KEN")).toBe(true);
    expect((await listAssessments(reviewer, { cycle: cycleId })).assessments.map((a) => a.id)).toEqual(expect.arrayContaining([ken, fra]));
    expect(await code(assessmentDocument(focalKen, fra))).toBe("not-found");
  });
});

describe("submitting", () => {
  it("lists what is missing, refuses an incomplete submission, then accepts a complete one and locks it", async () => {
    const problems = await checkSubmission(focalFra, fra);
    expect(problems.some((p) => p.kind === "unanswered" && p.questionId === "national-cirt")).toBe(true);
    expect(await code(submitAssessment(focalFra, fra))).toBe("invalid");

    // Worst answers everywhere claim nothing, so no evidence is required.
    const version = await loadStoredVersion((await db().cycle.findFirstOrThrow({ where: { assessments: { some: { id: fra } } } })).questionnaireVersionId);
    for (const [questionId, value] of Object.entries(answersTemplate(version, "worst"))) {
      await saveAnswer(focalFra, fra, questionId, { value, revision: 0 });
    }
    expect(await checkSubmission(focalFra, fra)).toEqual([]);
    expect(await code(submitAssessment(reviewer, fra))).toBe("forbidden");
    expect(await submitAssessment(focalFra, fra)).toEqual({ status: "submitted" });
    expect(await code(saveAnswer(focalFra, fra, "national-cirt", { value: "in-place", revision: 1 }))).toBe("conflict");
    expect(await code(submitAssessment(focalFra, fra))).toBe("conflict");
    expect(await db().auditLog.count({ where: { assessmentId: fra, action: "assessment.submit" } })).toBe(1);
  });

  it("a contributor cannot submit", async () => {
    expect(await code(submitAssessment(contributorKen, ken))).toBe("forbidden");
  });
});

describe("the edit window", () => {
  it("refuses edits after the close date", async () => {
    const closed = await openTestCycle(["KEN"], { closesOn: "2021-01-01" });
    expect(await code(saveAnswer(focalKen, closed.byCountry.KEN!, "national-cirt", { value: "in-place", revision: 0 }))).toBe("conflict");
  });
});

describe("stored scores", () => {
  it("record the version hash and rules version, and recomputing from the stored answers gives the identical result", async () => {
    const { scoreOfRecord } = await import("@/lib/assessments/score-of-record");
    const { scoreColumns } = await import("@/lib/assessments/stored-score");
    const { SCORING_RULES_VERSION } = await import("@/lib/scoring/score");
    const row = await db().assessment.findUniqueOrThrow({ where: { id: ken }, include: { answers: true, cycle: true } });
    const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
    const answers = Object.fromEntries(row.answers.map((a) => [a.questionId, JSON.parse(a.value)]));
    const recomputed = scoreColumns(scoreOfRecord(version, answers, [], { status: row.status, reviewed: false }));
    expect(row.scoredHash).toBe(version.hash);
    expect(row.rulesVersion).toBe(SCORING_RULES_VERSION);
    expect({ overallScore: row.overallScore, tier: row.tier, scoreJson: row.scoreJson, scoredHash: row.scoredHash, rulesVersion: row.rulesVersion }).toEqual(
      recomputed,
    );
  });
});

describe("stored scores of an older format or rules version", () => {
  it("are recomputed at start-up into the score of record, and current ones are left alone", async () => {
    const { recomputeStaleScores } = await import("@/lib/server/assessments/recompute-stale-scores");
    const { parseStoredScore } = await import("@/lib/assessments/stored-score");
    const before = await db().assessment.findUniqueOrThrow({ where: { id: ken } });
    expect(parseStoredScore(before.scoreJson)).not.toBeNull();
    // The format the previous release wrote, with a stale overall.
    await db().assessment.update({
      where: { id: ken },
      data: { scoreJson: JSON.stringify({ overall: 1, pillars: { legal: 1 }, flags: [] }), overallScore: 1, rulesVersion: "2025.1" },
    });
    expect(await recomputeStaleScores()).toBeGreaterThanOrEqual(1);
    const after = await db().assessment.findUniqueOrThrow({ where: { id: ken } });
    expect({ overallScore: after.overallScore, scoreJson: after.scoreJson, rulesVersion: after.rulesVersion }).toEqual({
      overallScore: before.overallScore,
      scoreJson: before.scoreJson,
      rulesVersion: before.rulesVersion,
    });
    expect(await recomputeStaleScores()).toBe(0);
  });
});
