import { describe, expect, it } from "vitest";
import { applicability, applicableQuestionIds } from "@/lib/scoring/applicability";
import { scoreAssessment } from "@/lib/scoring/score";
import { fixtureVersion } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();
const CIRT_SUBS = ["cirt-services", "cirt-staff", "cirt-name"];

describe("skip logic", () => {
  it.each([
    ["parent unanswered", {}, false],
    ["parent answered no", { "national-cirt": "no" }, false],
    ["parent answered yes (showIf lists it as a string)", { "national-cirt": "yes" }, true],
    ["parent answered with an invalid value", { "national-cirt": true }, false],
  ] as const)("%s: sub-questions applicable = %s", (_label, answers, shown) => {
    const applicable = applicability(version, answers);
    for (const id of CIRT_SUBS) expect(applicable[id]).toBe(shown);
  });

  it("showIf `in: [true]` on a yes-no parent means yes", () => {
    expect(applicability(version, { "national-cirt": "yes" })["cirt-staff"]).toBe(true);
    expect(applicability(version, { "national-cirt": "no" })["cirt-staff"]).toBe(false);
  });

  it("a hidden sub-question earns nothing even when answered, and is not counted as unanswered", () => {
    const answers = { "national-cirt": "no", "cirt-services": ["incident-response"], "cirt-staff": 50 };
    const result = scoreAssessment(version, answers);
    const staff = result.questions.find((q) => q.id === "cirt-staff")!;
    expect(staff).toMatchObject({ applicable: false, answered: true, credit: null, points: 0, display: 0 });
    // Technical completion: national-cirt and sector-cirts only.
    expect(result.completion.pillars.technical).toEqual({ answered: 1, applicable: 2, ratio: 0.5 });
    expect(result.pillars.technical.score).toBe(0);
    // Hidden questions are not next steps either.
    expect(result.nextSteps.overall.map((s) => s.question)).not.toContain("cirt-staff");
  });

  it("a sub-question shown by its parent counts as unanswered until answered", () => {
    const result = scoreAssessment(version, { "national-cirt": "yes" });
    expect(result.completion.pillars.technical).toEqual({ answered: 1, applicable: 5, ratio: 0.2 });
    const services = result.questions.find((q) => q.id === "cirt-services")!;
    expect(services).toMatchObject({ applicable: true, answered: false, credit: null, points: 0 });
  });

  it("lists applicable questions in file order", () => {
    expect(applicableQuestionIds(version, { "national-strategy": "yes" })).toContain("strategy-review");
    expect(applicableQuestionIds(version, {})).not.toContain("strategy-review");
  });
});

describe("completion", () => {
  it("counts required applicable questions, informational ones included, optional ones not", () => {
    const none = scoreAssessment(version, {});
    // 16 questions, minus 5 hidden sub-questions, minus the optional awareness-notes.
    expect(none.completion).toMatchObject({ answered: 0, applicable: 10, ratio: 0 });
    const some = scoreAssessment(version, { "cooperation-budget": 5, "awareness-notes": "x", "cybercrime-law": "no" });
    expect(some.completion).toMatchObject({ answered: 2, applicable: 10, ratio: 0.2 });
    expect(some.completion.pillars.cooperation).toEqual({ answered: 1, applicable: 3, ratio: 1 / 3 });
  });

  it("unanswered is not 'no': both earn 0 points but only 'no' is answered", () => {
    const unanswered = scoreAssessment(version, {});
    const no = scoreAssessment(version, { "cybercrime-law": "no" });
    expect(no.overall.score).toBe(unanswered.overall.score);
    expect(no.completion.answered).toBe(unanswered.completion.answered + 1);
    expect(unanswered.questions[0]).toMatchObject({ answered: false, credit: null });
    expect(no.questions[0]).toMatchObject({ answered: true, credit: 0 });
  });
});
