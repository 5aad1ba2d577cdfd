import { getTranslations } from "next-intl/server";
import { formatScore } from "@/lib/i18n/format-number";
import { localized } from "@/lib/i18n/localized";
import type { TIndicatorMaturity } from "@/lib/maturity/maturity-stages";
import { requirementText } from "@/lib/maturity/stage-text";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { maturityWords } from "./maturity-words";

type TVersion = Pick<TNormalizedQuestionnaire, "indicatorById" | "questionById">;

/**
 * Each indicator's maturity stage beside its points, and what the next stage still needs: the same
 * section on the report and the assessment page, from the score of record's `maturity`.
 */
export async function MaturitySection({
  maturity,
  version,
  locale,
  points,
}: {
  maturity: readonly TIndicatorMaturity[];
  version: TVersion;
  locale: string;
  /** Displayed points per indicator id, when the page shows them. */
  points?: Readonly<Record<string, { display: number; maxPoints: number }>>;
}) {
  if (maturity.length === 0) return null;
  const t = await getTranslations("maturity");
  const { words, stage } = await maturityWords();
  return (
    <section className="card stack report-section" aria-labelledby="maturity-title" data-testid="maturity">
      <h2 id="maturity-title">{t("title")}</h2>
      <p className="muted small">{t("intro")}</p>
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("stage")}</th>
            <th scope="col">{t("next")}</th>
          </tr>
        </thead>
        <tbody>
          {maturity.map((m) => {
            const p = points?.[m.indicator];
            return (
              <tr key={m.indicator} data-indicator={m.indicator} data-stage={m.stage ?? "none"}>
                <th scope="row">
                  {localized(version.indicatorById[m.indicator]?.title, locale)}
                  {p && (
                    <span className="muted small">
                      {" "}
                      ({formatScore(p.display, locale)} / {formatScore(p.maxPoints, locale)})
                    </span>
                  )}
                </th>
                <td>{m.stage ? <span className={`badge stage-${m.stage}`}>{stage(m.stage)}</span> : <span className="muted">{t("noAnswer")}</span>}</td>
                <td>
                  {m.next ? (
                    <>
                      <span>{t("needs", { stage: stage(m.next.stage) })}</span>
                      <ul className="small">
                        {m.next.missing.map((r, k) => (
                          <li key={k}>{requirementText(r, version, locale, words)}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <span className="muted">{t("top")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
