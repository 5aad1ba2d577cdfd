import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LOCALE_NAMES } from "@/lib/i18n/routing";
import type { listTranslations } from "@/lib/server/questionnaires/list-translations";
import { TranslationImportForm } from "./translation-import-form";

type TData = Awaited<ReturnType<typeof listTranslations>>;

/** Each language's text of a version (revision, coverage, source), its workbook, and the import. */
export async function TranslationsView({ data }: { data: TData }) {
  const t = await getTranslations("questionnaire.translations");
  const format = await getFormatter();
  return (
    <div className="stack">
      <h1>{t("title", { key: data.key })}</h1>
      <p className="muted">{t("intro")}</p>
      <p>
        <Link href={`/admin/questionnaires/${encodeURIComponent(data.key)}`}>{t("back")}</Link>
      </p>
      <section className="card">
        <table data-testid="translation-revisions">
          <thead>
            <tr>
              <th>{t("language")}</th>
              <th>{t("revision")}</th>
              <th>{t("translated")}</th>
              <th>{t("source")}</th>
              <th>{t("updated")}</th>
              <th>{t("textHash")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.languages.map((l) => (
              <tr key={l.language} data-language={l.language}>
                <th scope="row" lang={l.language} dir={l.language === "ar" ? "rtl" : "ltr"}>
                  {LOCALE_NAMES[l.language]}
                </th>
                <td>{l.language === "en" ? t("sourceLanguage") : (l.revision ?? "—")}</td>
                <td>
                  {t("coverage", { translated: l.translated, total: l.total })}
                  {l.translated < l.total && <span className="badge">{t("untranslated", { count: l.total - l.translated })}</span>}
                </td>
                <td>{l.source === "import" ? t("sourceImport", { name: l.updatedBy ?? "—" }) : t("sourceFile")}</td>
                <td>{l.updatedAt ? format.dateTime(l.updatedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                <td>
                  <code>{l.textHash.slice(0, 12)}</code>
                </td>
                <td>
                  {l.language !== "en" && (
                    <a href={`/api/v1/questionnaires/${encodeURIComponent(data.key)}/translations/${l.language}`} download data-testid={`download-${l.language}`}>
                      {t("download")}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card stack">
        <h2>{t("importTitle")}</h2>
        <p className="muted">{t("importIntro")}</p>
        <TranslationImportForm />
      </section>
    </div>
  );
}
