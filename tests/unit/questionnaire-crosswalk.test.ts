// Crosswalk validation against both versions, carrying answers forward, and version diffs.
import { describe, expect, it } from "vitest";
import { carryForward, diffVersions, invertCrosswalk, validateCrosswalk } from "@/lib/questionnaire/crosswalk";
import { formatProblem } from "@/lib/questionnaire/problems";
import { brief, miniCrosswalk, miniData, miniVersion, parseCrosswalkData, type TRaw } from "../fixtures/questionnaires/load-fixtures";

const v2020 = miniVersion("2020.yaml");
const v2024 = miniVersion("2024.yaml");

function crosswalkProblems(mutate: (data: TRaw) => void): string[] {
  const data = miniData("crosswalk-2020-to-2024.yaml");
  mutate(data);
  const parsed = parseCrosswalkData(data);
  if (!parsed.ok) return parsed.problems.map(brief);
  return validateCrosswalk(parsed.value, v2020, v2024, parsed.context).map(brief);
}

const entry = (data: TRaw, fromId: string) => data.entries.find((e: TRaw) => (e.from ?? []).includes(fromId));

describe("validateCrosswalk", () => {
  it("accepts the mini crosswalk", () => {
    expect(validateCrosswalk(miniCrosswalk(), v2020, v2024).map(formatProblem)).toEqual([]);
  });

  it.each([
    {
      name: "a 2020 question left out",
      mutate: (d: TRaw) => (d.entries = d.entries.filter((e: TRaw) => e.relation !== "dropped")),
      expected: ["question awareness-notes of mini@2020 is not mapped (map it, or add a dropped entry)"],
    },
    {
      name: "a 2024 question left out",
      mutate: (d: TRaw) => (d.entries.at(-1).to = ["public-private-partnership"]),
      expected: ["question cooperation-notes of mini@2024 is not mapped (map it, or add a new entry)"],
    },
    {
      name: "an unknown target",
      mutate: (d: TRaw) => (entry(d, "cyber-agency").to = ["cyber-agencies"]),
      expected: [
        "entry 8 (cyber-agency -> cyber-agencies): to: unknown question cyber-agencies in mini@2024",
        "question cyber-agency of mini@2024 is not mapped (map it, or add a new entry)",
      ],
    },
    {
      name: "an unknown source",
      mutate: (d: TRaw) => (entry(d, "training").from = ["trainings"]),
      expected: [
        "entry 10 (trainings -> training-public, training-professional): from: unknown question trainings in mini@2020",
        "question training of mini@2020 is not mapped (map it, or add a dropped entry)",
      ],
    },
    {
      name: "a question mapped twice",
      mutate: (d: TRaw) => d.entries.push({ from: ["cyber-agency"], relation: "dropped" }),
      expected: ["entry 14 (cyber-agency -> none): question cyber-agency of mini@2020 is already mapped by entry 8"],
    },
    {
      name: "a split into one question",
      mutate: (d: TRaw) => {
        entry(d, "training").to = ["training-public"];
        d.entries.push({ to: ["training-professional"], relation: "new" });
      },
      expected: [
        "entry 10 (training -> training-public): a split entry maps exactly 1 question(s) from mini@2020 to at least 2 in mini@2024, this one maps 1 to 1",
      ],
    },
    {
      name: "a new entry with a source",
      mutate: (d: TRaw) => (d.entries[3].from = ["data-protection-law"]),
      expected: [
        "entry 4 (data-protection-law -> data-protection-date): a new entry maps exactly 0 question(s) from mini@2020 to at least 1 in mini@2024, this one maps 1 to 1",
        "entry 4 (data-protection-law -> data-protection-date): question data-protection-law of mini@2020 is already mapped by entry 3",
      ],
    },
    {
      name: "the wrong versions",
      mutate: (d: TRaw) => (d.from = "2019"),
      expected: ["from 2019 does not match mini@2020"],
    },
    {
      name: "an unknown relation",
      mutate: (d: TRaw) => (entry(d, "cyber-agency").relation = "renamed"),
      expected: ['entry 8 (cyber-agency -> cyber-agency): relation "renamed" is not one of same, reworded, split, merged, new, dropped, moved, reweighted'],
    },
  ])("rejects $name", ({ mutate, expected }) => {
    expect(crosswalkProblems(mutate)).toEqual(expected);
  });
});

describe("carryForward from mini@2020 to mini@2024", () => {
  const answers2020 = {
    "cybercrime-substantive": "yes",
    "cybercrime-procedural": "no",
    "data-protection-law": "yes",
    "cirt-exists": "yes",
    "cirt-services": ["incident-response", "forensics"],
    "national-strategy": "no",
    "cyber-agency": true, // a YAML boolean reads as "yes"
    "awareness-campaigns": 3,
    training: "yes",
    "awareness-notes": "Two campaigns.",
    "bilateral-agreements": "no",
    "multilateral-agreements": "yes",
  };
  const result = carryForward(answers2020, miniCrosswalk(), v2020, v2024);

  it("carries every answer the new question can hold, converting yes/no to the scale", () => {
    expect(result.answers).toEqual({
      "cybercrime-substantive": "in-place",
      "cybercrime-procedural": "not-in-place",
      "data-protection-law": "yes",
      "cirt-services": ["incident-response", "forensics"],
      "national-strategy": "not-in-place",
      "cyber-agency": "yes",
      "awareness-campaigns": 3,
      "training-public": "yes",
      "training-professional": "in-place",
      "international-agreements": "in-place",
    });
  });

  it.each([
    { to: "international-agreements", from: ["bilateral-agreements", "multilateral-agreements"], relation: "merged" },
    { to: "training-professional", from: ["training"], relation: "split" },
    { to: "cyber-agency", from: ["cyber-agency"], relation: "moved" },
    { to: "cybercrime-substantive", from: ["cybercrime-substantive"], relation: "reworded" },
  ])("says where $to came from ($relation)", ({ to, from, relation }) => {
    const carried = result.carried.find((c) => c.to === to);
    expect(carried).toMatchObject({ from, relation });
    expect(carried?.note).toBeTruthy();
  });

  it("explains what it did not carry", () => {
    expect(result.notCarried.map((n) => [n.relation, n.from, n.to])).toEqual([
      ["new", [], ["data-protection-date"]],
      ["reworded", ["cirt-exists"], ["cirt-exists"]],
      ["dropped", ["awareness-notes"], []],
      ["new", [], ["public-private-partnership", "cooperation-notes"]],
    ]);
    expect(result.notCarried[1]?.note).toBe("the earlier answer has no valid meaning for the single-choice question cirt-exists");
  });

  it.each([
    { name: "yes becomes in-place on the scale", answers: { "cybercrime-substantive": "yes" }, expected: { "cybercrime-substantive": "in-place" } },
    { name: "an out-of-range number is not carried", answers: { "awareness-campaigns": -1 }, expected: {} },
    {
      name: "a merged question takes the best source",
      answers: { "bilateral-agreements": "yes", "multilateral-agreements": "no" },
      expected: { "international-agreements": "in-place" },
    },
    { name: "a merged question with one answered source", answers: { "bilateral-agreements": "no" }, expected: { "international-agreements": "not-in-place" } },
    { name: "unanswered questions carry nothing", answers: { training: null, "cirt-services": undefined }, expected: {} },
    { name: "unknown option ids are not carried", answers: { "cirt-services": ["pentesting"] }, expected: {} },
    { name: "an empty tick list is an answer", answers: { "cirt-services": [] }, expected: { "cirt-services": [] } },
  ])("$name", ({ answers, expected }) => {
    expect(carryForward(answers, miniCrosswalk(), v2020, v2024).answers).toEqual(expected);
  });

  it("maps the scale back to yes/no only at its ends", () => {
    const back = invertCrosswalk(miniCrosswalk());
    const answers = { "cybercrime-substantive": "in-place", "cybercrime-procedural": "partially-in-place", "national-strategy": "not-in-place" };
    expect(carryForward(answers, back, v2024, v2020).answers).toEqual({ "cybercrime-substantive": "yes", "national-strategy": "no" });
  });
});

describe("diffVersions", () => {
  it("pairs questions through the crosswalk", () => {
    const diff = diffVersions(v2020, v2024, miniCrosswalk());
    expect(diff.usedCrosswalk).toBe(true);
    expect(diff.questions.added.map((q) => q.id)).toEqual(["data-protection-date", "public-private-partnership", "cooperation-notes"]);
    expect(diff.questions.removed.map((q) => q.id)).toEqual(["awareness-notes"]);
    expect(diff.questions.reworded.map((q) => q.from)).toEqual(["cybercrime-substantive"]);
    expect(diff.questions.moved).toEqual([{ from: "cyber-agency", to: "cyber-agency", before: "organizational/strategy", after: "organizational/governance" }]);
    expect(diff.questions.typeChanged.map((t) => `${t.from}:${t.typeBefore}->${t.typeAfter}`)).toEqual([
      "cybercrime-substantive:yes-no->scale",
      "cybercrime-procedural:yes-no->scale",
      "cirt-exists:yes-no->single-choice",
      "national-strategy:yes-no->scale",
    ]);
    expect(diff.questions.split).toEqual([{ from: "training", to: ["training-public", "training-professional"], pointsBefore: 10, pointsAfter: 15 }]);
    expect(diff.questions.merged[0]).toMatchObject({ to: "international-agreements", pointsBefore: 20, pointsAfter: 10 });
    expect(diff.gapRules).toEqual({ added: ["weak-cybercrime-law", "no-data-protection"], removed: ["no-strategy"], changed: ["no-cirt"] });
    expect(diff.indicators.added.map((i) => i.id)).toEqual(["governance"]);
  });

  it.each([
    { question: "national-strategy", before: 5, after: 10 },
    { question: "cyber-agency", before: 15, after: 10 },
    { question: "awareness-campaigns", before: 10, after: 5 },
  ])("reports $question reweighted from $before to $after points", ({ question, before, after }) => {
    const reweighted = diffVersions(v2020, v2024, miniCrosswalk()).questions.reweighted.find((r) => r.from === question);
    expect(reweighted?.pointsBefore).toBeCloseTo(before, 9);
    expect(reweighted?.pointsAfter).toBeCloseTo(after, 9);
  });

  it("pairs by id without a crosswalk", () => {
    const diff = diffVersions(v2020, v2024);
    expect(diff.usedCrosswalk).toBe(false);
    expect(diff.questions.removed.map((q) => q.id)).toEqual(["training", "awareness-notes", "bilateral-agreements", "multilateral-agreements"]);
    expect(diff.questions.added.map((q) => q.id)).toContain("international-agreements");
  });

  it("reads an inverted crosswalk backwards: splits become merges", () => {
    const diff = diffVersions(v2024, v2020, invertCrosswalk(miniCrosswalk()));
    expect(diff.questions.merged.map((m) => m.to)).toEqual(["training"]);
    expect(diff.questions.split.map((s) => s.from)).toEqual(["international-agreements"]);
    expect(diff.questions.removed.map((q) => q.id)).toEqual(["data-protection-date", "public-private-partnership", "cooperation-notes"]);
  });

  it("finds no change between a version and itself", () => {
    const diff = diffVersions(v2024, v2024);
    expect(diff.questions.unchanged).toBe(v2024.questions.length);
    expect([...diff.questions.added, ...diff.questions.removed, ...diff.questions.reweighted]).toEqual([]);
  });
});
