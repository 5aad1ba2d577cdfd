import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TranslationsView } from "@/lib/features/questionnaires/translations-view";
import { AppError } from "@/lib/server/errors";
import { requireAdmin } from "@/lib/server/page-guards";
import { listTranslations } from "@/lib/server/questionnaires/list-translations";

export async function generateMetadata({ params }: { params: Promise<{ key: string }> }) {
  return { title: (await getTranslations("questionnaire.translations"))("title", { key: decodeURIComponent((await params).key) }) };
}

export default async function TranslationsPage({ params }: { params: Promise<{ locale: string; key: string }> }) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  const data = await listTranslations(actor, decodeURIComponent(key)).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  });
  return <TranslationsView data={data} />;
}
