import { getTranslations, setRequestLocale } from "next-intl/server";
import { CyclesView } from "@/lib/features/cycles/cycles-view";
import { listCycles } from "@/lib/server/cycles/open-cycle";
import { requireAdmin } from "@/lib/server/page-guards";
import { listQuestionnaireVersions } from "@/lib/server/questionnaires/list-questionnaire-versions";

export async function generateMetadata() {
  return { title: (await getTranslations("cycles"))("title") };
}

export default async function CyclesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  const [cycles, versions] = await Promise.all([listCycles(actor), listQuestionnaireVersions(actor)]);
  const published = versions.filter((v) => v.status === "published").map((v) => `${v.questionnaireId}@${v.version}`);
  return <CyclesView cycles={cycles} versions={published} />;
}
