import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import type { TVersionDiff } from "@/lib/questionnaire/crosswalk";
import { DiffSections } from "./diff-sections";

type TComparison = { from: TNormalizedQuestionnaire; to: TNormalizedQuestionnaire; diff: TVersionDiff } | null;

/** The version picker (a plain GET form: works without JavaScript) and the readable diff. */
export async function VersionDiffView({ keys, from, to, comparison, locale }: { keys: string[]; from?: string; to?: string; comparison: TComparison; locale: string }) {
  const t = await getTranslations("questionnaire");
  return (
    <div className="stack">
      <h1>{t("compareTitle")}</h1>
      <form method="get" className="inline-form card">
        <label className="field">
          <span>{t("from")}</span>
          <select name="from" defaultValue={from}>
            {keys.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("to")}</span>
          <select name="to" defaultValue={to}>
            {keys.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t("show")}
        </button>
      </form>
      {comparison && (
        <>
          <h2>
            {t("compareWith", { from: comparison.from.key, to: comparison.to.key })}: {localized(comparison.to.title, locale)}
          </h2>
          <p className="lead" data-testid="diff-summary">
            {t("diffSummary", {
              unchanged: comparison.diff.questions.unchanged,
              added: comparison.diff.questions.added.length,
              removed: comparison.diff.questions.removed.length,
              reworded: comparison.diff.questions.reworded.length,
              reweighted: comparison.diff.questions.reweighted.length,
              moved: comparison.diff.questions.moved.length,
              split: comparison.diff.questions.split.length,
              merged: comparison.diff.questions.merged.length,
            })}
          </p>
          <p className="muted">{comparison.diff.usedCrosswalk ? t("usedCrosswalk") : t("noCrosswalk")}</p>
          <DiffSections {...comparison} locale={locale} />
        </>
      )}
    </div>
  );
}
