import { getTranslations, setRequestLocale } from "next-intl/server";
import { OverviewView } from "@/lib/features/dashboards/overview-view";
import { ZOverviewQuery } from "@/lib/charts/dashboard-queries";
import { parseQuery, type TQueryParams } from "@/lib/api/query-values";
import { getOverviewData } from "@/lib/server/dashboards/get-overview-data";
import { requireActor } from "@/lib/server/page-guards";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboards"))("overview") };
}

export default async function DashboardsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<TQueryParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const query = parseQuery(ZOverviewQuery, await searchParams);
  const [t, regions] = await Promise.all([getTranslations("dashboards"), getTranslations("regions")]);
  const data = await getOverviewData(actor, { cycle: query.cycle, locale, regionLabel: (id) => regions(id as "africa"), worldLabel: t("world") });
  return <OverviewView actor={actor} data={data} metric={query.metric} />;
}
