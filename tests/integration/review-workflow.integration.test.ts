import { beforeAll, describe, expect, it } from "vitest";
import { scoreOfRecord } from "@/lib/assessments/score-of-record";
import { parseStoredScore } from "@/lib/assessments/stored-score";
import { adjustmentsFrom } from "@/lib/server/assessments/record-score";
import type { TActor } from "@/lib/authz/policy";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { auditCsv, auditTrail } from "@/lib/server/review/audit-trail";
import { listNotifications } from "@/lib/server/review/list-notifications";
import { postComment, reviewState } from "@/lib/server/review/post-comment";
import { reviewAnswer } from "@/lib/server/review/review-answer";
import { reviewQueue } from "@/lib/server/review/review-queue";
import { signOff } from "@/lib/server/review/sign-off";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { answersTemplate } from "@/lib/scoring/templates";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let id: string;
let focal: TActor;
let contributor: TActor;
let reviewer: TActor;
let admin: TActor;
let cycleId: string;

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; name?: string }) => e.code ?? e.name ?? String(e),
  );

async function completeWithWorstAnswers() {
  const cycleVersion = await db().cycle.findFirstOrThrow({ where: { assessments: { some: { id } } } });
  const version = await loadStoredVersion(cycleVersion.questionnaireVersionId);
  for (const [questionId, value] of Object.entries(answersTemplate(version, "worst"))) await saveAnswer(focal, id, questionId, { value, revision: 0 });
}

beforeAll(async () => {
  const own = await openTestCycle(["GHA"]);
  id = own.byCountry.GHA!;
  cycleId = own.cycleId;
  focal = await makeUser("focal-point", { country: "GHA" });
  contributor = await makeUser("contributor", { country: "GHA", pillars: ["legal"] });
  reviewer = await makeUser("reviewer");
  admin = await makeUser("admin");
});

describe("refused transitions change nothing", () => {
  it.each([
    ["a focal point validating a draft", () => transitionAssessment(focal, id, "validate"), "forbidden"],
    ["a contributor submitting", () => submitAssessment(contributor, id), "forbidden"],
    ["a reviewer starting review of a draft", () => transitionAssessment(reviewer, id, "start-review"), "conflict"],
    ["a reviewer returning a draft", () => transitionAssessment(reviewer, id, "return", "why"), "conflict"],
    ["a reviewer reopening", () => transitionAssessment(reviewer, id, "reopen", "why"), "forbidden"],
    ["reviewing an answer before review starts", () => reviewAnswer(reviewer, id, "breach-notification", { state: "accepted" }), "conflict"],
    ["a focal point signing off a draft", () => signOff(focal, id, { decision: "confirmed" }), "conflict"],
  ])("%s", async (_label, attempt, expected) => {
    expect(await code(attempt())).toBe(expected);
    expect((await db().assessment.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });
});

describe("the review of a submission, end to end", () => {
  it("submit, query two answers and adjust one, return, reply and change, resubmit, validate, sign off", async () => {
    await completeWithWorstAnswers();
    await saveAnswer(focal, id, "breach-notification", { value: "in-place", revision: 1 });
    await db().evidence.create({ data: { assessmentId: id, questionId: "breach-notification", kind: "link", url: "https://nca.gov.gh/breach-rules" } });
    await submitAssessment(focal, id);
    const selfScore = parseStoredScore((await db().assessment.findUniqueOrThrow({ where: { id } })).submittedScoreJson)!.selfReported.overall;
    expect(selfScore).toBeGreaterThan(0);

    // This file's cycle: across all cycles the oldest 50 submissions of other files could fill the page.
    const queue = await reviewQueue(reviewer, { cycle: cycleId, status: "submitted" });
    expect(queue.rows.map((r) => r.id)).toContain(id);
    expect(queue.counts.submitted).toBe(1);
    expect(await code(saveAnswer(focal, id, "lead-agency", { value: "in-place", revision: 1 }))).toBe("conflict");

    await transitionAssessment(reviewer, id, "start-review");
    await reviewAnswer(reviewer, id, "breach-notification", {
      state: "adjusted",
      value: "partially-in-place",
      reason: "The rules apply to telecom operators only",
    });
    await reviewAnswer(reviewer, id, "data-protection-law", { state: "queried", comment: "Is the 2019 Act in force?" });
    await reviewAnswer(reviewer, id, "lead-agency", { state: "queried", comment: "Which body leads?" });
    expect(await code(reviewAnswer(reviewer, id, "lead-agency", { state: "queried", comment: " " } as never))).toBe("ZodError");
    expect(await code(reviewAnswer(focal, id, "lead-agency", { state: "accepted" }))).toBe("forbidden");
    expect(await code(transitionAssessment(reviewer, id, "return", ""))).toBe("invalid");
    await transitionAssessment(reviewer, id, "return", "Two queries to answer");
    expect((await listNotifications(focal)).map((n) => n.kind)).toEqual(expect.arrayContaining(["returned", "query"]));

    await postComment(focal, id, "data-protection-law", { body: "Yes, in force since 2020; see the gazette." });
    const dpl = (await loadAssessment(focal, id)).assessment.answers.find((a) => a.questionId === "data-protection-law")!;
    await saveAnswer(focal, id, "data-protection-law", { value: "in-place", revision: dpl.revision });
    await db().evidence.create({ data: { assessmentId: id, questionId: "data-protection-law", kind: "link", url: "https://gazette.gov.gh/dpa" } });
    await postComment(focal, id, "lead-agency", { body: "The Cyber Security Authority." });
    expect(await code(postComment(contributor, id, "lead-agency", { body: "x" }))).toBe("forbidden");
    await submitAssessment(focal, id);
    expect((await listNotifications(reviewer)).map((n) => n.kind)).toEqual(expect.arrayContaining(["query-answered"]));

    await transitionAssessment(reviewer, id, "start-review");
    await transitionAssessment(reviewer, id, "validate");
    const state = await reviewState(reviewer, id);
    expect(state.threads["data-protection-law"]!.map((m) => m.kind)).toEqual(["query", "reply"]);
    expect(state.verdicts["breach-notification"]).toMatchObject({ state: "adjusted", adjustedValue: "partially-in-place" });

    const { assessment, version, answers } = await loadAssessment(reviewer, id);
    const reviews = await db().answerReview.findMany({ where: { assessmentId: id } });
    const record = scoreOfRecord(version, answers, adjustmentsFrom(reviews), { status: assessment.status, reviewed: true });
    expect(record.basis).toBe("validated");
    expect(record.differences).toEqual([expect.objectContaining({ questionId: "breach-notification", reason: "The rules apply to telecom operators only" })]);
    expect(record.validated!.overall.display).toBeLessThan(record.selfReported.overall.display);
    expect(assessment.overallScore).toBe(record.validated!.overall.display);

    expect(await code(saveAnswer(focal, id, "breach-notification", { value: "no", revision: 99 }))).toBe("conflict");
    expect(await code(transitionAssessment(reviewer, id, "reopen", "typo"))).toBe("forbidden");
    await signOff(focal, id, { decision: "disputed", reason: "The mandate is in the 2020 Act" });

    const trail = await auditTrail(reviewer, id);
    const steps = trail.filter((r) => r.action.startsWith("assessment.")).map((r) => r.action);
    expect(steps).toEqual([
      "assessment.submit",
      "assessment.start-review",
      "assessment.return",
      "assessment.submit",
      "assessment.start-review",
      "assessment.validate",
      "assessment.sign-off.disputed",
    ]);
    const csvLines = auditCsv(trail).split("\r\n");
    expect(csvLines[0]).toBe("at,action,actor,actor_email,from,to,reason,question");
    expect(csvLines.find((l) => l.includes(",assessment.return,"))).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z,assessment\.return,[^,]+,[^,]*,in-review,returned,Two queries to answer,/,
    );
    expect(await code(auditTrail(await makeUser("focal-point", { country: "NGA" }), id))).toBe("not-found");

    await transitionAssessment(admin, id, "reopen", "Reconsider the CIRT mandate");
    expect((await db().assessment.findUniqueOrThrow({ where: { id } })).status).toBe("in-review");
  });
});
