import { getTranslations, setRequestLocale } from "next-intl/server";
import { GapsView } from "@/lib/features/dashboards/gaps-view";
import { ZGapsQuery } from "@/lib/charts/dashboard-queries";
import { parseQuery, type TQueryParams } from "@/lib/api/query-values";
import { getGapsData } from "@/lib/server/dashboards/get-gaps-data";
import { requireActor } from "@/lib/server/page-guards";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboards"))("gaps") };
}

export default async function GapsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<TQueryParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const query = parseQuery(ZGapsQuery, await searchParams);
  const data = await getGapsData(actor, { ...query, locale });
  return <GapsView actor={actor} data={data} filter={query} locale={locale} />;
}
