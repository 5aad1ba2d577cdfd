"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { evaluateGapRules } from "@/lib/gaps/evaluate-gap-rules";
import { localized } from "@/lib/i18n/localized";
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { scoreTotals } from "@/lib/scoring/totals";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";

/**
 * The same pure scoring the server runs, recomputed in the browser as answers change. A contributor
 * holds only the answers of their own pillars (`pillars`), so only those pillars' scores are shown:
 * an overall score without the other pillars would be wrong.
 */
export function LiveScore({
  version,
  answers,
  locale,
  pillars,
}: {
  version: TNormalizedQuestionnaire;
  answers: TAnswers;
  locale: string;
  pillars: readonly TPillarId[];
}) {
  const whole = version.pillars.every((p) => pillars.includes(p.id));
  const t = useTranslations("assessment.score");
  const totals = useMemo(() => scoreTotals(version, answers), [version, answers]);
  const flags = useMemo(() => evaluateGapRules(version, answers), [version, answers]);
  return (
    <aside className="card live-score stack" aria-label={t("title")} data-testid="live-score">
      <h2>
        {t("title")} <span className="badge">{t("preview")}</span>
      </h2>
      {whole && (
        <p className="overall">
          <strong data-testid="live-overall">{formatScore(totals.overall.display, locale)}</strong> / 100 · {t("tier", { tier: totals.tier.tier })}{" "}
          <LocalizedText text={totals.tier.label} locale={locale} />
        </p>
      )}
      <ul className="pillar-bars">
        {version.pillars
          .filter((p) => pillars.includes(p.id))
          .map((p) => {
            const score = totals.pillars[p.id];
            const done = totals.completion.pillars[p.id];
            return (
              <li key={p.id}>
                <span>
                  <LocalizedText text={p.title} locale={locale} />
                </span>
                <meter min={0} max={20} value={score.display} aria-label={localized(p.title, locale)} />
                <span className="small">
                  {formatScore(score.display, locale)} · {t("answered", { answered: done.answered, applicable: done.applicable })}
                </span>
              </li>
            );
          })}
      </ul>
      {whole && <p className="small">{t("completion", { percent: Math.round(totals.completion.ratio * 100) })}</p>}
      {flags.length > 0 && (
        <details>
          <summary>{t("flags", { count: flags.length })}</summary>
          <ul className="small">
            {flags.map((f) => (
              <li key={f.id}>
                <span className={`severity severity-${f.severity}`}>{f.severity}</span> <LocalizedText text={f.message} locale={locale} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
