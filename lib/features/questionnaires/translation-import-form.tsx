"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TActionError } from "@/lib/api/action-result";
import type { TTranslationPreview } from "@/lib/server/questionnaires/import-translation";
import { importTranslationAction } from "./translation-actions";

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload a translator's workbook: first a preview (changed, unchanged, invalid rows), then apply. */
export function TranslationImportForm() {
  const t = useTranslations("questionnaire.translations");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [workbook, setWorkbook] = useState<string | null>(null);
  const [preview, setPreview] = useState<TTranslationPreview | null>(null);
  const [applied, setApplied] = useState<TTranslationPreview | null>(null);
  const [error, setError] = useState<TActionError | null>(null);

  function send(data: string, apply: boolean) {
    startTransition(async () => {
      const result = await importTranslationAction({ workbook: data, apply });
      if (!result.ok) {
        setError(result.error);
        setPreview(null);
        return;
      }
      setError(null);
      if (apply) {
        setApplied(result.data);
        setPreview(null);
        setWorkbook(null);
        router.refresh();
      } else {
        setApplied(null);
        setPreview(result.data);
      }
    });
  }

  const plan = preview?.plan;
  return (
    <div className="stack">
      <form
        className="grid-form"
        data-testid="translation-import-form"
        onSubmit={(e) => {
          e.preventDefault();
          const file = new FormData(e.currentTarget).get("file");
          if (!(file instanceof File) || file.size === 0) {
            setError({ code: "invalid", message: t("fileRequired") });
            return;
          }
          void base64Of(file).then((data) => {
            setWorkbook(data);
            send(data, false);
          });
        }}
      >
        <label>
          {t("file")}
          <input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        </label>
        <button type="submit" disabled={pending}>
          {t("preview")}
        </button>
      </form>
      <div aria-live="polite">
        {error && (
          <p role="alert" className="alert error">
            {error.message}
          </p>
        )}
        {applied && (
          <p className="alert" data-testid="translation-applied">
            {t("applied", { language: applied.language, revision: applied.revision, changed: applied.plan.changed.length })}
          </p>
        )}
        {plan && preview && (
          <section className="card stack" data-testid="translation-preview">
            <h3>{t("previewTitle", { edition: preview.edition, language: preview.language })}</h3>
            <p>
              {t("planSummary", { changed: plan.changed.length, unchanged: plan.unchanged, invalid: plan.errors.length, untranslated: plan.stillUntranslated, notInSheet: plan.notInSheet })}
            </p>
            {plan.changed.length > 0 && (
              <table>
                <caption>{t("changedRows")}</caption>
                <thead>
                  <tr>
                    <th>{t("row")}</th>
                    <th>{t("key")}</th>
                    <th>{t("before")}</th>
                    <th>{t("after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.changed.map((c) => (
                    <tr key={c.key}>
                      <td>{c.row}</td>
                      <td>
                        <code>{c.key}</code>
                      </td>
                      <td lang={preview.language} dir="auto">{c.before ?? "—"}</td>
                      <td lang={preview.language} dir="auto">{c.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {plan.errors.length > 0 && (
              <table data-testid="translation-errors">
                <caption>{t("invalidRows")}</caption>
                <thead>
                  <tr>
                    <th>{t("row")}</th>
                    <th>{t("key")}</th>
                    <th>{t("problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.errors.map((e) => (
                    <tr key={`${e.row}-${e.key}`}>
                      <td>{e.row}</td>
                      <td>
                        <code>{e.key}</code>
                      </td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {plan.changed.length > 0 && workbook && (
              <button type="button" className="primary" disabled={pending} onClick={() => send(workbook, true)}>
                {t("apply", { changed: plan.changed.length })}
              </button>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
