import { describe, expect, it } from "vitest";
import { bestAnswer, credit, worstAnswer } from "@/lib/scoring/credit";
import { fixtureVersion, t, versionFrom, fixtureFile } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();
const q = (id: string) => version.questionById[id]!;

describe("credit of each question type", () => {
  it.each([
    ["cybercrime-law", "yes", 1],
    ["cybercrime-law", "no", 0],
    ["data-protection", "in-place", 1],
    ["data-protection", "partially-in-place", 0.5],
    ["data-protection", "in-progress", 0.25],
    ["data-protection", "not-in-place", 0],
    // Overridden scale credits; unlisted values keep the defaults.
    ["strategy-review", "partially-in-place", 0.6],
    ["strategy-review", "in-progress", 0.2],
    ["strategy-review", "in-place", 1],
    ["breach-notification", "mandatory", 1],
    ["breach-notification", "voluntary", 0.5],
    ["breach-notification", "none", 0],
    ["cirt-services", [], 0],
    ["cirt-services", ["other"], 0],
    ["cirt-services", ["early-warning"], 0.3],
    ["cirt-services", ["incident-response", "forensics"], 0.8],
    // 0.5 + 0.3 + 0.3 = 1.1, capped at maxCredit 1.
    ["cirt-services", ["incident-response", "early-warning", "forensics"], 1],
    ["cirt-staff", 0, 0],
    ["cirt-staff", 1, 0.25],
    ["cirt-staff", 4.9, 0.25],
    ["cirt-staff", 5, 0.5],
    ["cirt-staff", 10, 1],
    ["cirt-staff", 1e6, 1],
    ["cooperation-budget", 1000, 0],
    ["cirt-name", "CERT-KE", 0],
    ["strategy-adopted", "2020-02-29", 0],
  ] as const)("%s = %j earns %d", (id, value, expected) => {
    expect(credit(q(id), value)).toBeCloseTo(expected, 12);
  });

  it.each([null, undefined])("%s is unanswered (null credit), not 'no'", (value) => {
    expect(credit(q("cybercrime-law"), value)).toBeNull();
  });

  it("blank text is unanswered", () => {
    expect(credit(q("cirt-name"), "   ")).toBeNull();
  });

  it.each([
    ["cybercrime-law", true],
    ["cybercrime-law", 1],
    ["data-protection", "yes"],
    ["breach-notification", "sometimes"],
    ["cirt-services", ["forensics", "forensics"]],
    ["cirt-services", "forensics"],
    ["cirt-staff", -1],
    ["cirt-staff", Number.NaN],
    ["awareness-campaigns", 101],
    ["cirt-name", "x".repeat(41)],
    ["strategy-adopted", "2023-02-29"],
  ] as const)("%s = %j is not a valid answer", (id, value) => {
    expect(() => credit(q(id), value)).toThrow(RangeError);
  });

  it("a multiple-choice cap below 1 limits the credit", () => {
    const file = fixtureFile();
    const coop = file.pillars[4]!.indicators[0]!.questions[1]!;
    Object.assign(coop, { maxCredit: 0.8 });
    const capped = versionFrom(file).questionById["multilateral"]!;
    expect(credit(capped, ["budapest", "malabo", "other"])).toBe(0.8);
    expect(bestAnswer(capped).credit).toBe(0.8);
  });

  it("number steps: the best step reached wins even when steps are not monotonic", () => {
    const file = fixtureFile();
    const staff = file.pillars[1]!.indicators[0]!.questions[2]!;
    Object.assign(staff, {
      steps: [
        { atLeast: 1, credit: 0.9 },
        { atLeast: 5, credit: 0.4 },
        { atLeast: 10, credit: 1 },
      ],
    });
    const question = versionFrom(file).questionById["cirt-staff"]!;
    expect(credit(question, 6)).toBe(0.9);
    expect(credit(question, 10)).toBe(1);
  });
});

describe("best and worst answers", () => {
  it.each([
    ["cybercrime-law", "yes", 1, "no", 0],
    ["data-protection", "in-place", 1, "not-in-place", 0],
    ["breach-notification", "mandatory", 1, "none", 0],
    ["cirt-services", ["incident-response", "early-warning", "forensics"], 1, [], 0],
    ["cirt-staff", 10, 1, 0, 0],
    ["awareness-campaigns", 3, 1, 0, 0],
    ["multilateral", ["budapest", "malabo", "other"], 1, [], 0],
  ] as const)("%s: best %j (%d), worst %j (%d)", (id, best, bestCredit, worst, worstCredit) => {
    expect(bestAnswer(q(id))).toEqual({ value: best, credit: bestCredit });
    expect(worstAnswer(q(id))).toEqual({ value: worst, credit: worstCredit });
    expect(credit(q(id), bestAnswer(q(id)).value)).toBe(bestCredit);
    expect(credit(q(id), worstAnswer(q(id)).value)).toBe(worstCredit);
  });

  it("informational questions get valid placeholder answers", () => {
    for (const id of ["cirt-name", "strategy-adopted", "cooperation-budget", "awareness-notes"]) {
      expect(credit(q(id), bestAnswer(q(id)).value)).toBe(0);
      expect(credit(q(id), worstAnswer(q(id)).value)).toBe(0);
    }
  });

  it("a number without min picks a value below every step as worst", () => {
    const file = fixtureFile();
    Object.assign(file.pillars[1]!.indicators[0]!.questions[2]!, { min: undefined, text: t("Staff") });
    const question = versionFrom(file).questionById["cirt-staff"]!;
    expect(worstAnswer(question)).toEqual({ value: 0, credit: 0 });
  });
});
