// The one credit rule: the credit of an answer is a number in [0, 1] that the question's points are
// multiplied by. creditFunctionFor holds it per question type; scoring, gap rules, best and worst
// answers all call it, so a rule can only ever change here.
import { type TQuestion } from "@/lib/questionnaire/format-schema";
import { DEFAULT_SCALE_CREDITS, SCALE_VALUES, type TScaleValue } from "@/lib/questionnaire/constants";
import { isCalendarDate } from "./calendar-date";

/** Returns the credit of a valid answer, or undefined when the value is not a valid answer. */
export type TCreditFunction = (value: unknown) => number | undefined;

/** A ready-made answer and the credit it earns. */
export type TAnswerChoice = { value: string | number | string[]; credit: number };

/** Placeholders for templates: valid, non-blank (blank text is unanswered), never earning credit. */
const TEMPLATE_DATE = "2024-01-01";
const TEMPLATE_TEXT = "n/a";

export function scaleCredits(q: Extract<TQuestion, { type: "scale" }>): Record<TScaleValue, number> {
  const out = { ...DEFAULT_SCALE_CREDITS };
  for (const v of SCALE_VALUES) out[v] = q.credits?.[v] ?? DEFAULT_SCALE_CREDITS[v];
  return out;
}

export function creditFunctionFor(q: TQuestion): TCreditFunction {
  switch (q.type) {
    case "yes-no":
      return (v) => (v === "yes" ? 1 : v === "no" ? 0 : undefined);
    case "scale": {
      const credits = new Map<unknown, number>(Object.entries(scaleCredits(q)));
      return (v) => credits.get(v);
    }
    case "single-choice": {
      const credits = new Map<unknown, number>(q.options.map((o) => [o.id, o.credit]));
      return (v) => credits.get(v);
    }
    case "multiple-choice": {
      const credits = new Map<unknown, number>(q.options.map((o) => [o.id, o.credit]));
      const cap = q.maxCredit;
      return (v) => {
        if (!Array.isArray(v)) return undefined;
        let sum = 0;
        for (let i = 0; i < v.length; i++) {
          const c = credits.get(v[i]);
          if (c === undefined || v.indexOf(v[i]) !== i) return undefined; // unknown or ticked twice
          sum += c;
        }
        return Math.min(cap, sum);
      };
    }
    case "number": {
      const steps = q.steps ?? [];
      const min = q.min ?? -Infinity;
      const max = q.max ?? Infinity;
      return (v) => {
        if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) return undefined;
        // The best step reached: a larger number never earns less (as lib/questionnaire/answer-values.ts).
        let c = 0;
        for (const s of steps) if (v >= s.atLeast && s.credit > c) c = s.credit;
        return c;
      };
    }
    case "text": {
      const maxLength = q.maxLength;
      return (v) => (typeof v === "string" && v.length <= maxLength ? 0 : undefined);
    }
    case "date":
      return (v) => (typeof v === "string" && isCalendarDate(v) ? 0 : undefined);
  }
}

/** Null, undefined and blank text mean "not answered yet": they earn nothing and are not problems. */
export function isUnanswered(q: TQuestion, value: unknown): boolean {
  return value === null || value === undefined || (q.type === "text" && typeof value === "string" && value.trim() === "");
}

const creditFunctions = new WeakMap<TQuestion, TCreditFunction>();

/**
 * Credit of `value` for `q`: null when unanswered (see isUnanswered), a number in [0, 1] otherwise.
 * Throws on a value that is not a valid answer; validate first (answer-value.ts) to get a message.
 */
export function credit(q: TQuestion, value: unknown): number | null {
  if (isUnanswered(q, value)) return null;
  let fn = creditFunctions.get(q);
  if (!fn) creditFunctions.set(q, (fn = creditFunctionFor(q)));
  const c = fn(value);
  if (c === undefined) throw new RangeError(`${q.id}: not a valid answer: ${JSON.stringify(value)}`);
  return c;
}

/** Pick the candidate with the best (or worst) credit; earlier candidates win ties. */
function pick(candidates: TAnswerChoice[], better: (a: number, b: number) => boolean): TAnswerChoice {
  let chosen = candidates[0]!;
  for (const c of candidates) if (better(c.credit, chosen.credit)) chosen = c;
  return chosen;
}

function numberCandidates(q: Extract<TQuestion, { type: "number" }>): TAnswerChoice[] {
  const steps = q.steps ?? [];
  const lowest = steps.length ? Math.min(...steps.map((s) => s.atLeast)) - 1 : 0;
  const clamp = (x: number) => Math.min(q.max ?? Infinity, Math.max(q.min ?? -Infinity, x));
  const values = [q.min ?? lowest, ...steps.map((s) => s.atLeast)].map(clamp);
  const unique = [...new Set(values)].sort((a, b) => a - b);
  const fn = creditFunctionFor(q);
  return unique.map((value) => ({ value, credit: fn(value) ?? 0 }));
}

function optionChoices(options: { id: string; credit: number }[]): TAnswerChoice[] {
  return options.map((o) => ({ value: o.id, credit: o.credit }));
}

/**
 * The answer earning the most credit (ties: the first in the file, the smaller number).
 * Questions that cannot earn credit get a plausible valid value so that templates validate.
 */
export function bestAnswer(q: TQuestion): TAnswerChoice {
  const better = (a: number, b: number) => a > b;
  switch (q.type) {
    case "yes-no":
      return { value: "yes", credit: 1 };
    case "scale": {
      const credits = scaleCredits(q);
      return pick(
        SCALE_VALUES.map((v) => ({ value: v, credit: credits[v] })),
        better,
      );
    }
    case "single-choice":
      return pick(optionChoices(q.options), better);
    case "multiple-choice": {
      const earning = q.options.filter((o) => o.credit > 0);
      // With no credit to earn, tick everything: the most complete answer, which opens every follow-up.
      const ticked = (earning.length ? earning : q.options).map((o) => o.id);
      return {
        value: ticked,
        credit: Math.min(
          q.maxCredit,
          earning.reduce((s, o) => s + o.credit, 0),
        ),
      };
    }
    case "number":
      return pick(numberCandidates(q), better);
    case "text":
      return { value: TEMPLATE_TEXT, credit: 0 };
    case "date":
      return { value: TEMPLATE_DATE, credit: 0 };
  }
}

/** The answer earning the least credit (ties: the last option, the smaller number). */
export function worstAnswer(q: TQuestion): TAnswerChoice {
  const worseOrEqualLater = (a: number, b: number) => a <= b;
  switch (q.type) {
    case "yes-no":
      return { value: "no", credit: 0 };
    case "scale": {
      const credits = scaleCredits(q);
      return pick(
        SCALE_VALUES.map((v) => ({ value: v, credit: credits[v] })),
        worseOrEqualLater,
      );
    }
    case "single-choice":
      return pick(optionChoices(q.options), worseOrEqualLater);
    case "multiple-choice":
      return { value: [], credit: 0 };
    case "number":
      return pick(numberCandidates(q), (a, b) => a < b);
    case "text":
      return { value: TEMPLATE_TEXT, credit: 0 };
    case "date":
      return { value: TEMPLATE_DATE, credit: 0 };
  }
}
