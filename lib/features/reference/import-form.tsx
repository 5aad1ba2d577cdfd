"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TImportReport } from "@/lib/server/reference/import-reference";
import type { TActionError } from "@/lib/api/action-result";
import { importReferenceAction } from "./actions";

/** Upload one edition's CSV; the report (or every row problem) appears below the form. */
// Names come from the uploaded file, in its language: isolated so they keep their direction in Arabic.
const isolate = (name: string) => `\u2068${name}\u2069`;

export function ImportReferenceForm() {
  const t = useTranslations("reference");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [report, setReport] = useState<TImportReport | null>(null);
  const [error, setError] = useState<TActionError | null>(null);

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    const edition = String(data.get("edition") ?? "");
    if (!(file instanceof File) || file.size === 0) {
      setError({ code: "invalid", message: t("fileRequired") });
      return;
    }
    startTransition(async () => {
      const result = await importReferenceAction({ csv: await file.text(), edition, fileName: file.name });
      if (result.ok) {
        setReport(result.data);
        setError(null);
        router.refresh();
      } else {
        setReport(null);
        setError(result.error);
      }
    });
  }

  return (
    <form
      className="grid-form"
      data-testid="reference-import-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit(e.currentTarget);
      }}
    >
      <label>
        {t("file")}
        <input type="file" name="file" accept=".csv,text/csv" required />
      </label>
      <label>
        {t("edition")}
        <input type="number" name="edition" min={2000} max={2100} defaultValue={2024} required />
      </label>
      <button type="submit" className="primary" disabled={pending}>
        {t("submit")}
      </button>
      <div className="full" aria-live="polite">
        {report && (
          <div data-testid="reference-report">
            <p>
              {t("report", {
                edition: report.edition,
                imported: report.imported,
                created: report.created,
                updated: report.updated,
                reproduced: report.tiers.reproduced,
                published: report.tiers.published,
              })}
            </p>
            {report.tiers.mismatches.length > 0 && (
              <ul>
                {report.tiers.mismatches.map((m) => (
                  <li key={m.iso3}>{t("mismatch", m)}</li>
                ))}
              </ul>
            )}
            {report.inversions.length > 0 && (
              <div className="alert warning" role="status" data-testid="rank-inversions">
                <p>{t("inversions", { count: report.inversions.length })}</p>
                <ul>
                  {report.inversions.map(({ above, below }) => (
                    <li key={above.iso3}>
                      {t("inversion", {
                        above: isolate(above.country),
                        aboveRank: above.rank,
                        aboveScore: above.overall,
                        below: isolate(below.country),
                        belowRank: below.rank,
                        belowScore: below.overall,
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {error && (
          <pre role="alert" className="alert error" style={{ whiteSpace: "pre-wrap" }}>
            {error.message}
          </pre>
        )}
      </div>
    </form>
  );
}
