import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { PrintQuestionnaire } from "@/lib/features/assessments/print-questionnaire";
import { assessmentPageData } from "@/lib/server/assessments/assessment-page-data";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/page-guards";

export default async function PrintPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const data = await assessmentPageData(actor, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  });
  return <PrintQuestionnaire data={data} locale={locale} />;
}
