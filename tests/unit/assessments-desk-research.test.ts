// Desk research and country validation (issue 16, items 1-2): who writes answers in which state,
// and the conditions of the desk-research transitions. Pure rules, table-driven.
import { describe, expect, it } from "vitest";
import { availableTransitions, deadlinePassed, mayTake, transitionGuard, transitionTarget, type TWorkflowFacts } from "@/lib/assessments/workflow";
import { answerWriteMode, awaitsSignOff, isValidated, type TAnswerWriter } from "@/lib/authz/assessment-rules";

const NOW = new Date("2026-06-15T12:00:00Z");
const window = (status: string, deadline: Date | null = new Date("2026-06-30T23:59:59Z")) => ({
  status,
  opensAt: new Date("2026-01-01T00:00:00Z"),
  closesAt: new Date("2026-12-31T23:59:59Z"),
  validationDeadline: deadline,
});
const focal: TAnswerWriter = { editsPillar: true, focalPoint: true, reviewer: false };
const contributor: TAnswerWriter = { editsPillar: true, focalPoint: false, reviewer: false };
const otherPillar: TAnswerWriter = { editsPillar: false, focalPoint: false, reviewer: false };
const reviewer: TAnswerWriter = { editsPillar: false, focalPoint: false, reviewer: true };

describe("answerWriteMode: who writes answers, in which state", () => {
  it.each([
    ["the focal point answers a draft", "draft", focal, { ok: true, mode: "country" }],
    ["a contributor answers a draft in their pillar", "draft", contributor, { ok: true, mode: "country" }],
    ["a contributor of another pillar may not", "draft", otherPillar, { ok: false, reason: "role" }],
    ["a reviewer never writes a country's draft", "draft", reviewer, { ok: false, reason: "role" }],
    ["a reviewer drafts desk research", "desk-research", reviewer, { ok: true, mode: "desk-research" }],
    ["the country cannot write while ITU drafts", "desk-research", focal, { ok: false, reason: "locked" }],
    ["the focal point corrects drafted answers during validation", "country-validation", focal, { ok: true, mode: "correction" }],
    ["a contributor does not correct desk research", "country-validation", contributor, { ok: false, reason: "role" }],
    ["a reviewer does not change answers the country validates", "country-validation", reviewer, { ok: false, reason: "role" }],
    ["nobody in the country writes a submitted assessment", "submitted", focal, { ok: false, reason: "locked" }],
    ["nor a validated one", "validated", focal, { ok: false, reason: "locked" }],
    ["nor one validated without the country", "validated-unconfirmed", focal, { ok: false, reason: "locked" }],
    ["a reviewer does not write once desk research went to the country", "validated-unconfirmed", reviewer, { ok: false, reason: "role" }],
  ] as const)("%s", (_, status, who, expected) => {
    expect(answerWriteMode(window(status), who, NOW)).toEqual(expected);
  });

  it.each([
    ["after the deadline", new Date("2026-06-01T00:00:00Z")],
    ["without a deadline", null],
  ])("refuses corrections %s", (_, deadline) => {
    expect(answerWriteMode(window("country-validation", deadline), focal, NOW)).toEqual({ ok: false, reason: "deadline-passed" });
  });

  it("keeps the cycle's window for the country's own answers", () => {
    expect(answerWriteMode({ ...window("draft"), closesAt: new Date("2026-02-01T00:00:00Z") }, focal, NOW)).toEqual({ ok: false, reason: "closed" });
    expect(answerWriteMode({ ...window("returned"), closesAt: new Date("2026-02-01T00:00:00Z") }, focal, NOW)).toEqual({ ok: true, mode: "country" });
  });
});

const facts = (over: Partial<TWorkflowFacts> = {}): TWorkflowFacts => ({
  answers: 12,
  unconfirmed: 0,
  validationDeadline: new Date("2026-06-30T23:59:59Z"),
  now: NOW,
  ...over,
});
const PASSED = new Date("2026-06-01T00:00:00Z");

describe("transitionGuard: the conditions of desk research", () => {
  it.each([
    ["desk research only for a country that has not started", "start-desk-research", facts({ answers: 3 }), "started"],
    ["desk research for a country with no answer", "start-desk-research", facts({ answers: 0 }), null],
    ["nothing to send without answers", "send-for-validation", facts({ answers: 0 }), "no-answers"],
    ["nothing to send without a deadline", "send-for-validation", facts({ validationDeadline: null }), "no-deadline"],
    ["nothing to send after the deadline", "send-for-validation", facts({ validationDeadline: PASSED }), "deadline-passed"],
    ["sent with answers and a deadline ahead", "send-for-validation", facts(), null],
    ["the country confirms once every drafted answer is confirmed or corrected", "confirm-validation", facts(), null],
    ["not while drafted answers are open", "confirm-validation", facts({ unconfirmed: 2 }), "unconfirmed"],
    ["not after the deadline", "confirm-validation", facts({ validationDeadline: PASSED }), "deadline-passed"],
    ["validation without the country waits for the deadline", "validate-unconfirmed", facts(), "deadline-open"],
    ["and is possible once it passed", "validate-unconfirmed", facts({ validationDeadline: PASSED, unconfirmed: 5 }), null],
    ["other transitions have no such condition", "submit", facts({ answers: 0 }), null],
  ] as const)("%s", (_, transition, f, expected) => {
    expect(transitionGuard(transition, f, "draft")).toBe(expected);
  });

  it.each([
    ["a country that declined after a few answers can still be researched", "declined", 3, null],
    ["one that declined before answering too", "declined", 0, null],
    ["a draft with answers is the country's own work", "draft", 3, "started"],
  ] as const)("%s", (_, from, answers, expected) => {
    expect(transitionGuard("start-desk-research", facts({ answers }), from)).toBe(expected);
  });
});

describe("declining to answer a cycle", () => {
  it.each([
    ["decline", "focal-point", "draft", "a reason", { ok: true, to: "declined" }],
    ["decline", "focal-point", "draft", " ", { ok: false, why: "reason" }],
    ["decline", "contributor", "draft", "a reason", { ok: false, why: "role" }],
    ["decline", "reviewer", "draft", "a reason", { ok: false, why: "role" }],
    ["decline", "focal-point", "submitted", "a reason", { ok: false, why: "state" }],
    ["decline", "focal-point", "country-validation", "a reason", { ok: false, why: "state" }],
    ["resume", "focal-point", "declined", undefined, { ok: true, to: "draft" }],
    ["resume", "reviewer", "declined", undefined, { ok: false, why: "role" }],
    ["resume", "focal-point", "desk-research", undefined, { ok: false, why: "state" }],
    ["start-desk-research", "reviewer", "declined", undefined, { ok: true, to: "desk-research" }],
  ] as const)("%s by %s from %s (reason %j)", (t, role, from, reason, expected) => {
    expect(mayTake(t, role, from, reason)).toEqual(expected);
  });

  it("locks the country's form once declined, and offers taking part again", () => {
    expect(answerWriteMode(window("declined"), focal, NOW)).toEqual({ ok: false, reason: "locked" });
    expect(availableTransitions("focal-point", "declined", facts({ answers: 0 }))).toEqual(["resume"]);
    expect(availableTransitions("reviewer", "declined", facts({ answers: 2 }))).toEqual(["start-desk-research"]);
    expect(availableTransitions("focal-point", "draft", facts({ answers: 0 }))).toEqual(["submit", "decline"]);
  });
});

describe("transitionTarget: a validation says whether the country confirmed", () => {
  it.each([
    ["the country's own submission", "validate", 0, "validated"],
    ["desk research the country confirmed in full", "validate", 0, "validated"],
    ["desk research reopened after the deadline, drafted answers never confirmed", "validate", 4, "validated-unconfirmed"],
    ["validation without the country after the deadline", "validate-unconfirmed", 4, "validated-unconfirmed"],
    ["reopening goes back to review whatever the answers", "reopen", 4, "in-review"],
    ["other steps lead where the table says", "send-for-validation", 4, "country-validation"],
  ] as const)("%s", (_, transition, unconfirmed, expected) => {
    expect(transitionTarget(transition, { unconfirmed })).toBe(expected);
  });
});

describe("the desk-research transitions", () => {
  it.each([
    ["start-desk-research", "reviewer", "draft", "desk-research"],
    ["start-desk-research", "admin", "draft", "desk-research"],
    ["send-for-validation", "reviewer", "desk-research", "country-validation"],
    ["confirm-validation", "focal-point", "country-validation", "submitted"],
    ["validate-unconfirmed", "reviewer", "country-validation", "validated-unconfirmed"],
    ["reopen", "admin", "validated-unconfirmed", "in-review"],
  ] as const)("%s by %s from %s goes to %s", (t, role, from, to) => {
    expect(mayTake(t, role, from, "a reason")).toEqual({ ok: true, to });
  });

  it.each([
    ["start-desk-research", "focal-point", "draft", "role"],
    ["start-desk-research", "reviewer", "submitted", "state"],
    ["confirm-validation", "reviewer", "country-validation", "role"],
    ["confirm-validation", "contributor", "country-validation", "role"],
    ["validate-unconfirmed", "focal-point", "country-validation", "role"],
    ["send-for-validation", "reviewer", "draft", "state"],
  ] as const)("%s by %s from %s is refused (%s)", (t, role, from, why) => {
    expect(mayTake(t, role, from)).toEqual({ ok: false, why });
  });

  it("offers only the steps whose conditions hold", () => {
    expect(availableTransitions("reviewer", "draft", facts({ answers: 0 }))).toEqual(["start-desk-research"]);
    expect(availableTransitions("reviewer", "draft", facts({ answers: 4 }))).toEqual([]);
    expect(availableTransitions("focal-point", "country-validation", facts({ unconfirmed: 1 }))).toEqual([]);
    expect(availableTransitions("focal-point", "country-validation", facts())).toEqual(["confirm-validation"]);
    expect(availableTransitions("reviewer", "country-validation", facts({ validationDeadline: PASSED }))).toEqual(["validate-unconfirmed"]);
  });

  it.each([
    ["validated", true, true],
    ["validated-unconfirmed", true, false],
    ["country-validation", false, false],
    ["desk-research", false, false],
    ["in-review", false, false],
    ["submitted", false, false],
    ["declined", false, false],
  ])("%s: a validated result %s, a sign-off to give %s", (status, validated, signOff) => {
    // Only a validated result drops the score's "preview" mark; only one validated with the country asks it to sign off.
    expect(isValidated(status)).toBe(validated);
    expect(awaitsSignOff(status)).toBe(signOff);
  });

  it("counts validation without the country as a validated result", () => {
    expect(["validated", "validated-unconfirmed", "country-validation", "desk-research", "in-review"].map(isValidated)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("the country's validation deadline", () => {
  const deadline = new Date("2026-06-30T23:59:59Z");
  it.each([
    ["no deadline set: never over", null, "2030-01-01T00:00:00Z", false],
    ["the day before", deadline, "2026-06-29T12:00:00Z", false],
    ["its last second", deadline, "2026-06-30T23:59:59Z", false],
    ["one second after", deadline, "2026-07-01T00:00:00Z", true],
  ] as const)("%s", (_label, at, now, passed) => {
    expect(deadlinePassed(at, new Date(now))).toBe(passed);
  });
});
