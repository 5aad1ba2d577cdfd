import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { requirementText } from "@/lib/maturity/stage-text";
import type { TStageMove } from "@/lib/plans/build-plan";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { maturityWords } from "../maturity/maturity-words";

/** "Move indicator X from formative to established by doing Y", with the countries at that step. */
export async function StageMoves({
  moves,
  version,
  locale,
  limit,
}: {
  moves: readonly TStageMove[];
  version: TNormalizedQuestionnaire;
  locale: string;
  limit: number;
}) {
  const t = await getTranslations("maturity");
  const { words, stage } = await maturityWords();
  return (
    <section className="card stack" aria-labelledby="plan-moves" data-testid="plan-moves">
      <h2 id="plan-moves">{t("planTitle")}</h2>
      <p className="muted small">{t("planIntro")}</p>
      {moves.length === 0 ? (
        <p className="muted">{t("noMoves")}</p>
      ) : (
        <ol className="stack">
          {moves.slice(0, limit).map((m) => (
            <li key={`${m.indicator}:${m.to}`} data-move={`${m.indicator}:${m.to}`}>
              <strong>
                {t("move", { indicator: localized(version.indicatorById[m.indicator]?.title, locale) || m.indicator, from: stage(m.from), to: stage(m.to) })}
              </strong>{" "}
              <details className="small">
                <summary>{t("countriesAt", { count: m.countries.length })}</summary>
                <p className="muted">{m.countries.join(", ")}</p>
              </details>
              <ul className="small">
                {m.missing.map((x, k) => (
                  <li key={k}>
                    {requirementText(x.requirement, version, locale, words)} <span className="muted">({t("missing", { count: x.countries.length })})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
