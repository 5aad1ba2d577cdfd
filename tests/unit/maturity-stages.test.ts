// Maturity stages: the rule (cumulative, start-up floor, no verdict before an answer), the file
// checks, the shipped editions, the words a plan says them with, and that they never move a score.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadVersion, questionnaireHash } from "@/lib/files/questionnaire-files";
import { maturityOf } from "@/lib/maturity/maturity-stages";
import { orList, requirementText, type TStageWords } from "@/lib/maturity/stage-text";
import { credit } from "@/lib/scoring/credit";
import { ZQuestionnaireFile, type TQuestionnaireFileInput } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { parseQuestionnaire } from "@/lib/questionnaire/parse-questionnaire";
import { formatProblem } from "@/lib/questionnaire/problems";
import { answersTemplate } from "@/lib/scoring/templates";
import { scoreAssessment } from "@/lib/scoring/score";
import { mulberry32 } from "@/lib/scoring/prng";
import { fixtureFile, randomAnswers, randomValue, t, versionFrom } from "@/tests/support/scoring-fixtures";

/** One indicator of four yes/no questions, a stage each, and a scale question for `any`. */
function stagedFile(): TQuestionnaireFileInput {
  const file = fixtureFile();
  const legal = file.pillars[0]!;
  legal.indicators = [
    {
      id: "cybercrime-law",
      title: t("Cybercrime law"),
      stages: {
        formative: [{ question: "law-drafted", in: ["yes"] }],
        established: [{ question: "law-adopted", in: [true] }],
        strategic: [
          {
            any: [
              { question: "law-reviewed", in: ["yes"] },
              { question: "law-enforced", in: ["in-place", "partially-in-place"] },
            ],
          },
        ],
        dynamic: [
          { question: "law-reviewed", in: ["yes"] },
          { question: "law-enforced", in: ["in-place"] },
        ],
      },
      questions: [
        { id: "law-drafted", type: "yes-no", text: t("Is a cybercrime law drafted?") },
        { id: "law-adopted", type: "yes-no", text: t("Is it adopted?") },
        { id: "law-reviewed", type: "yes-no", text: t("Is it reviewed regularly?") },
        { id: "law-enforced", type: "scale", text: t("Is it enforced?") },
      ],
    },
  ];
  return file;
}

const problemsOf = (file: TQuestionnaireFileInput) => {
  const parsed = parseQuestionnaire(stringify(file), { fileName: "staged.yaml" });
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
};

/** Every other indicator gets the same trivial stages, so a file is staged all through. */
function stagedEverywhere(file: TQuestionnaireFileInput): TQuestionnaireFileInput {
  for (const pillar of file.pillars)
    for (const indicator of pillar.indicators) {
      if (indicator.stages) continue;
      // An indicator of number or text questions only gets a yes/no one to be staged by.
      let q = indicator.questions.find((x) => ["yes-no", "scale", "single-choice", "multiple-choice"].includes(x.type));
      if (!q) indicator.questions.push((q = { id: `${indicator.id}-in-place`, type: "yes-no", text: t("In place?") }));
      const value = q.type === "yes-no" ? "yes" : q.type === "scale" ? "in-place" : "options" in q ? q.options[0]!.id : "";
      const req = [{ question: q.id, in: [value] }];
      indicator.stages = { formative: req, established: req, strategic: req, dynamic: req };
    }
  return file;
}

describe("maturityOf: the stage of an indicator", () => {
  const version = versionFrom(stagedFile());
  const law = (answers: TAnswers) => maturityOf(version, answers).find((m) => m.indicator === "cybercrime-law")!;
  it.each<[string, TAnswers, string | null, string | null, string[]]>([
    ["no answer: no verdict yet, formative is next", {}, null, "formative", ["law-drafted"]],
    ["an answer short of formative: start-up", { "law-drafted": "no" }, "start-up", "formative", ["law-drafted"]],
    ["formative", { "law-drafted": "yes" }, "formative", "established", ["law-adopted"]],
    ["a YAML true in the file is the answer yes", { "law-drafted": "yes", "law-adopted": "yes" }, "established", "strategic", ["any"]],
    [
      "strategic through one of its any",
      { "law-drafted": "yes", "law-adopted": "yes", "law-enforced": "partially-in-place" },
      "strategic",
      "dynamic",
      ["law-reviewed", "law-enforced"],
    ],
    ["dynamic", { "law-drafted": "yes", "law-adopted": "yes", "law-reviewed": "yes", "law-enforced": "in-place" }, "dynamic", null, []],
    [
      "stages are cumulative: the top answers without formative stay at start-up",
      { "law-drafted": "no", "law-adopted": "yes", "law-reviewed": "yes", "law-enforced": "in-place" },
      "start-up",
      "formative",
      ["law-drafted"],
    ],
    [
      "a gap in the middle stops the climb",
      { "law-drafted": "yes", "law-adopted": "no", "law-reviewed": "yes", "law-enforced": "in-place" },
      "formative",
      "established",
      ["law-adopted"],
    ],
  ])("%s", (_name, answers, stage, next, missing) => {
    const m = law(answers);
    expect(m.stage).toBe(stage);
    expect(m.next?.stage ?? null).toBe(next);
    expect(m.next?.missing.map((r) => ("any" in r ? "any" : r.question)) ?? []).toEqual(missing);
  });

  it("lists only indicators that declare stages", () => {
    expect(maturityOf(versionFrom(fixtureFile()), {})).toEqual([]);
    expect(maturityOf(version, {}).map((m) => m.indicator)).toEqual(["cybercrime-law"]);
  });
});

describe("the file checks stages", () => {
  it("accepts a staged file", () => {
    expect(problemsOf(stagedEverywhere(stagedFile()))).toEqual([]);
  });
  it.each<[string, (f: TQuestionnaireFileInput) => void, RegExp]>([
    [
      "a question of another indicator",
      (f) => (f.pillars[0]!.indicators[0]!.stages!.formative = [{ question: "breach-notification", in: ["none"] }]),
      /not a question of indicator cybercrime-law/,
    ],
    ["an unknown question", (f) => (f.pillars[0]!.indicators[0]!.stages!.formative = [{ question: "nowhere", in: ["yes"] }]), /not a question of indicator/],
    [
      "a value the question does not have",
      (f) => (f.pillars[0]!.indicators[0]!.stages!.dynamic[1] = { question: "law-enforced", in: ["yes"] }),
      /stage value "yes" is not an answer of law-enforced/,
    ],
    ["a stage left empty", (f) => (f.pillars[0]!.indicators[0]!.stages!.strategic = []), /strategic/],
    [
      "a misspelt stage",
      (f) => ((f.pillars[0]!.indicators[0]!.stages as Record<string, unknown>).estabilshed = [{ question: "law-adopted", in: ["yes"] }]),
      /estabilshed/,
    ],
  ])("refuses %s", (_name, edit, message) => {
    const file = stagedEverywhere(stagedFile());
    edit(file);
    expect(problemsOf(file).join("\n")).toMatch(message);
  });
  it("refuses stages on some indicators only", () => {
    expect(problemsOf(stagedFile()).join("\n")).toMatch(/declares no maturity stages, while others of this edition do/);
  });
  it("leaves the structure hash alone: stages never change a score", () => {
    const staged = ZQuestionnaireFile.parse(stagedEverywhere(stagedFile()));
    const bare = structuredClone(staged);
    for (const p of bare.pillars) for (const i of p.indicators) delete i.stages;
    expect(questionnaireHash(staged)).toBe(questionnaireHash(bare));
    const answers = { "law-drafted": "yes", "law-adopted": "no" } as TAnswers;
    const a = scoreAssessment(versionFrom(staged), answers);
    const b = scoreAssessment(versionFrom(bare), answers);
    expect(a.overall).toEqual(b.overall);
  });
});

describe.each(["five-pillars@2020", "five-pillars@2024"])("the shipped edition %s", (key) => {
  let version: TNormalizedQuestionnaire;
  it("declares stages for every indicator; best answers reach dynamic, worst stay at start-up", async () => {
    version = await loadVersion(key);
    expect(maturityOf(version, {})).toHaveLength(version.indicators.length);
    expect(maturityOf(version, answersTemplate(version, "best")).map((m) => m.stage)).toEqual(version.indicators.map(() => "dynamic"));
    expect(maturityOf(version, answersTemplate(version, "worst")).map((m) => m.stage)).toEqual(version.indicators.map(() => "start-up"));
  });

  it("a better answer to one question never lowers a stage (property)", async () => {
    version ??= await loadVersion(key);
    const rank = ["start-up", "formative", "established", "strategic", "dynamic"];
    const level = (s: string | null) => (s === null ? -1 : rank.indexOf(s));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 10_000 }), (seed, pick) => {
        const answers = randomAnswers(version, seed, 0.9);
        const choice = version.questions.filter((q) => q.type === "scale" || q.type === "yes-no");
        const q = choice[pick % choice.length]!;
        const better = randomValue(mulberry32(seed ^ pick), q);
        const before = answers[q.id];
        if (before === undefined || before === null || (credit(q, better) ?? 0) <= (credit(q, before) ?? 0)) return;
        const was = maturityOf(version, answers);
        const now = maturityOf(version, { ...answers, [q.id]: better });
        now.forEach((m, k) => expect(level(m.stage)).toBeGreaterThanOrEqual(level(was[k]!.stage)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("a requirement in words", () => {
  const version = versionFrom(stagedFile());
  const words: TStageWords = {
    answer: (v) => ({ yes: "Yes", no: "No", "in-place": "In place", "partially-in-place": "Partially in place", "in-progress": "In progress" })[v] ?? v,
    requirement: (question, answers) => `${question} Answer: ${answers}.`,
    anyOf: (items) => `One of: ${items}`,
    orBetter: (answer) => `${answer} or better`,
  };
  it("names the question and the answers that meet it, joined with the language's 'or'", () => {
    expect(requirementText({ question: "law-adopted", in: [true] }, version, "en", words)).toBe("Is it adopted? Answer: Yes.");
    expect(requirementText({ question: "law-enforced", in: ["in-place", "partially-in-place"] }, version, "en", words)).toBe(
      "Is it enforced? Answer: Partially in place or better.",
    );
    expect(
      requirementText(
        {
          any: [
            { question: "law-reviewed", in: ["yes"] },
            { question: "law-adopted", in: ["yes"] },
          ],
        },
        version,
        "en",
        words,
      ),
    ).toBe("One of: Is it reviewed regularly? Answer: Yes. / Is it adopted? Answer: Yes.");
  });
  it.each([
    ["en", "a or b"],
    ["fr", "a ou b"],
    ["es", "a o b"],
    ["ru", "a или b"],
  ])("joins alternatives in %s", (locale, joined) => expect(orList(["a", "b"], locale)).toBe(joined));
});
