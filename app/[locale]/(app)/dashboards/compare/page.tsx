import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareView } from "@/lib/features/dashboards/compare-view";
import { ZCompareQuery } from "@/lib/charts/dashboard-queries";
import { parseQuery, type TQueryParams } from "@/lib/api/query-values";
import { getCompareData } from "@/lib/server/dashboards/get-compare-data";
import { requireActor } from "@/lib/server/page-guards";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboards"))("compare") };
}

export default async function ComparePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<TQueryParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const query = parseQuery(ZCompareQuery, await searchParams);
  const [t, regions] = await Promise.all([getTranslations("dashboards"), getTranslations("regions")]);
  const data = await getCompareData(actor, { ...query, locale, regionLabel: (id) => regions(id as "africa"), worldLabel: t("world") });
  return <CompareView actor={actor} data={data} chosen={query} />;
}
