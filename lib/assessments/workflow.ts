// The assessment workflow: which transitions exist and who may take them. Pure, so the UI shows
// only what the server will accept, and tests enumerate every refusal.
import type { TAssessmentStatus } from "../authz/assessment-rules";

export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted", by: "focal-point", reason: false },
  // A country may decline to answer this cycle, saying why; ITU then drafts from public sources.
  // It may change its mind while ITU has not started.
  decline: { from: ["draft"], to: "declined", by: "focal-point", reason: true },
  resume: { from: ["declined"], to: "draft", by: "focal-point", reason: false },
  // Desk research: ITU drafts for a country that has not started (or declined), the country confirms or corrects.
  "start-desk-research": { from: ["draft", "declined"], to: "desk-research", by: "reviewer", reason: false },
  "send-for-validation": { from: ["desk-research"], to: "country-validation", by: "reviewer", reason: false },
  "confirm-validation": { from: ["country-validation"], to: "submitted", by: "focal-point", reason: false },
  "validate-unconfirmed": { from: ["country-validation"], to: "validated-unconfirmed", by: "reviewer", reason: false },
  "start-review": { from: ["submitted"], to: "in-review", by: "reviewer", reason: false },
  return: { from: ["in-review"], to: "returned", by: "reviewer", reason: true },
  validate: { from: ["in-review"], to: "validated", by: "reviewer", reason: false },
  reopen: { from: ["validated", "validated-unconfirmed"], to: "in-review", by: "admin", reason: true },
} as const satisfies Record<string, { from: readonly TAssessmentStatus[]; to: TAssessmentStatus; by: "focal-point" | "reviewer" | "admin"; reason: boolean }>;

export type TTransition = keyof typeof TRANSITIONS;
export type TWorkflowRole = "focal-point" | "reviewer" | "admin" | "contributor" | "other";

export type TTransitionCheck = { ok: true; to: TAssessmentStatus } | { ok: false; why: "role" | "state" | "reason" };

/** Admins hold reviewer rights too; contributors and other countries hold none. */
export function mayTake(transition: TTransition, role: TWorkflowRole, from: string, reason?: string): TTransitionCheck {
  const t = TRANSITIONS[transition];
  const roleOk = t.by === role || (t.by === "reviewer" && role === "admin");
  if (!roleOk) return { ok: false, why: "role" };
  if (!(t.from as readonly string[]).includes(from)) return { ok: false, why: "state" };
  if (t.reason && !reason?.trim()) return { ok: false, why: "reason" };
  return { ok: true, to: t.to };
}

/** The transitions a person could take now, for the buttons the UI offers (with the facts: only those whose conditions hold). */
export function availableTransitions(role: TWorkflowRole, from: string, facts?: TWorkflowFacts): TTransition[] {
  return (Object.keys(TRANSITIONS) as TTransition[]).filter((t) => mayTake(t, role, from, "x").ok && (!facts || transitionGuard(t, facts, from) === null));
}

/**
 * Where a transition leads. A validation is "without country confirmation" while any answer ITU
 * drafted was never confirmed by the country: reopening such a result and validating it again does
 * not turn ITU's draft into the country's word.
 */
export function transitionTarget(transition: TTransition, facts: Pick<TWorkflowFacts, "unconfirmed">): TAssessmentStatus {
  if (transition === "validate" && facts.unconfirmed > 0) return "validated-unconfirmed";
  return TRANSITIONS[transition].to;
}

/** The one state in which reviewers give verdicts on answers (accept, query, adjust): after "start review", before return or validation. */
export const ANSWER_REVIEW_STATUS = "in-review" as const satisfies TAssessmentStatus;

export function answersReviewable(status: string): boolean {
  return status === ANSWER_REVIEW_STATUS;
}

/** Review of one answer by a reviewer. */
export const ANSWER_REVIEW_STATES = ["accepted", "queried", "adjusted"] as const;
export type TAnswerReviewState = (typeof ANSWER_REVIEW_STATES)[number];

/** Whether the country's time to confirm or correct desk research is over (a cycle without a deadline never ends it). */
export const deadlinePassed = (deadline: Date | null, now: Date) => deadline !== null && now > deadline;

/** What the workflow needs to know beyond the status: the answers and the cycle's validation deadline. */
export type TWorkflowFacts = { answers: number; unconfirmed: number; validationDeadline: Date | null; now: Date };
export type TGuardRefusal = "started" | "no-answers" | "no-deadline" | "deadline-passed" | "deadline-open" | "unconfirmed";

/**
 * The conditions of the desk-research transitions: a draft is researched only before the country
 * has started (a country that declined may have left some answers; ITU drafts the rest); it goes to the country only with answers and a deadline still ahead; the country
 * confirms only before the deadline and once every drafted answer is confirmed or corrected; a
 * reviewer validates without the country only after the deadline.
 */
export function transitionGuard(transition: TTransition, facts: TWorkflowFacts, from: string): TGuardRefusal | null {
  const passed = deadlinePassed(facts.validationDeadline, facts.now);
  switch (transition) {
    case "start-desk-research":
      return from === "draft" && facts.answers > 0 ? "started" : null;
    case "send-for-validation":
      if (facts.answers === 0) return "no-answers";
      if (!facts.validationDeadline) return "no-deadline";
      return passed ? "deadline-passed" : null;
    case "confirm-validation":
      if (passed) return "deadline-passed";
      return facts.unconfirmed > 0 ? "unconfirmed" : null;
    case "validate-unconfirmed":
      return passed ? null : "deadline-open";
    default:
      return null;
  }
}
