// Reviewers accept several answers at once (all or none, one reason in each thread), and page
// through the queue by cursor without skipping or repeating a submission. Both databases.
import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { answersTemplate } from "@/lib/scoring/templates";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { acceptAnswers } from "@/lib/server/review/accept-answers";
import { reviewQueue } from "@/lib/server/review/review-queue";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

const COUNTRIES = ["BEN", "BFA", "CIV", "GHA", "GIN", "LBR", "MLI", "NER", "NGA", "SEN", "SLE", "TGO"];
let cycleId: string;
let ids: Record<string, string>;
let reviewer: TActor;
const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; name?: string }) => e.code ?? e.name ?? String(e),
  );

async function submitComplete(iso3: string) {
  const focal = await makeUser("focal-point", { country: iso3 });
  const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  for (const [questionId, value] of Object.entries(answersTemplate(version, "worst"))) await saveAnswer(focal, ids[iso3]!, questionId, { value, revision: 0 });
  await submitAssessment(focal, ids[iso3]!);
  return { focal, version };
}

beforeAll(async () => {
  ({ cycleId, byCountry: ids } = await openTestCycle(COUNTRIES));
  reviewer = await makeUser("reviewer");
});

describe("accepting several answers at once", () => {
  it("accepts the selected answers with one reason in each thread and records the validated score once", async () => {
    const { focal, version } = await submitComplete("GHA");
    const id = ids.GHA!;
    const legal = version.questions.filter((q) => q.pillar === "legal").map((q) => q.id);
    const selected = legal.slice(0, 6);
    expect(await code(acceptAnswers(reviewer, id, { questionIds: selected, reason: "Checked against the gazette" }))).toBe("conflict");
    await transitionAssessment(reviewer, id, "start-review");
    expect(await code(acceptAnswers(focal, id, { questionIds: selected, reason: "mine" }))).toBe("forbidden");
    // One unknown id: nothing is accepted.
    expect(await code(acceptAnswers(reviewer, id, { questionIds: [...selected, "no-such-question"], reason: "x" }))).toBe("not-found");
    expect(await db().answerReview.count({ where: { assessmentId: id } })).toBe(0);
    expect(await code(acceptAnswers(reviewer, id, { questionIds: selected, reason: "  " }))).toBe("ZodError");

    expect(await acceptAnswers(reviewer, id, { questionIds: selected, reason: "Checked against the gazette" })).toEqual({ accepted: 6 });
    const verdicts = await db().answerReview.findMany({ where: { assessmentId: id }, select: { questionId: true, state: true, reason: true } });
    expect(verdicts.map((v) => v.questionId).sort()).toEqual([...selected].sort());
    expect(new Set(verdicts.map((v) => `${v.state}:${v.reason}`))).toEqual(new Set(["accepted:Checked against the gazette"]));
    const notes = await db().reviewComment.findMany({ where: { assessmentId: id, kind: "accept" }, select: { questionId: true, body: true } });
    expect(notes.map((n) => n.questionId).sort()).toEqual([...selected].sort());
    expect(await db().auditLog.count({ where: { assessmentId: id, action: "answer.accepted" } })).toBe(6);
    const stored = await db().assessment.findUniqueOrThrow({ where: { id }, select: { scoreJson: true } });
    expect(JSON.parse(stored.scoreJson!).validated).not.toBeNull();
  });

  it("refuses a selection that repeats an answer, or is empty", async () => {
    expect(await code(acceptAnswers(reviewer, ids.GHA!, { questionIds: [], reason: "x" }))).toBe("ZodError");
    expect(await code(acceptAnswers(reviewer, ids.GHA!, { questionIds: ["national-cirt", "national-cirt"], reason: "x" }))).toBe("ZodError");
  });
});

describe("the review queue", () => {
  it("pages through every submission once, oldest first, with a cursor", async () => {
    for (const iso3 of COUNTRIES.filter((c) => c !== "GHA")) await submitComplete(iso3);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await reviewQueue(reviewer, { cycle: cycleId, status: "open", limit: 5, cursor });
      expect(page.rows.length).toBeLessThanOrEqual(5);
      seen.push(...page.rows.map((r) => r.country.iso3));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...COUNTRIES].sort());
    expect(new Set(seen).size).toBe(COUNTRIES.length);
    // Oldest submission first: Ghana was submitted before the others.
    expect(seen[0]).toBe("GHA");
    const all = await reviewQueue(reviewer, { cycle: cycleId, status: "open", limit: 200 });
    expect(all.nextCursor).toBeNull();
    expect(all.counts["in-review"]).toBe(1);
    expect(all.counts.submitted).toBe(COUNTRIES.length - 1);
  });
});
