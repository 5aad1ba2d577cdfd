import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { QuestionPreview } from "./question-preview";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";

/** A questionnaire version, one pillar at a time, as the focal point's form lays it out. */
export async function VersionPreview({ version, pillar, locale }: { version: TNormalizedQuestionnaire; pillar: TPillarId; locale: string }) {
  const t = await getTranslations("questionnaire");
  const current = version.pillars.find((p) => p.id === pillar) ?? version.pillars[0]!;
  return (
    <div className="stack">
      <h1>{t("previewTitle", { title: localized(version.title, locale) })}</h1>
      <p className="muted">{t("previewIntro")}</p>
      <aside className="alert" aria-label={t("disclaimer")}>
        <LocalizedText text={version.disclaimer} locale={locale} />
      </aside>
      {version.terminology && (
        <details>
          <summary>{t("aboutTerms")}</summary>
          <p>
            <LocalizedText text={version.terminology} locale={locale} />
          </p>
        </details>
      )}
      <p>
        <Link href={`/admin/questionnaires/${encodeURIComponent(version.key)}/translations`}>{t("translations.link")}</Link>
      </p>
      <nav aria-label={t("pillarTabs")} className="tabs">
        {version.pillars.map((p) => (
          <Link
            key={p.id}
            href={`/admin/questionnaires/${encodeURIComponent(version.key)}?pillar=${p.id}`}
            aria-current={p.id === current.id ? "page" : undefined}
          >
            <LocalizedText text={p.title} locale={locale} />
          </Link>
        ))}
      </nav>
      {current.indicatorIds.map((id) => {
        const indicator = version.indicatorById[id]!;
        return (
          <section key={id} className="card stack" aria-labelledby={`ind-${id}`}>
            <h2 id={`ind-${id}`}>
              <LocalizedText text={indicator.title} locale={locale} /> <span className="badge">{t("points", { points: formatScore(indicator.points, locale) })}</span>
            </h2>
            {indicator.description && <p className="muted"><LocalizedText text={indicator.description} locale={locale} /></p>}
            {indicator.questionIds.map((qid) => (
              <QuestionPreview key={qid} q={version.questionById[qid]!} version={version} locale={locale} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
