import { beforeAll, describe, expect, it } from "vitest";
import { basisOf, scoreOfRecord, validatedAnswers, type TAdjustment } from "@/lib/assessments/score-of-record";
import { headlineOf, parseStoredScore, scoreColumns, summarize, toStoredScore } from "@/lib/assessments/stored-score";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { scoreAssessment } from "@/lib/scoring";
import { answersTemplate } from "@/lib/scoring/templates";

let version: TNormalizedQuestionnaire;
let best: TAnswers;
const lowered: TAdjustment[] = [{ questionId: "national-cirt", value: "not-in-place", reason: "No CIRT operates yet" }];

beforeAll(async () => {
  version = await loadVersion("five-pillars@2024");
  best = answersTemplate(version, "best");
});

describe("which score is of record", () => {
  it.each([
    ["draft", "self-reported"],
    ["submitted", "self-reported"],
    ["in-review", "self-reported"],
    ["returned", "self-reported"],
    ["validated", "validated"],
  ] as const)("%s shows the %s score", (status, basis) => {
    expect(basisOf(status)).toBe(basis);
    const record = scoreOfRecord(version, best, lowered, { status, reviewed: true });
    expect(record.basis).toBe(basis);
    expect(record.headline).toBe(basis === "validated" ? record.validated : record.selfReported);
  });

  it("has no validated score until a reviewer has acted", () => {
    const record = scoreOfRecord(version, best, [], { status: "submitted", reviewed: false });
    expect(record.validated).toBeNull();
    expect(record.differences).toEqual([]);
    expect(scoreOfRecord(version, best, [], { status: "in-review", reviewed: true }).validated).not.toBeNull();
  });

  it("applies the reviewers' adjustments to the validated score only, and lists what moved with the reason", () => {
    const record = scoreOfRecord(version, best, lowered, { status: "validated", reviewed: true });
    expect(record.selfReported.overall.display).toBe(scoreAssessment(version, best).overall.display);
    expect(record.validated!.overall.display).toBe(scoreAssessment(version, validatedAnswers(best, lowered)).overall.display);
    expect(record.validated!.overall.display).toBeLessThan(record.selfReported.overall.display);
    expect(record.differences).toEqual([
      expect.objectContaining({ questionId: "national-cirt", reason: "No CIRT operates yet", selfValue: "in-place", validatedValue: "not-in-place" }),
    ]);
    expect(record.validated!.preview).toBe(false);
    expect(record.selfReported.preview).toBe(true);
  });

  it("does not list an adjustment that restates the country's own value", () => {
    const record = scoreOfRecord(version, best, [{ questionId: "national-cirt", value: "in-place", reason: "confirmed" }], {
      status: "in-review",
      reviewed: true,
    });
    expect(record.differences).toEqual([]);
    expect(record.validated!.overall.display).toBe(record.selfReported.overall.display);
  });
});

describe("the stored score of record", () => {
  it("round-trips through its one parser, and its columns carry the headline with hash and rules version", () => {
    const record = scoreOfRecord(version, best, lowered, { status: "validated", reviewed: true });
    const columns = scoreColumns(record);
    const stored = parseStoredScore(columns.scoreJson)!;
    expect(stored).toEqual(toStoredScore(record));
    expect(headlineOf(stored)).toEqual(summarize(record.validated!));
    expect(columns).toMatchObject({
      overallScore: record.validated!.overall.display,
      tier: record.validated!.tier.tier,
      scoredHash: version.hash,
      rulesVersion: record.selfReported.rulesVersion,
    });
    expect(stored.selfReported.flags).toEqual(record.selfReported.flags.map((f) => ({ id: f.id, severity: f.severity })));
  });

  it.each([
    ["absent", null],
    ["not JSON", "{"],
    ["an older format", JSON.stringify({ overall: 50, pillars: { legal: 10 }, flags: [] })],
    [
      "a wrong type",
      JSON.stringify({ format: 2, questionnaireHash: "h", rulesVersion: "r", basis: "validated", selfReported: { overall: "50" }, validated: null }),
    ],
  ])("reads %s as nothing (recomputed, never guessed)", (_, json) => {
    expect(parseStoredScore(json)).toBeNull();
  });
});
