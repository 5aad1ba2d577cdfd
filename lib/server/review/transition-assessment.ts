import "server-only";
import { toStoredScore } from "../../assessments/stored-score";
import { mayTake, transitionGuard, transitionTarget, TRANSITIONS, type TGuardRefusal, type TTransition } from "../../assessments/workflow";
import type { TActor } from "../../authz/policy";
import { audit } from "../audit";
import { loadAssessment } from "../assessments/load-assessment";
import { recordScore } from "../assessments/record-score";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { focalPointsOf, mailNotifications, notify, reviewersFor, type TNotificationKind } from "./notify";
import { workflowRole } from "./workflow-role";

const NOTIFY: Partial<Record<TTransition, { kind: TNotificationKind; to: "country" | "reviewers" }>> = {
  submit: { kind: "submitted", to: "reviewers" },
  decline: { kind: "declined", to: "reviewers" },
  return: { kind: "returned", to: "country" },
  validate: { kind: "validated", to: "country" },
  "send-for-validation": { kind: "validation-requested", to: "country" },
  "confirm-validation": { kind: "submitted", to: "reviewers" },
  "validate-unconfirmed": { kind: "validated", to: "country" },
  reopen: { kind: "reopened", to: "country" },
};

const GUARD_MESSAGES: Record<TGuardRefusal, string> = {
  started: "The country has started answering: desk research drafts only for countries that have not",
  "no-answers": "Draft at least one answer before sending the desk research to the country",
  "no-deadline": "Set the cycle's validation deadline first (admin, cycles page)",
  "deadline-passed": "The cycle's validation deadline has passed",
  "deadline-open": "The country may still confirm until the cycle's validation deadline",
  unconfirmed: "Confirm or correct every drafted answer first",
};

/**
 * Moves an assessment along its workflow. Only allowed transitions succeed (checked against the
 * status read inside the transaction); each is in the audit log with who, when, from, to and why.
 */
export async function transitionAssessment(actor: TActor, assessmentId: string, transition: TTransition, reason?: string) {
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  const check = mayTake(transition, workflowRole(actor, assessment.countryIso3), assessment.status, reason);
  if (!check.ok) {
    if (check.why === "role") throw forbidden(`You may not ${transition.replace("-", " ")} this assessment`);
    if (check.why === "reason") throw new AppError("invalid", "Give a reason", { reason: "A reason is required" });
    throw new AppError("conflict", `An assessment that is ${assessment.status} cannot be ${TRANSITIONS[transition].to.replace("-", " ")} now`);
  }
  const facts = {
    answers: assessment.answers.length,
    unconfirmed: assessment.answers.filter((a) => a.provenance === "desk-research" && !a.confirmedAt).length,
    validationDeadline: assessment.cycle.validationDeadline,
    now: new Date(),
  };
  const refusal = transitionGuard(transition, facts, assessment.status);
  if (refusal) throw new AppError("conflict", GUARD_MESSAGES[refusal], undefined, { guard: refusal });
  const to = transitionTarget(transition, facts);
  const extra: Record<string, unknown> = {};
  if (transition === "submit" || transition === "confirm-validation") extra.submittedAt = new Date();
  if (transition === "start-desk-research") extra.origin = "desk-research";
  if (transition === "validate-unconfirmed") extra.validatedAt = new Date();
  if (transition === "start-review" && !assessment.assigneeId) extra.assigneeId = actor.userId;
  if (transition === "validate") extra.validatedAt = new Date();
  if (transition === "reopen") Object.assign(extra, { validatedAt: null, signOff: null, signOffReason: null, signedOffAt: null });
  const recipients = NOTIFY[transition]?.to === "country" ? await focalPointsOf(assessment.countryIso3) : await reviewersFor(assessment.assigneeId);

  await db().$transaction(async (tx) => {
    const moved = await tx.assessment.updateMany({ where: { id: assessmentId, status: assessment.status }, data: { status: to, ...extra } });
    if (moved.count !== 1) throw new AppError("conflict", "The assessment changed meanwhile; reload and try again");
    // The status decides which score is of record: stored in the same transaction, from what it sees.
    // A submission keeps the self-reported score as the country submitted it.
    await recordScore(tx, assessmentId, version, to, {
      extra: (record) => (transition === "submit" ? { submittedScoreJson: JSON.stringify(toStoredScore(record)) } : {}),
    });
    await audit(tx, actor, {
      action: `assessment.${transition}`,
      entityType: "assessment",
      entityId: assessmentId,
      assessmentId,
      data: { from: assessment.status, to, reason: reason ?? null },
    });
    const n = NOTIFY[transition];
    if (n)
      await notify(
        tx,
        recipients.filter((id) => id !== actor.userId),
        n.kind,
        assessmentId,
        { country: assessment.countryIso3, cycle: assessment.cycle.name, reason: reason ?? null },
      );
  });
  const n = NOTIFY[transition];
  if (n)
    await mailNotifications(
      recipients,
      `Five Pillars: ${assessment.countryIso3} ${n.kind}`,
      `${assessment.countryIso3} (${assessment.cycle.name}) was ${n.kind}.${reason ? ` Reason: ${reason}` : ""}`,
    );
  return { status: to };
}
