import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PublicResultsView } from "@/lib/features/public/public-results-view";
import { AppError } from "@/lib/server/errors";
import { loadPublicResults } from "@/lib/server/public/load-public-results";
import { publicSummary } from "@/lib/server/public/public-responses";

export async function generateMetadata() {
  return { title: (await getTranslations("public"))("title") };
}

export default async function PublicResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ cycle?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { cycle } = await searchParams;
  const t = await getTranslations("public");
  const results = await loadPublicResults(typeof cycle === "string" ? cycle : undefined).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") return null;
    throw e;
  });
  if (!results) {
    // A named cycle that is not published is not found; no cycle published at all is a plain page.
    if (cycle) notFound();
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <p data-public-none>{t("none")}</p>
      </div>
    );
  }
  return <PublicResultsView results={results} summary={publicSummary(results.entries)} locale={locale} />;
}
