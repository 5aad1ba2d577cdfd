import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { AssessmentOverview } from "@/lib/features/assessments/assessment-overview";
import { reviewPageData } from "@/lib/server/review/review-page-data";
import { checkSubmission } from "@/lib/server/assessments/submit-assessment";
import { AppError } from "@/lib/server/errors";
import { listLinksForPublication } from "@/lib/server/evidence/list-links-for-publication";
import { requireActor } from "@/lib/server/page-guards";

export default async function AssessmentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const [data, problems, links] = await Promise.all([reviewPageData(actor, id), checkSubmission(actor, id), listLinksForPublication(actor, id)]).catch(
    (e: unknown) => {
      if (e instanceof AppError && e.code === "not-found") notFound();
      throw e;
    },
  );
  return <AssessmentOverview data={data} problems={problems} locale={locale} publicLinks={links} />;
}
