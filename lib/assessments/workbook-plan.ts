// A focal point's filled workbook against the assessment as it stands: what would change, what is
// the same, what cannot be used (and why), and what conflicts with a newer answer. Nothing is
// saved from here; the plan drives the preview and then the saves. Pure.
import { SCALE_VALUES } from "@/lib/questionnaire/constants";
import { localized } from "@/lib/i18n/localized";
import type { TAnswerValue, TNormalizedQuestion, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";

/** One answer row as read from the sheet (cells as text, the revision as exported). */
export type TWorkbookRow = { sheet: string; row: number; questionId: string; answer: string; comment: string; revision: number | null };

export type TCurrentAnswer = { value: TAnswerValue; revision: number; comment: string | null };

export type TPlannedChange = { sheet: string; row: number; questionId: string; value: TAnswerValue; comment: string | null; revision: number };
export type TPlanProblem = { sheet: string; row: number; questionId: string; reason: string };
export type TPlanConflict = { sheet: string; row: number; questionId: string; mine: TAnswerValue; theirs: TAnswerValue; theirRevision: number };

export type TWorkbookPlan = {
  changed: TPlannedChange[];
  unchanged: number;
  invalid: TPlanProblem[];
  conflicts: TPlanConflict[];
};

/** The words a cell may hold for each answer, in the workbook's language (and the ids themselves). */
export type TChoiceLabels = { yes: string; no: string } & Record<(typeof SCALE_VALUES)[number], string>;

export function choicesOf(q: TNormalizedQuestion, labels: TChoiceLabels, locale: string): { value: string; label: string }[] {
  switch (q.type) {
    case "yes-no":
      return [
        { value: "yes", label: labels.yes },
        { value: "no", label: labels.no },
      ];
    case "scale":
      return SCALE_VALUES.map((v) => ({ value: v, label: labels[v] }));
    case "single-choice":
    case "multiple-choice":
      return q.options.map((o) => ({ value: o.id, label: localized(o.label, locale) || o.id }));
    default:
      return [];
  }
}

/** Multiple-choice cells list the ticked options separated by semicolons. */
export const LIST_SEPARATOR = ";";

const fold = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase();

/** A cell's text as an answer value, or the reason it is not one. Empty is "unanswered" (null). */
export function parseCell(q: TNormalizedQuestion, cell: string, labels: TChoiceLabels, locale: string): { value: TAnswerValue } | { reason: string } {
  const text = cell.trim();
  if (text === "") return { value: null };
  const choices = choicesOf(q, labels, locale);
  const pick = (word: string) => choices.find((c) => fold(c.label) === fold(word) || c.value === word.trim())?.value;
  switch (q.type) {
    case "yes-no":
    case "scale":
    case "single-choice": {
      const value = pick(text);
      return value ? { value } : { reason: `"${text}" is not one of the allowed answers (${choices.map((c) => c.label).join(" / ")})` };
    }
    case "multiple-choice": {
      const words = text
        .split(LIST_SEPARATOR)
        .map((w) => w.trim())
        .filter(Boolean);
      const values = words.map(pick);
      const unknown = words.filter((_, i) => !values[i]);
      if (unknown.length > 0) return { reason: `not an option: ${unknown.map((w) => `"${w}"`).join(", ")}` };
      const unique = [...new Set(values as string[])];
      return { value: choices.map((c) => c.value).filter((v) => unique.includes(v)) };
    }
    case "number": {
      const n = Number(text.replace(",", "."));
      if (!Number.isFinite(n)) return { reason: `"${text}" is not a number` };
      if (q.min !== undefined && n < q.min) return { reason: `must be at least ${q.min}` };
      if (q.max !== undefined && n > q.max) return { reason: `must be at most ${q.max}` };
      return { value: n };
    }
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))
        ? { value: text }
        : { reason: `"${text}" is not a date written YYYY-MM-DD` };
    case "text":
      return text.length > q.maxLength ? { reason: `longer than ${q.maxLength} characters` } : { value: text };
  }
}

const same = (a: TAnswerValue | undefined, b: TAnswerValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const blankToNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function planWorkbook(
  version: TNormalizedQuestionnaire,
  rows: readonly TWorkbookRow[],
  current: Readonly<Record<string, TCurrentAnswer>>,
  options: { editable: ReadonlySet<string>; labels: TChoiceLabels; locale: string },
): TWorkbookPlan {
  const plan: TWorkbookPlan = { changed: [], unchanged: 0, invalid: [], conflicts: [] };
  const seen = new Set<string>();
  for (const row of rows) {
    const at = { sheet: row.sheet, row: row.row, questionId: row.questionId };
    const q = version.questionById[row.questionId];
    if (!q) {
      plan.invalid.push({ ...at, reason: `no question ${row.questionId} in ${version.key}` });
      continue;
    }
    if (seen.has(q.id)) {
      plan.invalid.push({ ...at, reason: `${q.id} appears twice in the workbook` });
      continue;
    }
    seen.add(q.id);
    const parsed = parseCell(q, row.answer, options.labels, options.locale);
    if ("reason" in parsed) {
      plan.invalid.push({ ...at, reason: parsed.reason });
      continue;
    }
    const now = current[q.id];
    const comment = blankToNull(row.comment);
    if (same(parsed.value, now?.value) && comment === (now?.comment ?? null)) {
      plan.unchanged += 1;
      continue;
    }
    if (!options.editable.has(q.id)) {
      plan.invalid.push({ ...at, reason: "you cannot change this answer now (its pillar is not yours to edit, or the assessment is not open)" });
      continue;
    }
    const exportedRevision = row.revision ?? 0;
    const storedRevision = now?.revision ?? 0;
    // Someone saved this answer after the workbook was exported: never overwrite it from a sheet.
    if (storedRevision > exportedRevision && !same(parsed.value, now?.value)) {
      plan.conflicts.push({ ...at, mine: parsed.value, theirs: now?.value ?? null, theirRevision: storedRevision });
      continue;
    }
    plan.changed.push({ ...at, value: parsed.value, comment, revision: storedRevision });
  }
  return plan;
}
