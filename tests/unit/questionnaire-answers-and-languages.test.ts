// Answer values per question type (used by carry-forward and validation) and translation coverage.
import { describe, expect, it } from "vitest";
import { answerCredit, isValidAnswer, translateAnswer } from "@/lib/questionnaire/answer-values";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";
import { coverageWarnings, languageCoverage } from "@/lib/questionnaire/language-coverage";
import { parseVersionKey } from "@/lib/questionnaire/version-key";
import { miniData, miniVersion } from "../fixtures/questionnaires/load-fixtures";

const v2024 = miniVersion("2024.yaml");
const q = (id: string) => v2024.questionById[id]!;

describe("answer values", () => {
  it.each([
    { question: "data-protection-law", value: "yes", valid: true, credit: 1 },
    { question: "data-protection-law", value: true, valid: false, credit: 0 },
    { question: "data-protection-law", value: "maybe", valid: false, credit: 0 },
    { question: "cybercrime-procedural", value: "partially-in-place", valid: true, credit: 0.6 },
    { question: "cybercrime-procedural", value: "done", valid: false, credit: 0 },
    { question: "cirt-exists", value: "informal", valid: true, credit: 0.5 },
    { question: "cirt-services", value: ["incident-response", "early-warning", "forensics"], valid: true, credit: 1 },
    { question: "cirt-services", value: ["early-warning"], valid: true, credit: 0.3 },
    { question: "cirt-services", value: ["early-warning", "early-warning"], valid: false, credit: 0 },
    { question: "awareness-campaigns", value: 4, valid: true, credit: 0.5 },
    { question: "awareness-campaigns", value: 5, valid: true, credit: 1 },
    { question: "awareness-campaigns", value: 1001, valid: false, credit: 0 },
    { question: "data-protection-date", value: "2023-02-28", valid: true, credit: 0 },
    { question: "data-protection-date", value: "2023-02-29", valid: false, credit: 0 },
    { question: "cooperation-notes", value: "   ", valid: false, credit: 0 },
    { question: "cooperation-notes", value: "x".repeat(501), valid: false, credit: 0 },
  ])("$question: $value is valid=$valid and earns $credit", ({ question, value, valid, credit }) => {
    expect(isValidAnswer(q(question), value)).toBe(valid);
    expect(answerCredit(q(question), value)).toBeCloseTo(credit, 9);
  });

  const v2020 = miniVersion("2020.yaml");
  it.each([
    { from: "cybercrime-substantive", to: "cybercrime-substantive", value: "no", expected: "not-in-place" },
    { from: "cirt-exists", to: "cirt-exists", value: "yes", expected: undefined },
    { from: "awareness-campaigns", to: "awareness-campaigns", value: 2, expected: 2 },
  ])("translates $from=$value to $expected", ({ from, to, value, expected }) => {
    expect(translateAnswer(value, v2020.questionById[from]!, q(to))).toEqual(expected);
  });
});

describe("language coverage", () => {
  it("counts every visible string and lists the untranslated ones", () => {
    const coverage = languageCoverage(miniData("2024.yaml"));
    expect(coverage.map((c) => [c.language, c.total, c.translated])).toEqual([
      ["fr", 46, 46],
      ["ar", 46, 0],
      ["zh", 46, 0],
      ["ru", 46, 0],
      ["es", 46, 2],
    ]);
    expect(coverage[4]?.missing).toContain("legal/cybercrime-law: title");
    expect(coverage[4]?.missing).toContain("technical/national-cirt/cirt-exists: option informal label");
    expect(coverage[4]?.missing).toContain("gap rule no-cirt: action");
    expect(coverageWarnings(coverage)[3]).toBe("es: 44 of 46 visible strings untranslated (falls back to English)");
  });

  it("has no warning for a fully translated language", () => {
    expect(coverageWarnings([{ language: "ar", total: 3, translated: 3, missing: [] }])).toEqual([]);
  });
});

describe("small helpers", () => {
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it.each([
    { key: "five-pillars@2024", expected: { id: "five-pillars", version: "2024" } },
    { key: "five-pillars@2024.1-draft", expected: { id: "five-pillars", version: "2024.1-draft" } },
    { key: "five-pillars", expected: undefined },
    { key: "Five@2024", expected: undefined },
  ])("parses $key", ({ key, expected }) => expect(parseVersionKey(key)).toEqual(expected));
});
