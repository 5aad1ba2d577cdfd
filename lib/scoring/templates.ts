// Ready-made answer sets: "best" (every question at its best answer, which also opens every
// sub-question a better answer shows), "worst" (sub-questions hidden by a worst answer are left
// out) and "empty" (every question listed as null, for a person to fill in).
import type { TAnswerValue, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { indexVersion, matchesAny } from "./version-index";

export type TTemplateFill = "best" | "worst" | "empty";

export function answersTemplate(version: TNormalizedQuestionnaire, fill: TTemplateFill): Record<string, TAnswerValue> {
  const indexed = indexVersion(version);
  if (fill === "empty") return Object.fromEntries(indexed.questions.map((q) => [q.id, null]));

  const values = new Array<TAnswerValue | undefined>(indexed.questions.length);
  for (const i of indexed.order) {
    const q = indexed.questions[i]!;
    const p = q.parent;
    if (p >= 0 && (values[p] === undefined || !matchesAny(q.showIn, values[p]))) continue;
    const choice = fill === "best" ? q.best : q.worst;
    values[i] = Array.isArray(choice.value) ? [...choice.value] : choice.value;
  }
  // Keys in file order, so the printed template reads like the questionnaire.
  const out: Record<string, TAnswerValue> = {};
  indexed.questions.forEach((q, i) => {
    if (values[i] !== undefined) out[q.id] = values[i]!;
  });
  return out;
}
