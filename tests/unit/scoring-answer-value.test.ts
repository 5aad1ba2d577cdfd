import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerSchemaFor, validateAnswers } from "@/lib/scoring/answer-value";
import { creditFunctionFor } from "@/lib/scoring/credit";
import { fixtureVersion } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();
const q = (id: string) => version.questionById[id]!;

describe("answerSchemaFor", () => {
  it.each([
    ["cybercrime-law", "yes"],
    ["data-protection", "in-progress"],
    ["breach-notification", "voluntary"],
    ["cirt-services", []],
    ["cirt-services", ["forensics", "other"]],
    ["cirt-staff", 0],
    ["awareness-campaigns", 100],
    ["cirt-name", ""],
    ["strategy-adopted", "2024-02-29"],
  ] as const)("%s accepts %j", (id, value) => {
    expect(answerSchemaFor(q(id)).safeParse(value).success).toBe(true);
  });

  it.each([
    ["cybercrime-law", 3, 'expected "yes" or "no", got 3'],
    ["cybercrime-law", true, 'expected "yes" or "no", got true'],
    ["data-protection", "yes", 'expected one of "in-place", "partially-in-place", "in-progress", "not-in-place", got "yes"'],
    ["breach-notification", "never", 'expected one of "mandatory", "voluntary", "none", got "never"'],
    ["cirt-services", "forensics", 'expected a list of option ids, got "forensics"'],
    ["cirt-services", ["forensic"], 'unknown option "forensic" (expected "incident-response", "early-warning", "forensics", "other")'],
    ["cirt-services", ["other", "other"], 'option "other" is ticked twice'],
    ["cirt-staff", "5", 'expected a finite number, got "5"'],
    ["cirt-staff", Number.POSITIVE_INFINITY, "expected a finite number, got Infinity"],
    ["cirt-staff", -2, "must be at least 0, got -2"],
    ["awareness-campaigns", 101, "must be at most 100, got 101"],
    ["cirt-name", 7, "expected text, got 7"],
    ["cirt-name", "x".repeat(41), "must be at most 40 characters, got 41"],
    ["strategy-adopted", "01/02/2024", 'expected a date as YYYY-MM-DD, got "01/02/2024"'],
    ["strategy-adopted", "2023-02-29", '"2023-02-29" is not a calendar date'],
    ["strategy-adopted", "2024-04-31", '"2024-04-31" is not a calendar date'],
  ] as const)("%s rejects %j with %j", (id, value, message) => {
    const parsed = answerSchemaFor(q(id)).safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain(message);
  });

  it("returns the same schema object for a question (one schema per input)", () => {
    expect(answerSchemaFor(q("cybercrime-law"))).toBe(answerSchemaFor(q("cybercrime-law")));
  });

  it("agrees with the scoring fast path on arbitrary values", () => {
    const value = fc.oneof(
      fc.constantFrom("yes", "no", "in-place", "not-in-place", "mandatory", "forensics", "other", "2024-02-29", "2023-02-29", ""),
      fc.string(),
      fc.double(),
      fc.integer({ min: -5, max: 120 }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.constantFrom("incident-response", "early-warning", "forensics", "other", "budapest", "x"), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...version.questions), value, (question, v) => {
        if (v === null) return;
        expect(answerSchemaFor(question).safeParse(v).success).toBe(creditFunctionFor(question)(v) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("validateAnswers", () => {
  it("names the question and the problem, unknown ids last", () => {
    const problems = validateAnswers(version, {
      foo: "yes",
      "national-cirt": 3,
      "cirt-staff": -1,
      "cybercrime-law": "yes",
      "data-protection": null,
      "breach-notification": undefined,
      "awareness-notes": "   ",
      aaa: 1,
    });
    expect(problems).toEqual([
      { question: "national-cirt", code: "invalid-value", message: 'national-cirt: expected "yes" or "no", got 3' },
      { question: "cirt-staff", code: "invalid-value", message: "cirt-staff: must be at least 0, got -1" },
      { question: "aaa", code: "unknown-question", message: 'unknown question id "aaa"' },
      { question: "foo", code: "unknown-question", message: 'unknown question id "foo"' },
    ]);
  });

  it("accepts an empty set and answers to hidden sub-questions", () => {
    expect(validateAnswers(version, {})).toEqual([]);
    expect(validateAnswers(version, { "national-cirt": "no", "cirt-staff": 3 })).toEqual([]);
  });
});
