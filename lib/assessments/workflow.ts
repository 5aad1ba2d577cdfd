// The assessment workflow: which transitions exist and who may take them. Pure, so the UI shows
// only what the server will accept, and tests enumerate every refusal.
import type { TAssessmentStatus } from "../authz/assessment-rules";

export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted", by: "focal-point", reason: false },
  "start-review": { from: ["submitted"], to: "in-review", by: "reviewer", reason: false },
  return: { from: ["in-review"], to: "returned", by: "reviewer", reason: true },
  validate: { from: ["in-review"], to: "validated", by: "reviewer", reason: false },
  reopen: { from: ["validated"], to: "in-review", by: "admin", reason: true },
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

/** The transitions a person could take now, for the buttons the UI offers. */
export function availableTransitions(role: TWorkflowRole, from: string): TTransition[] {
  return (Object.keys(TRANSITIONS) as TTransition[]).filter((t) => {
    const check = mayTake(t, role, from, "x");
    return check.ok;
  });
}

/** The one state in which reviewers give verdicts on answers (accept, query, adjust): after "start review", before return or validation. */
export const ANSWER_REVIEW_STATUS = "in-review" as const satisfies TAssessmentStatus;

export function answersReviewable(status: string): boolean {
  return status === ANSWER_REVIEW_STATUS;
}

/** Review of one answer by a reviewer. */
export const ANSWER_REVIEW_STATES = ["accepted", "queried", "adjusted"] as const;
export type TAnswerReviewState = (typeof ANSWER_REVIEW_STATES)[number];
