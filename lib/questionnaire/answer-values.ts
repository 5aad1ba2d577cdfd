// What a valid answer to each question type looks like and what credit it earns.
// Shared by the validator (showIf and gap-rule values), the crosswalk carry-forward and the views.
// Yes/no answers are stored as "yes"/"no" (as lib/scoring expects); YAML booleans are read as the same.
import { type TLocalizedText, type TQuestion } from "./format-schema";
import { DEFAULT_SCALE_CREDITS, SCALE_VALUES } from "./constants";
import type { TAnswerValue } from "./model";

export type TChoice = { value: string; credit: number; label?: TLocalizedText };

/** The discrete answers of a question with their credit; undefined for number, text and date questions. */
export function answerChoices(question: TQuestion): TChoice[] | undefined {
  switch (question.type) {
    case "yes-no":
      return [
        { value: "yes", credit: 1 },
        { value: "no", credit: 0 },
      ];
    case "scale":
      return SCALE_VALUES.map((value) => ({ value, credit: question.credits?.[value] ?? DEFAULT_SCALE_CREDITS[value] }));
    case "single-choice":
    case "multiple-choice":
      return question.options.map((o) => ({ value: o.id, credit: o.credit, label: o.label }));
    default:
      return undefined;
  }
}

/** A showIf/gap-rule value as a choice value: booleans stand for yes and no. */
export function choiceKey(value: string | boolean): string {
  if (value === true) return "yes";
  if (value === false) return "no";
  return value;
}

export function toYesNo(value: TAnswerValue | undefined): "yes" | "no" | undefined {
  if (value === true || value === "yes") return "yes";
  if (value === false || value === "no") return "no";
  return undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidAnswer(question: TQuestion, value: TAnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  switch (question.type) {
    case "yes-no":
      return value === "yes" || value === "no";
    case "scale":
      return typeof value === "string" && (SCALE_VALUES as readonly string[]).includes(value);
    case "single-choice":
      return typeof value === "string" && question.options.some((o) => o.id === value);
    case "multiple-choice":
      return Array.isArray(value) && new Set(value).size === value.length && value.every((id) => question.options.some((o) => o.id === id));
    case "number":
      return (
        typeof value === "number" &&
        Number.isFinite(value) &&
        (question.min === undefined || value >= question.min) &&
        (question.max === undefined || value <= question.max)
      );
    case "text":
      return typeof value === "string" && value.trim() !== "" && value.length <= question.maxLength;
    case "date": {
      const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
      if (!match) return false;
      const date = new Date(`${value as string}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value as string);
    }
  }
}

/** Credit in [0, 1] earned by an answer; 0 when unanswered or invalid. */
export function answerCredit(question: TQuestion, value: TAnswerValue | undefined): number {
  if (!isValidAnswer(question, value)) return 0;
  switch (question.type) {
    case "yes-no":
      return value === "yes" ? 1 : 0;
    case "scale":
    case "single-choice":
      return answerChoices(question)?.find((c) => c.value === value)?.credit ?? 0;
    case "multiple-choice": {
      const ticked = question.options.filter((o) => (value as string[]).includes(o.id));
      return Math.min(
        question.maxCredit,
        ticked.reduce((sum, o) => sum + o.credit, 0),
      );
    }
    case "number":
      return Math.max(0, ...(question.steps ?? []).filter((s) => (value as number) >= s.atLeast).map((s) => s.credit));
    default:
      return 0;
  }
}

/**
 * An answer to `from` expressed for `to`, or undefined when it has no valid meaning there.
 * Yes/no and the scale translate at their ends only: yes <-> in-place, no <-> not-in-place.
 */
export function translateAnswer(value: TAnswerValue | undefined, from: TQuestion, to: TQuestion): TAnswerValue | undefined {
  let candidate: TAnswerValue | undefined = from.type === "yes-no" ? (toYesNo(value) ?? value) : value;
  if (from.type === "yes-no" && to.type === "scale") {
    const yesNo = toYesNo(value);
    candidate = yesNo === "yes" ? "in-place" : yesNo === "no" ? "not-in-place" : undefined;
  } else if (from.type === "scale" && to.type === "yes-no") {
    candidate = value === "in-place" ? "yes" : value === "not-in-place" ? "no" : undefined;
  }
  return isValidAnswer(to, candidate) ? candidate : undefined;
}
