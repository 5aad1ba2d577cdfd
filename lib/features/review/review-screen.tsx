import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/country-name";
import { Link } from "@/lib/i18n/navigation";
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TReviewPageData } from "@/lib/server/review/review-page-data";
import { localized } from "@/lib/i18n/localized";
import { AcceptSelected } from "./accept-selected";
import { ReviewItem } from "./review-item";
import { ScoreComparison } from "./score-comparison";
import { answersReviewable } from "@/lib/assessments/workflow";
import { TransitionBar } from "./transition-bar";
import { LocalizedText } from "@/lib/features/shell/localized-text";

/** One pillar of a submission, answer by answer, with the reviewer's controls. */
export async function ReviewScreen({ data, pillar, locale }: { data: TReviewPageData; pillar: TPillarId; locale: string }) {
  const t = await getTranslations("review");
  const status = await getTranslations("status");
  const { assessment, version } = data;
  const current = version.pillars.find((p) => p.id === pillar)!;
  const canReview = answersReviewable(assessment.status);
  return (
    <div className="stack">
      <p className="muted small">
        <Link href="/review">{t("queueTitle")}</Link> · <bdi>{assessment.cycle.name}</bdi> · <bdi>{version.key}</bdi> ·{" "}
        <Link href={`/assessments/${assessment.id}/audit`}>{t("audit")}</Link> · <Link href={`/reports/${assessment.id}`}>{t("report")}</Link>
      </p>
      <h1>
        {countryName(assessment.country, locale)}{" "}
        <span className="badge" data-testid="status">
          {status(assessment.status as "draft")}
        </span>
      </h1>
      <p data-testid="review-progress">{t("progress", data.progress)}</p>
      <TransitionBar assessmentId={assessment.id} transitions={data.transitions} />
      <ScoreComparison data={data} locale={locale} />
      <nav aria-label={t("pillars")} className="tabs">
        {version.pillars.map((p) => (
          <Link key={p.id} href={`/review/${assessment.id}/${p.id}`} aria-current={p.id === pillar ? "page" : undefined}>
            <LocalizedText text={p.title} locale={locale} />
          </Link>
        ))}
      </nav>
      {canReview && (
        <AcceptSelected
          assessmentId={assessment.id}
          candidates={current.indicatorIds
            .flatMap((id) => version.indicatorById[id]!.questionIds)
            .filter((id) => data.answers[id] !== undefined && data.verdicts[id]?.state !== "accepted")
            .map((id) => ({ id, number: `${version.questionById[id]!.index + 1}.`, label: localized(version.questionById[id]!.text, locale) }))}
        />
      )}
      {current.indicatorIds.map((indicatorId) => {
        const indicator = version.indicatorById[indicatorId]!;
        const shown = indicator.questionIds.filter((id) => data.answers[id] !== undefined || data.verdicts[id] || data.threads[id]);
        if (shown.length === 0) return null;
        return (
          <section key={indicatorId} className="card stack">
            <h2>
              <LocalizedText text={indicator.title} locale={locale} />
            </h2>
            {shown.map((id) => (
              <ReviewItem
                key={id}
                assessmentId={assessment.id}
                q={version.questionById[id]!}
                value={data.answers[id] ?? null}
                comment={data.assessment.answers.find((a) => a.questionId === id)?.comment ?? null}
                verdict={data.verdicts[id] ?? null}
                thread={data.threads[id] ?? []}
                evidence={data.evidence[id] ?? []}
                canReview={canReview}
                locale={locale}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
