// The validator accepts the mini fixture and rejects each broken variant with a precise, id-located message.
import { describe, expect, it } from "vitest";
import { parseQuestionnaire } from "@/lib/questionnaire/parse-questionnaire";
import { formatProblem } from "@/lib/questionnaire/problems";
import { brief, miniData, miniText, parseData, rawGapRule, rawIndicator, rawPillar, rawQuestion, type TRaw } from "../fixtures/questionnaires/load-fixtures";

describe("parseQuestionnaire: valid fixtures", () => {
  it.each(["2020.yaml", "2024.yaml"] as const)("accepts mini %s", (name) => {
    const parsed = parseQuestionnaire(miniText(name), { fileName: name });
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
  });

  it("covers every question type, skip logic and gap rules", () => {
    const parsed = parseQuestionnaire(miniText("2024.yaml"), { fileName: "2024.yaml" });
    if (!parsed.ok) throw new Error("fixture should be valid");
    const questions = parsed.value.pillars.flatMap((p) => p.indicators.flatMap((i) => i.questions));
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["yes-no", "scale", "single-choice", "multiple-choice", "number", "text", "date"]));
    expect(questions.filter((q) => q.showIf).length).toBeGreaterThan(1);
    expect(parsed.value.gapRules.length).toBeGreaterThan(1);
  });
});

type TCase = { name: string; mutate: (data: TRaw) => void; expected: string[] };

const CONDITION_FORMS = "{question, in}, {question, creditBelow}, {question, unanswered: true}, {indicator, scoreBelow}, {all}, {any} or {not}";

const cases: TCase[] = [
  {
    name: "option credit above 1",
    mutate: (d) => (rawQuestion(d, "cirt-exists").options[1].credit = 1.4),
    expected: ["technical/national-cirt/cirt-exists: option informal credit 1.4 is above 1"],
  },
  {
    name: "missing English text (the source; other languages may fall back to it)",
    mutate: (d) => delete rawQuestion(d, "data-protection-law").text.en,
    expected: ["legal/data-protection/data-protection-law: text.en is missing"],
  },
  {
    name: "blank English text",
    mutate: (d) => (rawQuestion(d, "cyber-agency").text.en = "   "),
    expected: ["organizational/governance/cyber-agency: text.en is empty"],
  },
  {
    name: "unknown question type",
    mutate: (d) => (rawQuestion(d, "cyber-agency").type = "yesno"),
    expected: ['organizational/governance/cyber-agency: type "yesno" is not one of yes-no, scale, single-choice, multiple-choice, number, text, date'],
  },
  {
    name: "misspelt key",
    mutate: (d) => {
      const q = rawQuestion(d, "training-professional");
      q.weigth = q.weight;
      delete q.weight;
    },
    expected: ['capacity-development/awareness/training-professional: unknown key "weigth" (did you mean "weight"?)'],
  },
  {
    name: "misspelt scale value in credits",
    mutate: (d) => (rawQuestion(d, "cybercrime-procedural").credits = { "partly-in-place": 0.6 }),
    expected: ['legal/cybercrime-law/cybercrime-procedural: credits has unknown key "partly-in-place"'],
  },
  {
    name: "weight written as text",
    mutate: (d) => (rawQuestion(d, "training-professional").weight = "2"),
    expected: ['capacity-development/awareness/training-professional: weight must be a number, not "2"'],
  },
  {
    name: "id not kebab-case",
    mutate: (d) => (rawIndicator(d, "governance").id = "Governance"),
    expected: ['organizational/Governance: id "Governance" must be kebab-case (lowercase letters, digits and single hyphens)'],
  },
  {
    name: "version written as a number",
    mutate: (d) => (d.version = 2024),
    expected: ['version must be a text, not 2024 (write it in quotes: "2024")'],
  },
  {
    name: "invalid status",
    mutate: (d) => (d.status = "final"),
    expected: ['status "final" is not one of draft, published'],
  },
  {
    name: "reference with a broken URL",
    mutate: (d) => (rawQuestion(d, "cybercrime-substantive").references[0].url = "coe.int budapest"),
    expected: ['legal/cybercrime-law/cybercrime-substantive: references[0].url "coe.int budapest" is not a valid URL'],
  },
  {
    name: "only four pillars",
    mutate: (d) => d.pillars.pop(),
    expected: ["the questionnaire must have exactly the five pillars (legal, technical, organizational, capacity-development, cooperation), found 4"],
  },
  {
    name: "a pillar twice",
    mutate: (d) => (rawPillar(d, "cooperation").id = "legal"),
    expected: ["legal: pillar legal appears more than once", "pillar cooperation is missing"],
  },
  {
    name: "duplicate indicator id",
    mutate: (d) => (rawIndicator(d, "governance").id = "strategy"),
    expected: ["organizational/strategy: duplicate indicator id strategy (first used in pillar organizational)"],
  },
  {
    name: "duplicate question id",
    mutate: (d) => (rawQuestion(d, "training-public").id = "cyber-agency"),
    expected: ["capacity-development/awareness/cyber-agency: duplicate question id cyber-agency (first used at organizational/governance/cyber-agency)"],
  },
  {
    name: "duplicate option id",
    mutate: (d) => (rawQuestion(d, "cirt-services").options[2].id = "early-warning"),
    expected: ["technical/national-cirt/cirt-services: duplicate option id early-warning"],
  },
  {
    name: "showIf on a later question",
    mutate: (d) => (rawQuestion(d, "data-protection-date").showIf = { question: "cirt-exists", in: ["formal"] }),
    expected: [
      "legal/data-protection/data-protection-date: showIf refers to cirt-exists, which does not come before this question (showIf may only refer to earlier questions)",
    ],
  },
  {
    name: "showIf on an unknown question",
    mutate: (d) => (rawQuestion(d, "cirt-services").showIf.question = "cirt"),
    expected: ["technical/national-cirt/cirt-services: showIf refers to unknown question cirt"],
  },
  {
    name: "showIf value that is not an answer",
    mutate: (d) => (rawQuestion(d, "cirt-services").showIf.in = ["informal", "official"]),
    expected: ['technical/national-cirt/cirt-services: showIf value "official" is not an answer of cirt-exists (none, informal, formal)'],
  },
  {
    name: "showIf that a better answer would hide",
    mutate: (d) => (rawQuestion(d, "cirt-services").showIf.in = ["informal"]),
    expected: [
      "technical/national-cirt/cirt-services: showIf shows this scored question when cirt-exists is informal (credit 0.5) but hides it when cirt-exists is formal (credit 1); a better answer must never hide a scored question",
    ],
  },
  {
    name: "showIf on a number question",
    mutate: (d) => (rawQuestion(d, "training-public").showIf = { question: "awareness-campaigns", in: ["5"] }),
    expected: [
      "capacity-development/awareness/training-public: showIf cannot depend on awareness-campaigns, a number question (use a yes-no, scale or choice question)",
    ],
  },
  {
    name: "showIf with an empty list",
    mutate: (d) => (rawQuestion(d, "cirt-services").showIf.in = []),
    expected: ["technical/national-cirt/cirt-services: showIf.in needs at least 1 item, found 0"],
  },
  {
    name: "number min above max",
    mutate: (d) => Object.assign(rawQuestion(d, "awareness-campaigns"), { min: 10, max: 5 }),
    expected: ["capacity-development/awareness/awareness-campaigns: min 10 is above max 5"],
  },
  {
    name: "number steps out of order",
    mutate: (d) => rawQuestion(d, "awareness-campaigns").steps.reverse(),
    expected: [
      "capacity-development/awareness/awareness-campaigns: step 2 atLeast 1 must be above step 1 atLeast 5 (list steps from smallest to largest)",
      "capacity-development/awareness/awareness-campaigns: step 2 credit 0.5 is below step 1 credit 1: a larger answer must not earn less",
    ],
  },
  {
    name: "unreachable number step",
    mutate: (d) => (rawQuestion(d, "awareness-campaigns").steps[1].atLeast = 5000),
    expected: ["capacity-development/awareness/awareness-campaigns: step 2 atLeast 5000 is above max 1000, so it can never be reached"],
  },
  {
    name: "negative step credit",
    mutate: (d) => (rawQuestion(d, "awareness-campaigns").steps[0].credit = -0.5),
    expected: ["capacity-development/awareness/awareness-campaigns: step 1 credit -0.5 is below 0"],
  },
  {
    name: "scale credits not best first",
    mutate: (d) => (rawQuestion(d, "cybercrime-procedural").credits["in-progress"] = 0.8),
    expected: ["legal/cybercrime-law/cybercrime-procedural: credits: in-progress (0.8) earns more than partially-in-place (0.6); the scale is best first"],
  },
  {
    name: "no tier starting at 0",
    mutate: (d) => (d.tiers[4].min = 10),
    expected: ["no tier has min 0, so a low score would have no tier"],
  },
  {
    name: "tier minimums out of order",
    mutate: (d) => (d.tiers[1].min = 99),
    expected: ["tier 2: min 99 must be below the min of tier 1 (95): tier 1 is the highest"],
  },
  {
    name: "tier number twice",
    mutate: (d) => (d.tiers[4].tier = 4),
    expected: ["tier 4: tier 4 is defined more than once"],
  },
  {
    name: "pillar without a scored question",
    mutate: (d) => rawIndicator(d, "agreements").questions.forEach((q: TRaw) => (q.informational = true)),
    expected: ["cooperation: pillar has no scored question, so its 20 points could never be earned"],
  },
  {
    name: "gap rule on an unknown question",
    mutate: (d) => (rawGapRule(d, "no-cirt").when.question = "cirt"),
    expected: ["gap rule no-cirt: condition refers to unknown question cirt"],
  },
  {
    name: "gap rule on an unknown indicator",
    mutate: (d) => (rawGapRule(d, "weak-cybercrime-law").when.any[1].indicator = "cybercrime"),
    expected: ["gap rule weak-cybercrime-law: condition refers to unknown indicator cybercrime"],
  },
  {
    name: "gap rule value that is not an answer",
    mutate: (d) => (rawGapRule(d, "no-cirt").when.in = ["missing"]),
    expected: ['gap rule no-cirt: condition value "missing" is not an answer of cirt-exists (none, informal, formal)'],
  },
  {
    name: "gap rule `in` on a text question",
    mutate: (d) => (rawGapRule(d, "no-cirt").when = { question: "cooperation-notes", in: ["none"] }),
    expected: ['gap rule no-cirt: "in" cannot test cooperation-notes, a text question (use creditBelow or unanswered)'],
  },
  {
    name: "gap rule with a malformed condition",
    mutate: (d) => (rawGapRule(d, "no-cirt").when = { question: "cirt-exists", within: ["none"] }),
    expected: [`gap rule no-cirt: when is not a valid condition; use one of ${CONDITION_FORMS}`],
  },
  {
    name: "gap rule with a malformed nested condition",
    mutate: (d) => (rawGapRule(d, "weak-cybercrime-law").when.any[0].creditBelow = 2),
    expected: ["gap rule weak-cybercrime-law: when.any[0].creditBelow 2 is above 1"],
  },
  {
    name: "duplicate gap rule id",
    mutate: (d) => (rawGapRule(d, "no-data-protection").id = "no-cirt"),
    expected: ["gap rule no-cirt: duplicate gap rule id no-cirt"],
  },
];

describe("parseQuestionnaire: broken variants of the fixture", () => {
  it("has a large catalogue", () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)("rejects: $name", ({ mutate, expected }) => {
    const data = miniData("2024.yaml");
    mutate(data);
    const parsed = parseData(data);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map(brief)).toEqual(expected);
  });
});

describe("parseQuestionnaire: locations", () => {
  it("names the file, line and column of a schema problem", () => {
    const text = miniText("2024.yaml").replace("Informal team, fr: Équipe informelle }, credit: 0.5", "Informal team, fr: Équipe informelle }, credit: 1.4");
    const line = text.split("\n").findIndex((l) => l.includes("credit: 1.4")) + 1;
    const parsed = parseQuestionnaire(text, { fileName: "2024.yaml" });
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      `2024.yaml:${line}:86: technical/national-cirt/cirt-exists: option informal credit 1.4 is above 1`,
    ]);
  });

  it.each([
    { name: "unclosed flow sequence", text: "id: x\ntiers: [1, 2\nstatus: draft\n", expected: /^broken\.yaml:3:1: YAML syntax error: Flow sequence/ },
    { name: "duplicate key", text: "id: x\nversion: '1'\nid: y\n", expected: /^broken\.yaml:3:1: YAML syntax error: Map keys must be unique$/ },
    { name: "tab indentation", text: "id: x\npillars:\n\t- id: legal\n", expected: /^broken\.yaml:3:1: YAML syntax error: Tabs are not allowed/ },
  ])("reports YAML syntax errors with line:column ($name)", ({ text, expected }) => {
    const parsed = parseQuestionnaire(text, { fileName: "broken.yaml" });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : formatProblem(parsed.problems[0]!)).toMatch(expected);
  });

  it("rejects a file that is not a mapping", () => {
    const parsed = parseQuestionnaire("- just\n- a list\n", { fileName: "list.yaml" });
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual(["list.yaml: the file must be a YAML mapping (key: value lines)"]);
  });
});
