import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { TPillarId } from "@/lib/questionnaire/constants";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import type { TPageData } from "./assessment-header";

/** The pillar's form, then links to the previous and next pillar the person may open. */
export async function PillarFormWithNav({ data, pillar, locale, children }: { data: TPageData; pillar: TPillarId; locale: string; children: React.ReactNode }) {
  const t = await getTranslations("assessment.questionNav");
  const pillars = data.version.pillars.filter((p) => data.visiblePillars.includes(p.id));
  const at = pillars.findIndex((p) => p.id === pillar);
  const previous = pillars[at - 1];
  const next = pillars[at + 1];
  return (
    <>
      {children}
      <nav className="pillar-nav" aria-label={t("pillars")}>
        {previous && (
          <Link prefetch={false} href={`/assessments/${data.assessment.id}/${previous.id}`} rel="prev">
            {t("previousPillar")} <LocalizedText text={previous.title} locale={locale} />
          </Link>
        )}
        {next && (
          <Link prefetch={false} href={`/assessments/${data.assessment.id}/${next.id}`} rel="next">
            {t("nextPillar")} <LocalizedText text={next.title} locale={locale} />
          </Link>
        )}
      </nav>
    </>
  );
}
