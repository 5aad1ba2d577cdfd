import { describe, expect, it } from "vitest";
import {
  ANSWER_REVIEW_STATUS,
  answersReviewable,
  availableTransitions,
  mayTake,
  TRANSITIONS,
  type TTransition,
  type TWorkflowRole,
} from "@/lib/assessments/workflow";

const STATES = ["draft", "submitted", "in-review", "returned", "validated"];
const ROLES: TWorkflowRole[] = ["focal-point", "reviewer", "admin", "contributor", "other"];

// The only allowed (transition, role, from) triples; everything else must be refused.
const ALLOWED = new Set([
  "submit focal-point draft",
  "submit focal-point returned",
  "start-review reviewer submitted",
  "start-review admin submitted",
  "return reviewer in-review",
  "return admin in-review",
  "validate reviewer in-review",
  "validate admin in-review",
  "reopen admin validated",
]);

describe("assessment workflow", () => {
  const cases = (["submit", "start-review", "return", "validate", "reopen"] as TTransition[]).flatMap((t) =>
    ROLES.flatMap((role) => STATES.map((from) => [t, role, from] as const)),
  );

  it.each(cases)("%s by %s from %s", (t, role, from) => {
    expect(mayTake(t, role, from, "a reason").ok).toBe(ALLOWED.has(`${t} ${role} ${from}`));
  });

  it.each([
    ["return", "reviewer", "in-review"],
    ["reopen", "admin", "validated"],
  ] as const)("%s needs a reason", (t, role, from) => {
    expect(mayTake(t, role, from, "  ")).toEqual({ ok: false, why: "reason" });
  });

  it("names where each allowed transition leads", () => {
    expect(mayTake("submit", "focal-point", "returned")).toEqual({ ok: true, to: "submitted" });
    expect(mayTake("validate", "reviewer", "in-review")).toEqual({ ok: true, to: "validated" });
    expect(mayTake("reopen", "admin", "validated", "typo in an adjustment")).toEqual({ ok: true, to: "in-review" });
  });

  it("offers the buttons that will succeed", () => {
    expect(availableTransitions("reviewer", "in-review")).toEqual(["return", "validate"]);
    expect(availableTransitions("focal-point", "in-review")).toEqual([]);
    expect(availableTransitions("admin", "validated")).toEqual(["reopen"]);
  });
});

describe("when reviewers give verdicts on answers", () => {
  it.each([
    ["draft", false],
    ["submitted", false],
    ["in-review", true],
    ["returned", false],
    ["validated", false],
  ])("%s: %s", (status, expected) => {
    expect(answersReviewable(status)).toBe(expected);
  });

  it("is the state start-review leads to, and the one return and validate leave", () => {
    expect(TRANSITIONS["start-review"].to).toBe(ANSWER_REVIEW_STATUS);
    expect(TRANSITIONS.return.from).toEqual([ANSWER_REVIEW_STATUS]);
    expect(TRANSITIONS.validate.from).toEqual([ANSWER_REVIEW_STATUS]);
  });
});
