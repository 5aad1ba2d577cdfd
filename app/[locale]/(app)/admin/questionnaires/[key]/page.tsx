import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { VersionPreview } from "@/lib/features/questionnaires/version-preview";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { AppError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/server/page-guards";
import { getQuestionnaireVersion } from "@/lib/server/questionnaires/get-questionnaire-version";

export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; key: string }>;
  searchParams: Promise<{ pillar?: string }>;
}) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  const { pillar } = await searchParams;
  const found = await getQuestionnaireVersion(actor, decodeURIComponent(key)).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  });
  const chosen: TPillarId = PILLAR_IDS.includes(pillar as TPillarId) ? (pillar as TPillarId) : "legal";
  return <VersionPreview version={found.version} pillar={chosen} locale={locale} />;
}
