import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeView } from "@/lib/features/home/home-view";
import { getHomeData } from "@/lib/server/home/get-home-data";
import { requireActor } from "@/lib/server/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  return <HomeView actor={actor} data={await getHomeData(actor)} locale={locale} />;
}
