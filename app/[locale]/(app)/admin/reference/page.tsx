import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportReferenceForm } from "@/lib/features/reference/import-form";
import { requireAdmin } from "@/lib/server/page-guards";
import { listReferenceEditions } from "@/lib/server/reference/list-reference-editions";

export async function generateMetadata() {
  return { title: (await getTranslations("reference"))("title") };
}

export default async function ReferencePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  const t = await getTranslations("reference");
  const editions = await listReferenceEditions(actor);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <ImportReferenceForm />
      </section>
      <section className="card stack">
        <h2>{t("editions")}</h2>
        {editions.length === 0 ? (
          <p className="muted">{t("noEditions")}</p>
        ) : (
          <ul data-testid="reference-editions">
            {editions.map((e) => (
              <li key={e.edition}>{t("editionRow", e)}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
