import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReportView } from "@/lib/features/reports/report-view";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/page-guards";
import { loadCountryReport } from "@/lib/server/reports/load-country-report";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function CountryReportPage({ params }: { params: Promise<{ locale: string; assessmentId: string }> }) {
  const { locale, assessmentId } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const report = await loadCountryReport(actor, assessmentId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  });
  return <ReportView report={report} locale={locale} />;
}
