"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { localized } from "@/lib/i18n/localized";
import { SCALE_VALUES } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestion } from "@/lib/questionnaire/model";
import { LocalizedText } from "@/lib/features/shell/localized-text";

export type TFormValues = Record<string, string | string[] | number | null>;

/** The answer controls of one question, registered with react-hook-form under the question id. */
export function QuestionField({
  q,
  register,
  disabled,
  locale,
}: {
  q: TNormalizedQuestion;
  register: UseFormRegister<TFormValues>;
  disabled: boolean;
  locale: string;
}) {
  const a = useTranslations("answers");
  const label = localized(q.text, locale);
  const radio = (value: string, text: string) => (
    <label key={value} className="choice">
      <input type="radio" value={value} disabled={disabled} {...register(q.id)} /> {text}
    </label>
  );
  switch (q.type) {
    case "yes-no":
      return (
        <div role="radiogroup" aria-label={label} className="answer-controls">
          {["yes", "no"].map((v) => radio(v, a(v as "yes")))}
        </div>
      );
    case "scale":
      return (
        <div role="radiogroup" aria-label={label} className="answer-controls">
          {SCALE_VALUES.map((v) => radio(v, a(v)))}
        </div>
      );
    case "single-choice":
      return (
        <div role="radiogroup" aria-label={label} className="answer-controls">
          {q.options.map((o) => radio(o.id, localized(o.label, locale)))}
        </div>
      );
    case "multiple-choice":
      return (
        <fieldset className="answer-controls" disabled={disabled}>
          <legend className="visually-hidden">{a("chooseMany")}</legend>
          {q.options.map((o) => (
            <label key={o.id} className="choice">
              <input type="checkbox" value={o.id} {...register(q.id)} /> <LocalizedText text={o.label} locale={locale} />
            </label>
          ))}
        </fieldset>
      );
    case "number":
      return (
        <label className="choice">
          <input
            type="number"
            min={q.min}
            max={q.max}
            aria-label={label}
            disabled={disabled}
            {...register(q.id, { setValueAs: (v: string) => (v === "" || v === null ? null : Number(v)) })}
          />{" "}
          <LocalizedText text={q.unit} locale={locale} />
        </label>
      );
    case "text":
      return (
        <textarea rows={2} maxLength={q.maxLength} aria-label={label} disabled={disabled} {...register(q.id, { setValueAs: (v: string) => (v ? v : null) })} />
      );
    case "date":
      return <input type="date" aria-label={label} disabled={disabled} {...register(q.id, { setValueAs: (v: string) => (v ? v : null) })} />;
  }
}
