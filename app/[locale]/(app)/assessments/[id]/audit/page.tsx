import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AUDIT_FILTERS, auditFilterOf } from "@/lib/features/review/audit-query";
import { AuditView } from "@/lib/features/review/audit-view";
import { assessmentSummary } from "@/lib/server/assessments/assessment-summary";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/page-guards";
import { auditTrail } from "@/lib/server/review/audit-trail";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("pageTitle") };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ filter?: string | string[] }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const filter = auditFilterOf((await searchParams).filter);
  // Both enforce visibility; another country's assessment is simply not found.
  const [assessment, entries] = await Promise.all([assessmentSummary(actor, id), auditTrail(actor, id, { action: AUDIT_FILTERS[filter] })]).catch(
    (e: unknown) => {
      if (e instanceof AppError && e.code === "not-found") notFound();
      throw e;
    },
  );
  return <AuditView assessment={assessment} entries={entries} filter={filter} locale={locale} />;
}
