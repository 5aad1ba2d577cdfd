import "server-only";
import { validatedAnswers } from "../../assessments/score-of-record";
import { countryMayEdit, VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { loadCrosswalk } from "../../files/questionnaire-files";
import { carryForward } from "../../questionnaire/crosswalk";
import type { TAnswers } from "../../questionnaire/model";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { loadAssessment } from "./load-assessment";
import { adjustmentsFrom, answersOf, recordScore, reviewSelect } from "./record-score";

/**
 * The country's latest validated result from an earlier cycle, if any: validated with or without
 * the country's confirmation (desk research past its deadline is a validated result too).
 */
export async function previousValidated(countryIso3: string, before: Date) {
  return db().assessment.findFirst({
    where: { countryIso3, status: { in: [...VALIDATED_STATUSES] }, cycle: { opensAt: { lt: before } } },
    orderBy: { cycle: { opensAt: "desc" } },
    select: { id: true, cycle: { select: { name: true, questionnaireVersionId: true } } },
  });
}

/**
 * Prefills an empty assessment from the previous validated result through the questionnaire crosswalk.
 * Carried answers are marked and must be confirmed (or changed) before submission.
 */
export async function carryForwardAssessment(actor: TActor, assessmentId: string) {
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  if (!isFocalPointOf(actor, assessment.countryIso3)) throw forbidden("Only the national focal point prefills the assessment");
  if (!countryMayEdit({ status: assessment.status, ...assessment.cycle }, new Date()).ok)
    throw new AppError("conflict", "This assessment cannot be edited now");
  if (assessment.answers.length > 0) throw new AppError("conflict", "Prefilling works on an assessment without answers");
  const previous = await previousValidated(assessment.countryIso3, assessment.cycle.opensAt);
  if (!previous) throw new AppError("not-found", "There is no validated assessment from an earlier cycle to carry forward");

  const from = await loadStoredVersion(previous.cycle.questionnaireVersionId);
  // What was validated: the answers with the reviewers' adjustments, the values the validated score counted.
  const validated = await db().assessment.findUniqueOrThrow({
    where: { id: previous.id },
    select: { answers: { select: { questionId: true, value: true } }, reviews: { select: reviewSelect } },
  });
  const oldAnswers: TAnswers = validatedAnswers(answersOf(validated.answers), adjustmentsFrom(validated.reviews));
  let answers: TAnswers;
  if (from.key === version.key) answers = oldAnswers;
  else {
    const crosswalk = from.id === version.id ? await loadCrosswalk(from.id, from.version, version.version) : undefined;
    if (!crosswalk) throw new AppError("conflict", `No crosswalk links ${from.key} to ${version.key}`);
    answers = carryForward(oldAnswers, crosswalk, from, version).answers;
  }
  const entries = Object.entries(answers).filter(([id, v]) => v !== null && v !== undefined && version.questionById[id]);
  await db().$transaction(async (tx) => {
    // Lock the assessment, then check again that nobody answered meanwhile.
    const locked = await tx.assessment.updateMany({ where: { id: assessmentId, status: { in: ["draft", "returned"] } }, data: { updatedAt: new Date() } });
    if (locked.count !== 1 || (await tx.answer.count({ where: { assessmentId } })) > 0)
      throw new AppError("conflict", "The assessment changed meanwhile; prefilling works on an assessment without answers");
    for (const [questionId, value] of entries) {
      const json = JSON.stringify(value);
      await tx.answer.create({ data: { assessmentId, questionId, value: json, revision: 1, carriedForward: true, updatedById: actor.userId } });
      await tx.answerChange.create({ data: { assessmentId, questionId, oldValue: null, newValue: json, revision: 1, changedById: actor.userId } });
    }
    await recordScore(tx, assessmentId, version, assessment.status);
    await audit(tx, actor, {
      action: "assessment.carry-forward",
      entityType: "assessment",
      entityId: assessmentId,
      assessmentId,
      data: { from: previous.id, answers: entries.length },
    });
  });
  return { carried: entries.length, from: previous.cycle.name };
}
