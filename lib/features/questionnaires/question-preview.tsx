import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { SCALE_VALUES } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";

/** One question as a focal point sees it, with its answer controls shown but disabled. */
export async function QuestionPreview({ q, version, locale }: { q: TNormalizedQuestion; version: TNormalizedQuestionnaire; locale: string }) {
  const t = await getTranslations("questionnaire");
  const a = await getTranslations("answers");
  const parent = q.showIf ? version.questionById[q.showIf.question] : undefined;
  const choice = (value: string | boolean) => {
    const key = value === true ? "yes" : value === false ? "no" : value;
    if (parent && (parent.type === "single-choice" || parent.type === "multiple-choice")) {
      return localized(parent.options.find((o) => o.id === key)?.label, locale) || key;
    }
    return a(key as "yes");
  };
  const name = `preview-${q.id}`;
  return (
    <article className="question" id={q.id} data-question={q.id}>
      <header className="question-head">
        <h4><LocalizedText text={q.text} locale={locale} /></h4>
        <span className="badge">{q.scored ? t("points", { points: formatScore(q.points, locale) }) : t("informational")}</span>
      </header>
      {parent && (
        <p className="muted small">
          {t("shownWhen", { question: localized(parent.text, locale), values: q.showIf!.in.map(choice).join(" / ") })}
        </p>
      )}
      <fieldset disabled className="answer-controls">
        <legend className="visually-hidden"><LocalizedText text={q.text} locale={locale} /></legend>
        {q.type === "yes-no" &&
          ["yes", "no"].map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={name} /> {a(v as "yes")}
            </label>
          ))}
        {q.type === "scale" &&
          SCALE_VALUES.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={name} /> {a(v)}
            </label>
          ))}
        {(q.type === "single-choice" || q.type === "multiple-choice") &&
          q.options.map((o) => (
            <label key={o.id} className="choice">
              <input type={q.type === "single-choice" ? "radio" : "checkbox"} name={name} /> <LocalizedText text={o.label} locale={locale} />
            </label>
          ))}
        {q.type === "number" && (
          <label className="choice">
            <input type="number" aria-label={a("number")} /> <LocalizedText text={q.unit} locale={locale} />
          </label>
        )}
        {q.type === "text" && <textarea aria-label={a("text")} rows={2} />}
        {q.type === "date" && <input type="date" aria-label={a("date")} />}
      </fieldset>
      <p className="small">
        <span className={`evidence evidence-${q.evidence}`}>{t(`evidence.${q.evidence}`)}</span>
        {!q.required && <span className="muted"> · {t("optional")}</span>}
      </p>
      {(q.guidance || q.evidenceExamples || q.references.length > 0) && (
        <details className="guidance">
          <summary>{t("guidance")}</summary>
          {q.guidance && <p><LocalizedText text={q.guidance} locale={locale} /></p>}
          {q.evidenceExamples && (
            <p>
              <strong>{t("evidenceExamples")}:</strong> <LocalizedText text={q.evidenceExamples} locale={locale} />
            </p>
          )}
          {q.references.length > 0 && (
            <p className="small muted">
              {t("references")}: {q.references.map((r) => r.label).join("; ")}
            </p>
          )}
        </details>
      )}
    </article>
  );
}
