import { getTranslations, setRequestLocale } from "next-intl/server";
import { VersionDiffView } from "@/lib/features/questionnaires/version-diff-view";
import { requireAdmin } from "@/lib/server/page-guards";
import { compareVersions } from "@/lib/server/questionnaires/compare-versions";
import { listQuestionnaireVersions } from "@/lib/server/questionnaires/list-questionnaire-versions";

export async function generateMetadata() {
  return { title: (await getTranslations("questionnaire"))("compareTitle") };
}

export default async function DiffPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  const versions = (await listQuestionnaireVersions(actor)).map((v) => `${v.questionnaireId}@${v.version}`);
  const { from = versions.at(-2), to = versions.at(-1) } = await searchParams;
  const comparison = from && to && versions.includes(from) && versions.includes(to) ? await compareVersions(actor, from, to) : null;
  return <VersionDiffView keys={versions} from={from} to={to} comparison={comparison} locale={locale} />;
}
