import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/country-name";
import { Link } from "@/lib/i18n/navigation";
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { assessmentPageData } from "@/lib/server/assessments/assessment-page-data";
import { LocalizedText } from "@/lib/features/shell/localized-text";

export type TPageData = Awaited<ReturnType<typeof assessmentPageData>>;

/** Country, cycle, status and deadline, then one tab per pillar the person may open. */
export async function AssessmentHeader({ data, locale, current }: { data: TPageData; locale: string; current?: TPillarId }) {
  const t = await getTranslations("assessment");
  const status = await getTranslations("status");
  const format = await getFormatter();
  const { assessment, version } = data;
  // The country's own progress: answered of the questions that apply.
  const completion = data.record.selfReported.completion;
  return (
    <header className="stack">
      <p className="muted small">
        <Link prefetch={false} href={`/assessments/${assessment.id}`}>
          {t("overview")}
        </Link>{" "}
        · <bdi>{assessment.cycle.name}</bdi> · <bdi>{version.key}</bdi>
      </p>
      <h1>
        {countryName(assessment.country, locale)} <span className="badge">{status(assessment.status as "draft")}</span>
      </h1>
      <p className="muted">{t("deadline", { date: format.dateTime(assessment.cycle.closesAt, { dateStyle: "long", timeZone: "UTC" }) })}</p>
      <nav aria-label={t("pillars")} className="tabs">
        {version.pillars
          .filter((p) => data.visiblePillars.includes(p.id))
          .map((p) => (
            <Link prefetch={false} key={p.id} href={`/assessments/${assessment.id}/${p.id}`} aria-current={p.id === current ? "page" : undefined}>
              <LocalizedText text={p.title} locale={locale} />{" "}
              <span className="tab-progress" data-testid={`tab-progress-${p.id}`}>
                {t("tabProgress", completion.pillars[p.id])}
              </span>
            </Link>
          ))}
      </nav>
    </header>
  );
}
