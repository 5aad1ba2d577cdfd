import { forbidden, notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isReviewer } from "@/lib/authz/policy";
import { ReviewScreen } from "@/lib/features/review/review-screen";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/page-guards";
import { reviewPageData } from "@/lib/server/review/review-page-data";

export default async function ReviewPage({ params }: { params: Promise<{ locale: string; id: string; pillar: string }> }) {
  const { locale, id, pillar } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isReviewer(actor)) forbidden();
  if (!PILLAR_IDS.includes(pillar as TPillarId)) notFound();
  const data = await reviewPageData(actor, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  });
  return <ReviewScreen data={data} pillar={pillar as TPillarId} locale={locale} />;
}
