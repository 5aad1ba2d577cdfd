// A stage requirement in words, for the report, its PDF, the assessment page and the plan: the
// question's own text and the answers that meet it, in the reader's language. Pure.
import { localized } from "@/lib/i18n/localized";
import { choiceKey } from "@/lib/questionnaire/answer-values";
import { SCALE_VALUES } from "@/lib/questionnaire/constants";
import type { TStageRequirement } from "@/lib/questionnaire/format-schema";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";

export type TStageWords = {
  /** The label of a yes/no or scale answer ("In place"). */
  answer: (value: string) => string;
  /** "{question} Answer: {answers}." */
  requirement: (question: string, answers: string) => string;
  /** "One of: {items}" */
  anyOf: (items: string) => string;
  /** "{answer} or better" */
  orBetter: (answer: string) => string;
};

type TTranslate = (key: string, values?: Record<string, string>) => string;

/** The words from a translator of the `maturity` messages and one of the `answers` messages. */
export function stageWords(maturity: TTranslate, answers: TTranslate): TStageWords {
  return {
    answer: (value) => answers(value),
    requirement: (question, list) => maturity("requirement", { question, answers: list }),
    anyOf: (items) => maturity("anyOf", { items }),
    orBetter: (answer) => maturity("orBetter", { answer }),
  };
}

/** "a, b or c" in the reader's language. */
export function orList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
}

function answerText(
  answer: { question: string; in: (string | boolean)[] },
  version: Pick<TNormalizedQuestionnaire, "questionById">,
  locale: string,
  words: TStageWords,
) {
  const q = version.questionById[answer.question];
  // On the four-level scale, "in progress, partially in place or in place" reads "In progress or better".
  if (q?.type === "scale" && answer.in.length > 1) {
    const lowest = Math.max(...answer.in.map((v) => SCALE_VALUES.indexOf(v as never)));
    if (new Set(answer.in).size === lowest + 1 && SCALE_VALUES.slice(0, lowest + 1).every((v) => answer.in.includes(v)))
      return words.requirement(localized(q.text, locale) || answer.question, words.orBetter(words.answer(SCALE_VALUES[lowest]!)));
  }
  const labels = answer.in.map((value) => {
    const key = choiceKey(value);
    if (q && (q.type === "single-choice" || q.type === "multiple-choice")) return localized(q.options.find((o) => o.id === key)?.label, locale) || key;
    return words.answer(key);
  });
  return words.requirement(localized(q?.text, locale) || answer.question, orList(labels, locale));
}

export function requirementText(
  requirement: TStageRequirement,
  version: Pick<TNormalizedQuestionnaire, "questionById">,
  locale: string,
  words: TStageWords,
): string {
  if (!("any" in requirement)) return answerText(requirement, version, locale, words);
  return words.anyOf(requirement.any.map((a) => answerText(a, version, locale, words)).join(" / "));
}
