// creditFunctionFor's rules (credit.ts) in the form scoring evaluates inline, per answer, without a
// closure call or a Map lookup: lookups (yes-no, scale, single-choice) as a table of ids, the other
// types as one record shape read by a switch. Each must give exactly creditFunctionFor's answer.
import type { TQuestion } from "@/lib/questionnaire/format-schema";
import { isCalendarDate } from "./calendar-date";
import { scaleCredits } from "./credit";

/** A credit rule that is a lookup of the value among a few ids (`===`, first match). */
export type TCreditTable = {
  keys: string[];
  credits: number[];
  /** Key position by key length when no two keys have the same length (one compare per answer), else null. */
  byLength: Int32Array | null;
};

/**
 * The table behind creditFunctionFor for yes-no, scale and single-choice questions (null for the
 * other types), built from the same Map so duplicate ids resolve the same way. `===` on its string
 * keys is that Map's SameValueZero.
 */
export function creditTableFor(q: TQuestion): TCreditTable | null {
  let credits: Map<string, number>;
  if (q.type === "yes-no") credits = new Map([["yes", 1], ["no", 0]]);
  else if (q.type === "scale") credits = new Map(Object.entries(scaleCredits(q)));
  else if (q.type === "single-choice") credits = new Map(q.options.map((o) => [o.id, o.credit]));
  else return null;
  const keys = [...credits.keys()];
  const lengths = keys.map((k) => k.length);
  const distinct = new Set(lengths).size === keys.length;
  const byLength = distinct ? new Int32Array(Math.max(0, ...lengths) + 1).fill(-1) : null;
  keys.forEach((k, i) => byLength && (byLength[k.length] = i));
  return { keys, credits: [...credits.values()], byLength };
}

/** Position of `value` among the table's keys, -1 when it is none of them. */
export function slotOf(table: TCreditTable, value: unknown): number {
  const keys = table.keys;
  const byLength = table.byLength;
  if (byLength !== null) {
    if (typeof value !== "string" || value.length >= byLength.length) return -1;
    const k = byLength[value.length]!;
    return k >= 0 && keys[k] === value ? k : -1;
  }
  for (let k = 0; k < keys.length; k++) if (keys[k] === value) return k;
  return -1;
}

const MULTIPLE = 1;
const NUMBER = 2;
const TEXT = 3;
const DATE = 4;

/** The other types' rules, one record shape: options (multiple-choice) or steps (number). */
export type TOtherCredit = { kind: number; ids: string[]; credits: number[]; atLeast: number[]; cap: number; min: number; max: number; maxLength: number };

export function otherCreditFor(q: TQuestion): TOtherCredit {
  const c: TOtherCredit = { kind: 0, ids: [], credits: [], atLeast: [], cap: 0, min: -Infinity, max: Infinity, maxLength: 0 };
  if (q.type === "multiple-choice") {
    const options = new Map(q.options.map((o) => [o.id, o.credit]));
    return { ...c, kind: MULTIPLE, ids: [...options.keys()], credits: [...options.values()], cap: q.maxCredit };
  }
  if (q.type === "number") {
    const steps = q.steps ?? [];
    return { ...c, kind: NUMBER, atLeast: steps.map((s) => s.atLeast), credits: steps.map((s) => s.credit), min: q.min ?? -Infinity, max: q.max ?? Infinity };
  }
  if (q.type === "text") return { ...c, kind: TEXT, maxLength: q.maxLength };
  if (q.type === "date") return { ...c, kind: DATE };
  return c;
}

/** creditFunctionFor(q)(value) for multiple-choice, number, text and date questions. */
export function otherCredit(c: TOtherCredit, value: unknown): number | undefined {
  switch (c.kind) {
    case MULTIPLE:
      return multipleChoiceCredit(c, value);
    case NUMBER: {
      if (typeof value !== "number" || !Number.isFinite(value) || value < c.min || value > c.max) return undefined;
      // The best step reached: a larger number never earns less.
      let credit = 0;
      for (let s = 0; s < c.atLeast.length; s++) if (value >= c.atLeast[s]! && c.credits[s]! > credit) credit = c.credits[s]!;
      return credit;
    }
    case TEXT:
      return typeof value === "string" && value.length <= c.maxLength ? 0 : undefined;
    case DATE:
      return typeof value === "string" && isCalendarDate(value) ? 0 : undefined;
    default:
      return undefined;
  }
}

/** Sum of the ticked options' credits, capped; unknown or twice-ticked options are invalid. */
function multipleChoiceCredit(c: TOtherCredit, value: unknown): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = c.ids;
  let sum = 0;
  let ticked = 0; // bit per option already ticked, for up to 31 options
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    let o = 0;
    while (o < ids.length && ids[o] !== v) o++;
    if (o === ids.length) return undefined;
    // Ticked twice: an earlier element equals this one (indexOf before i), so it hit the same option.
    if (ids.length > 31 ? value.indexOf(v) !== i : (ticked & (1 << o)) !== 0) return undefined;
    ticked |= 1 << o;
    sum += c.credits[o]!;
  }
  return Math.min(c.cap, sum);
}
