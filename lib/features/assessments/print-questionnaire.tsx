import { getTranslations } from "next-intl/server";
import { choicesOf, type TChoiceLabels } from "@/lib/assessments/workbook-plan";
import { countryName } from "@/lib/countries/country-name";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { questionNumbers } from "@/lib/questionnaire/question-numbers";
import type { TAnswerValue } from "@/lib/questionnaire/model";
import { PrintButton } from "../reports/print-button";
import type { TPageData } from "./assessment-header";

/**
 * The questionnaire on paper, for colleagues who answer by hand: every question the person may
 * read, numbered, with its guidance, the allowed answers as boxes to tick (the current answer
 * ticked) and lines to write on. Print styles lay it out on A4.
 */
export async function PrintQuestionnaire({ data, locale }: { data: TPageData; locale: string }) {
  const t = await getTranslations("assessment.print");
  const a = await getTranslations("answers");
  const qt = await getTranslations("questionnaire");
  const labels = Object.fromEntries(
    ["yes", "no", "in-place", "partially-in-place", "in-progress", "not-in-place"].map((k) => [k, a(k as "yes")]),
  ) as TChoiceLabels;
  const { assessment, version } = data;
  const numbers = questionNumbers(version);
  const answers = data.answers as Record<string, TAnswerValue | undefined>;
  return (
    <article className="print-questionnaire stack" data-testid="print-questionnaire">
      <header className="stack">
        <h1>
          {countryName(assessment.country, locale)} · <bdi>{assessment.cycle.name}</bdi>
        </h1>
        <p className="muted small">
          <bdi>{version.key}</bdi> · {t("intro")}
        </p>
        <p className="no-print">
          <PrintButton label={t("printNow")} />
        </p>
      </header>
      {version.pillars
        .filter((p) => data.visiblePillars.includes(p.id))
        .map((pillar) => (
          <section key={pillar.id} className="print-pillar">
            <h2>
              <LocalizedText text={pillar.title} locale={locale} />
            </h2>
            {version.questions
              .filter((q) => q.pillar === pillar.id)
              .map((q) => {
                const value = answers[q.id];
                const ticked = (v: string) => (Array.isArray(value) ? value.includes(v) : value === v);
                const choices = choicesOf(q, labels, locale);
                return (
                  <div key={q.id} className="print-question" data-print-question={q.id}>
                    <h3>
                      <span className="q-number">{numbers[q.id]}</span> <LocalizedText text={q.text} locale={locale} />
                    </h3>
                    {q.guidance && (
                      <p className="small muted">
                        <LocalizedText text={q.guidance} locale={locale} />
                      </p>
                    )}
                    {choices.length > 0 ? (
                      <ul className="print-choices">
                        {choices.map((c) => (
                          <li key={c.value} data-ticked={ticked(c.value) || undefined}>
                            <span aria-hidden="true">{ticked(c.value) ? "☒" : "☐"}</span> {c.label}
                          </li>
                        ))}
                        {q.type === "multiple-choice" && <li className="small muted">{a("chooseMany")}</li>}
                      </ul>
                    ) : (
                      <p className="print-lines">{value !== undefined && value !== null ? String(value) : " "}</p>
                    )}
                    {q.evidence !== "none" && <p className="small">{qt(`evidence.${q.evidence}`)}: ____________________________</p>}
                    <p className="small">{t("comment")}: ____________________________________________</p>
                  </div>
                );
              })}
          </section>
        ))}
    </article>
  );
}
