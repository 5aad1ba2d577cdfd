import { getTranslations, setRequestLocale } from "next-intl/server";
import { VersionsList } from "@/lib/features/questionnaires/versions-list";
import { requireAdmin } from "@/lib/server/page-guards";
import { listQuestionnaireVersions } from "@/lib/server/questionnaires/list-questionnaire-versions";

export async function generateMetadata() {
  return { title: (await getTranslations("questionnaire"))("versionsTitle") };
}

export default async function QuestionnairesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  return <VersionsList versions={await listQuestionnaireVersions(actor)} />;
}
