import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { TQueryParams } from "@/lib/api/query-values";
import { isReviewer } from "@/lib/authz/policy";
import { PlanView } from "@/lib/features/plans/plan-view";
import { requireActor } from "@/lib/server/page-guards";
import { loadPlan } from "@/lib/server/plans/load-plan";

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<TQueryParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isReviewer(actor)) forbidden();
  const loaded = await loadPlan(actor, await searchParams);
  return <PlanView loaded={loaded} locale={locale} />;
}
