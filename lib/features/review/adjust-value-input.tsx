"use client";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/i18n/localized";
import { SCALE_VALUES } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestion } from "@/lib/questionnaire/model";
import { LocalizedText } from "@/lib/features/shell/localized-text";

type TValue = string | number | string[];

/** The reviewer's corrected answer, in the question's own answer type. */
export function AdjustValueInput({ q, value, onChange }: { q: TNormalizedQuestion; value: TValue | undefined; onChange: (v: TValue) => void }) {
  const a = useTranslations("answers");
  const t = useTranslations("review.verdict");
  const locale = useLocale();
  const choices =
    q.type === "yes-no"
      ? ["yes", "no"].map((v) => [v, a(v as "yes")])
      : q.type === "scale"
        ? SCALE_VALUES.map((v) => [v, a(v)])
        : q.type === "single-choice"
          ? q.options.map((o) => [o.id, localized(o.label, locale)])
          : null;
  if (choices) {
    return (
      <label className="field">
        <span>{t("correctedAnswer")}</span>
        <select value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)}>
          <option value="" />
          {choices.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (q.type === "multiple-choice") {
    const ticked = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field">
        <legend>{t("correctedAnswer")}</legend>
        {q.options.map((o) => (
          <label key={o.id} className="checkbox">
            <input
              type="checkbox"
              checked={ticked.includes(o.id)}
              onChange={(e) => onChange(e.target.checked ? [...ticked, o.id] : ticked.filter((x) => x !== o.id))}
            />{" "}
            <LocalizedText text={o.label} locale={locale} />
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <label className="field">
      <span>{t("correctedAnswer")}</span>
      <input
        type={q.type === "number" ? "number" : q.type === "date" ? "date" : "text"}
        value={value === undefined ? "" : String(value)}
        onChange={(e) => onChange(q.type === "number" ? Number(e.target.value) : e.target.value)}
      />
    </label>
  );
}
