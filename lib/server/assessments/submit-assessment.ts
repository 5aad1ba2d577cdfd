import "server-only";
import { submissionProblems, type TEvidenceCount } from "../../assessments/submission-check";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { transitionAssessment } from "../review/transition-assessment";
import { loadAssessment } from "./load-assessment";

export async function evidenceCounts(assessmentId: string): Promise<TEvidenceCount> {
  const rows = await db().evidence.findMany({ where: { assessmentId, deletedAt: null }, select: { questionId: true, kind: true } });
  const counts: TEvidenceCount = {};
  for (const r of rows) {
    const c = (counts[r.questionId] ??= { links: 0, documents: 0 });
    if (r.kind === "link") c.links++;
    else c.documents++;
  }
  return counts;
}

/** The submission check for an assessment as it is now (what the form lists with links). */
export async function checkSubmission(actor: TActor, assessmentId: string) {
  const { version, answers, assessment } = await loadAssessment(actor, assessmentId);
  const carried = new Set(assessment.answers.filter((a) => a.carriedForward).map((a) => a.questionId));
  return submissionProblems(version, answers, await evidenceCounts(assessmentId), carried);
}

/** The focal point submits a complete draft (or a returned assessment); it is then read-only for the country. */
export async function submitAssessment(actor: TActor, assessmentId: string): Promise<{ status: "submitted" }> {
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (!isFocalPointOf(actor, assessment.countryIso3)) throw forbidden("Only the national focal point submits the assessment");
  if (assessment.status !== "draft" && assessment.status !== "returned") {
    throw new AppError("conflict", `An assessment that is ${assessment.status} cannot be submitted`);
  }
  const problems = await checkSubmission(actor, assessmentId);
  if (problems.length > 0) {
    throw new AppError("invalid", `${problems.length} item(s) must be completed before submission`, undefined, { problems });
  }
  await transitionAssessment(actor, assessmentId, "submit");
  return { status: "submitted" };
}
