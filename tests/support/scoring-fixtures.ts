// Questionnaire versions and answer sets for scoring tests and the scoring benchmark, written
// here rather than read from questionnaires/ so that tests do not move when an edition changes.
import { PILLAR_IDS, ZQuestionnaireFile, type TQuestionFile, type TQuestionnaireFileInput } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { normalizeQuestionnaire } from "@/lib/questionnaire/normalize";
import { mulberry32 } from "@/lib/scoring/prng";
import type { TScoreResult } from "@/lib/scoring/types";

export const t = (en: string) => ({ en, fr: `${en} (fr)` });

export const GCI_2024_TIERS = [
  { tier: 1, min: 95, label: { en: "Role-modelling", fr: "Modèle" } },
  { tier: 2, min: 85, label: { en: "Advancing", fr: "En progression" } },
  { tier: 3, min: 55, label: { en: "Establishing", fr: "En consolidation" } },
  { tier: 4, min: 20, label: { en: "Evolving", fr: "En évolution" } },
  { tier: 5, min: 0, label: { en: "Building", fr: "En construction" } },
];

const options = (...entries: [string, number][]) => entries.map(([id, credit]) => ({ id, label: t(id), credit }));

/** A small hand-written version exercising every question type, skip logic and gap-rule kind. */
export function fixtureFile(): TQuestionnaireFileInput {
  return {
    id: "fixture",
    version: "1",
    status: "published",
    title: t("Fixture"),
    disclaimer: t("Not an official ITU instrument"),
    tiers: GCI_2024_TIERS,
    pillars: [
      {
        id: "legal",
        title: t("Legal"),
        indicators: [
          {
            id: "cybercrime-law",
            title: t("Cybercrime law"),
            weight: 3,
            questions: [
              { id: "cybercrime-law", type: "yes-no", text: t("Is there a cybercrime law?") },
              { id: "data-protection", type: "scale", text: t("Is data protection legislation in place?"), weight: 2 },
            ],
          },
          {
            id: "regulation",
            title: t("Regulation"),
            questions: [
              {
                id: "breach-notification",
                type: "single-choice",
                text: t("Are breaches notified?"),
                options: options(["mandatory", 1], ["voluntary", 0.5], ["none", 0]),
              },
            ],
          },
        ],
      },
      {
        id: "technical",
        title: t("Technical"),
        indicators: [
          {
            id: "cirt",
            title: t("National CIRT"),
            weight: 2,
            questions: [
              { id: "national-cirt", type: "yes-no", text: t("Is there a national CIRT?") },
              {
                id: "cirt-services",
                type: "multiple-choice",
                text: t("Which services does the CIRT offer?"),
                showIf: { question: "national-cirt", in: ["yes"] },
                options: options(["incident-response", 0.5], ["early-warning", 0.3], ["forensics", 0.3], ["other", 0]),
              },
              {
                id: "cirt-staff",
                type: "number",
                text: t("How many people work at the CIRT?"),
                showIf: { question: "national-cirt", in: [true] },
                min: 0,
                steps: [
                  { atLeast: 1, credit: 0.25 },
                  { atLeast: 5, credit: 0.5 },
                  { atLeast: 10, credit: 1 },
                ],
              },
              {
                id: "cirt-name",
                type: "text",
                text: t("Name of the CIRT"),
                informational: true,
                maxLength: 40,
                showIf: { question: "national-cirt", in: ["yes"] },
              },
            ],
          },
          {
            id: "sector-cirts",
            title: t("Sector CIRTs"),
            questions: [{ id: "sector-cirts", type: "scale", text: t("Are there sector CIRTs?") }],
          },
        ],
      },
      {
        id: "organizational",
        title: t("Organizational"),
        indicators: [
          {
            id: "strategy",
            title: t("Strategy"),
            questions: [
              { id: "national-strategy", type: "yes-no", text: t("Is there a national cybersecurity strategy?") },
              {
                id: "strategy-adopted",
                type: "date",
                text: t("When was it adopted?"),
                informational: true,
                showIf: { question: "national-strategy", in: ["yes"] },
              },
              {
                id: "strategy-review",
                type: "scale",
                text: t("Is the strategy reviewed?"),
                credits: { "partially-in-place": 0.6, "in-progress": 0.2 },
                showIf: { question: "national-strategy", in: ["yes"] },
              },
            ],
          },
        ],
      },
      {
        id: "capacity-development",
        title: t("Capacity development"),
        indicators: [
          {
            id: "awareness",
            title: t("Awareness"),
            questions: [
              {
                id: "awareness-campaigns",
                type: "number",
                text: t("How many campaigns last year?"),
                min: 0,
                max: 100,
                steps: [
                  { atLeast: 1, credit: 0.5 },
                  { atLeast: 3, credit: 1 },
                ],
              },
              { id: "awareness-notes", type: "text", text: t("Notes"), informational: true, required: false },
            ],
          },
        ],
      },
      {
        id: "cooperation",
        title: t("Cooperation"),
        indicators: [
          {
            id: "agreements",
            title: t("Agreements"),
            questions: [
              { id: "bilateral", type: "single-choice", text: t("Bilateral agreements?"), options: options(["many", 1], ["some", 0.5], ["none", 0]) },
              {
                id: "multilateral",
                type: "multiple-choice",
                text: t("Multilateral frameworks joined"),
                options: options(["budapest", 0.5], ["malabo", 0.5], ["other", 0.1]),
              },
              { id: "cooperation-budget", type: "number", text: t("Budget for cooperation (USD)"), informational: true, min: 0 },
            ],
          },
        ],
      },
    ],
    gapRules: [
      {
        id: "no-cirt",
        severity: "critical",
        when: { question: "national-cirt", in: ["no"] },
        message: t("No national CIRT"),
        action: t("Establish a CIRT"),
        reference: "GCI 2024 2.1",
      },
      {
        id: "thin-cirt",
        severity: "high",
        when: {
          all: [
            { question: "national-cirt", in: [true] },
            { question: "cirt-services", creditBelow: 0.5 },
          ],
        },
        message: t("The CIRT offers few services"),
        action: t("Extend CIRT services"),
        reference: "GCI 2024 2.1.2",
      },
      {
        id: "strategy-unknown",
        severity: "medium",
        when: { question: "national-strategy", unanswered: true },
        message: t("Strategy not reported"),
        action: t("Answer"),
        reference: "GCI 2024 3.1",
      },
      {
        id: "weak-law",
        severity: "high",
        when: { indicator: "cybercrime-law", scoreBelow: 0.5 },
        message: t("Weak legal base"),
        action: t("Legislate"),
        reference: "GCI 2024 1.1",
      },
      {
        id: "no-cooperation",
        severity: "medium",
        when: { any: [{ question: "bilateral", in: ["none"] }, { not: { question: "multilateral", creditBelow: 1 } }] },
        message: t("Cooperation gap"),
        action: t("Sign agreements"),
        reference: "GCI 2024 5",
      },
    ],
  };
}

export function versionFrom(file: TQuestionnaireFileInput): TNormalizedQuestionnaire {
  return normalizeQuestionnaire(ZQuestionnaireFile.parse(file), { hash: "test" });
}

export const fixtureVersion = (): TNormalizedQuestionnaire => versionFrom(fixtureFile());

type TRandom = () => number;
const pickOne = <T>(r: TRandom, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const weightOf = (r: TRandom) => Math.round((0.25 + r() * 4.75) * 100) / 100;

function randomQuestion(r: TRandom, id: string, parent: { id: string; type: string } | undefined): TQuestionFile {
  const base = { id, text: t(`Question ${id}?`), weight: weightOf(r), informational: r() < 0.05 };
  // Shown for the best answer and every answer at least as good, as the format checks require.
  const showIf = parent && { question: parent.id, in: parent.type === "yes-no" ? ["yes"] : ["in-place", "partially-in-place"] };
  const kind = pickOne(r, ["yes-no", "scale", "single-choice", "multiple-choice", "number", "text", "date"] as const);
  const withShow = <T extends object>(q: T) => (showIf ? { ...q, showIf } : q);
  switch (kind) {
    case "yes-no":
    case "scale":
    case "date":
      return withShow({ ...base, type: kind });
    case "text":
      return withShow({ ...base, type: kind, informational: true, maxLength: 50 });
    case "single-choice":
      return withShow({ ...base, type: kind, options: options(["a", 1], ["b", Math.round(r() * 100) / 100], ["c", 0]) });
    case "multiple-choice":
      return withShow({ ...base, type: kind, maxCredit: 1, options: options(["a", 0.5], ["b", 0.4], ["c", 0.3], ["d", 0]) });
    case "number":
      return withShow({
        ...base,
        type: kind,
        min: 0,
        max: 1000,
        steps: [
          { atLeast: 1, credit: 0.3 },
          { atLeast: 10, credit: 0.7 },
          { atLeast: 50, credit: 1 },
        ],
      });
  }
}

/**
 * A random edition-shaped version: `indicators` spread over the five pillars, `questions` spread
 * over indicators, random weights, every type, yes-no/scale parents with sub-questions.
 */
export function generateFile(seed: number, size: { indicators?: number; questions?: number } = {}): TQuestionnaireFileInput {
  const r = mulberry32(seed);
  const indicatorCount = Math.max(5, size.indicators ?? 5 + Math.floor(r() * 10));
  const questionCount = Math.max(indicatorCount, size.questions ?? indicatorCount + Math.floor(r() * 30));
  let q = 0;
  const pillars = PILLAR_IDS.map((pillarId, p) => {
    const own = Array.from({ length: indicatorCount }, (_, i) => i).filter((i) => i % 5 === p);
    return {
      id: pillarId,
      title: t(pillarId),
      indicators: own.map((i) => {
        const n = Math.floor(questionCount / indicatorCount) + (i < questionCount % indicatorCount ? 1 : 0);
        const questions: TQuestionFile[] = [];
        let parent: { id: string; type: string } | undefined;
        for (let k = 0; k < n; k++) {
          const id = `q${q++}`;
          // The first question of an indicator is always scored, so every pillar can earn its 20 points.
          const question: TQuestionFile =
            k === 0 ? { id, type: "yes-no" as const, text: t(`Question ${id}?`), weight: weightOf(r) } : randomQuestion(r, id, parent);
          questions.push(question);
          parent = (question.type === "yes-no" || question.type === "scale") && !question.showIf && r() < 0.5 ? { id, type: question.type } : parent;
        }
        return { id: `ind${i}`, title: t(`Indicator ${i}`), weight: weightOf(r), questions };
      }),
    };
  });
  return { id: "generated", version: String(seed), status: "draft", title: t("Generated"), disclaimer: t("Test"), tiers: GCI_2024_TIERS, pillars };
}

export const generateVersion = (seed: number, size?: { indicators?: number; questions?: number }) => versionFrom(generateFile(seed, size));

/** A random valid value for every question type. */
export function randomValue(r: TRandom, q: TNormalizedQuestionnaire["questions"][number]): TAnswerValue {
  switch (q.type) {
    case "yes-no":
      return pickOne(r, ["yes", "no"]);
    case "scale":
      return pickOne(r, ["in-place", "partially-in-place", "in-progress", "not-in-place"]);
    case "single-choice":
      return pickOne(r, q.options).id;
    case "multiple-choice":
      return q.options.filter(() => r() < 0.5).map((o) => o.id);
    case "number": {
      const lo = q.min ?? 0;
      const hi = q.max ?? lo + 100;
      return Math.round(lo + r() * (hi - lo));
    }
    case "text":
      return pickOne(r, ["", "CERT-X", "  "]);
    case "date":
      return pickOne(r, ["2019-05-01", "2024-02-29"]);
  }
}

/**
 * Random answers: each question answered with probability `answeredShare` (hidden sub-questions
 * included: their answers must be ignored). Keys in a seeded random order.
 */
export function randomAnswers(version: TNormalizedQuestionnaire, seed: number, answeredShare = 0.8): TAnswers {
  const r = mulberry32(seed);
  const entries = version.questions.filter(() => r() < answeredShare).map((q) => [q.id, randomValue(r, q)] as const);
  return Object.fromEntries(shuffle(entries, r));
}

export function shuffle<T>(items: readonly T[], r: TRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const cents = (x: number) => Math.round(x * 100);

/** Where the explanation fails to add up exactly at 2 decimals (empty when it does). */
export function explanationMismatches(result: TScoreResult): string[] {
  const out: string[] = [];
  const check = (what: string, parts: number[], total: number) => {
    const sum = parts.reduce((s, x) => s + cents(x), 0);
    if (sum !== cents(total)) out.push(`${what}: parts add up to ${sum / 100}, shown ${total}`);
  };
  const e = result.explanation;
  check(
    "overall",
    e.pillars.map((p) => p.points),
    e.overall,
  );
  if (cents(result.overall.display) !== cents(e.overall)) out.push("overall display differs from the explanation");
  if (cents(e.overall) !== Math.round(Math.round(result.overall.score * 1e8) / 1e6)) out.push("overall is not the rounded score");
  for (const p of e.pillars) {
    check(
      p.pillar,
      p.indicators.map((i) => i.points),
      p.points,
    );
    if (cents(result.pillars[p.pillar].display) !== cents(p.points)) out.push(`${p.pillar} display differs from the explanation`);
    for (const i of p.indicators)
      check(
        i.indicator,
        i.questions.map((q) => q.points),
        i.points,
      );
  }
  return out;
}
