// One zod schema per answer input, derived from the question; forms and the server share it.
// Messages name the expectation and the value received, so a CLI user can fix the file.
import { z } from "zod";
import { type TQuestion } from "@/lib/questionnaire/format-schema";
import { SCALE_VALUES } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { isCalendarDate, isDatePattern } from "./calendar-date";
import { isUnanswered } from "./credit";

/** A present answer value (null/undefined, meaning unanswered, are handled by the caller). */
export type TPresentAnswer = string | number | string[];

export type TAnswerProblem = {
  question: string;
  code: "unknown-question" | "invalid-value";
  /** A full sentence naming the question, e.g. `national-cirt: expected "yes" or "no", got 3`. */
  message: string;
};

/** Short, readable rendering of any received value for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === undefined) return "undefined";
  if (typeof value === "function" || typeof value === "symbol") return typeof value;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

const quoteList = (ids: readonly string[]) => ids.map((id) => JSON.stringify(id)).join(", ");

function oneOf(ids: readonly string[]) {
  const expected = ids.length === 2 ? `${JSON.stringify(ids[0])} or ${JSON.stringify(ids[1])}` : `one of ${quoteList(ids)}`;
  return z.enum(ids as [string, ...string[]], {
    error: (iss) => `expected ${expected}, got ${describeValue(iss.input)}`,
  });
}

function buildSchema(q: TQuestion): z.ZodType<TPresentAnswer> {
  switch (q.type) {
    case "yes-no":
      return oneOf(["yes", "no"]);
    case "scale":
      return oneOf(SCALE_VALUES);
    case "single-choice":
      return oneOf(q.options.map((o) => o.id));
    case "multiple-choice": {
      const ids = q.options.map((o) => o.id);
      const option = z.enum(ids as [string, ...string[]], {
        error: (iss) => `unknown option ${describeValue(iss.input)} (expected ${quoteList(ids)})`,
      });
      return z.array(option, { error: (iss) => `expected a list of option ids, got ${describeValue(iss.input)}` }).superRefine((ticked, ctx) => {
        const seen = new Set<string>();
        for (const id of ticked) {
          if (seen.has(id)) ctx.addIssue({ code: "custom", message: `option ${JSON.stringify(id)} is ticked twice` });
          seen.add(id);
        }
      });
    }
    case "number": {
      let schema = z.number({ error: (iss) => `expected a finite number, got ${describeValue(iss.input)}` });
      if (q.min !== undefined) schema = schema.min(q.min, { error: (iss) => `must be at least ${q.min}, got ${describeValue(iss.input)}` });
      if (q.max !== undefined) schema = schema.max(q.max, { error: (iss) => `must be at most ${q.max}, got ${describeValue(iss.input)}` });
      return schema;
    }
    case "text":
      return z
        .string({ error: (iss) => `expected text, got ${describeValue(iss.input)}` })
        .max(q.maxLength, { error: (iss) => `must be at most ${q.maxLength} characters, got ${(iss.input as string).length}` });
    case "date":
      return z.string({ error: (iss) => `expected a date as YYYY-MM-DD, got ${describeValue(iss.input)}` }).superRefine((v, ctx) => {
        if (!isDatePattern(v)) ctx.addIssue({ code: "custom", message: `expected a date as YYYY-MM-DD, got ${describeValue(v)}` });
        else if (!isCalendarDate(v)) ctx.addIssue({ code: "custom", message: `${JSON.stringify(v)} is not a calendar date` });
      });
  }
}

const schemas = new WeakMap<TQuestion, z.ZodType<TPresentAnswer>>();

/** The schema of a present answer to `q` (wrap in `.nullable()` where "unanswered" is allowed). */
export function answerSchemaFor(q: TQuestion): z.ZodType<TPresentAnswer> {
  let schema = schemas.get(q);
  if (!schema) schemas.set(q, (schema = buildSchema(q)));
  return schema;
}

/**
 * Every problem with a set of answers: unknown question ids and invalid values, in file order
 * (unknown ids last, alphabetically). Null, undefined and blank text are "unanswered", never a problem.
 * Answers to questions hidden by skip logic are not problems either: they are kept and ignored.
 */
export function validateAnswers(version: TNormalizedQuestionnaire, answers: Readonly<Record<string, unknown>>): TAnswerProblem[] {
  const problems: TAnswerProblem[] = [];
  for (const q of version.questions) {
    if (!Object.hasOwn(answers, q.id)) continue;
    const value = answers[q.id];
    if (isUnanswered(q, value)) continue;
    const parsed = answerSchemaFor(q).safeParse(value);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      problems.push({ question: q.id, code: "invalid-value", message: `${q.id}: ${issue.message}` });
    }
  }
  const unknown = Object.keys(answers)
    .filter((id) => !Object.hasOwn(version.questionById, id))
    .sort();
  for (const id of unknown) {
    problems.push({ question: id, code: "unknown-question", message: `unknown question id ${JSON.stringify(id)}` });
  }
  return problems;
}
