import { forbidden, notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { PillarPage } from "@/lib/features/assessments/pillar-page";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { assessmentPageData } from "@/lib/server/assessments/assessment-page-data";
import { AppError } from "@/lib/server/errors";
import { listEvidence } from "@/lib/server/evidence/list-evidence";
import { reviewState } from "@/lib/server/review/post-comment";
import { requireActor } from "@/lib/server/page-guards";

export default async function AssessmentPillarPage({ params }: { params: Promise<{ locale: string; id: string; pillar: string }> }) {
  const { locale, id, pillar } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!PILLAR_IDS.includes(pillar as TPillarId)) notFound();
  const [data, evidence, review] = await Promise.all([assessmentPageData(actor, id), listEvidence(actor, id), reviewState(actor, id)]).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  });
  if (!data.visiblePillars.includes(pillar as TPillarId)) forbidden();
  return <PillarPage data={data} pillar={pillar as TPillarId} locale={locale} evidence={evidence} review={review} />;
}
