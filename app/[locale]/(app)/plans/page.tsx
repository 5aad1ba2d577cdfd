import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isReviewer } from "@/lib/authz/policy";
import { PlanView } from "@/lib/features/plans/plan-view";
import { requireActor } from "@/lib/server/page-guards";
import { loadPlan } from "@/lib/server/plans/load-plan";

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isReviewer(actor)) forbidden();
  const q = await searchParams;
  const loaded = await loadPlan(actor, { cycle: q.cycle || undefined, region: (q.region || undefined) as never, countries: q.countries || undefined });
  return <PlanView loaded={loaded} locale={locale} />;
}
