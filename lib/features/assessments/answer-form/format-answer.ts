import { localized } from "@/lib/i18n/localized";
import type { TAnswerValue, TNormalizedQuestion } from "@/lib/questionnaire/model";

/** An answer as words for people (conflicts, history): option labels, scale names. */
export function formatAnswer(q: TNormalizedQuestion, value: TAnswerValue | undefined, locale: string, label: (key: string) => string): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "—";
  if (q.type === "single-choice" || q.type === "multiple-choice") {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids.map((id) => localized(q.options.find((o) => o.id === id)?.label, locale) || id).join(", ");
  }
  if (q.type === "yes-no" || q.type === "scale") return label(String(value));
  return String(value);
}
