"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TWorkbookImport } from "@/lib/server/assessments/import-assessment-workbook";
import { ActionError } from "../shell/action-error";

type TResult = { ok: true; data: TWorkbookImport } | { ok: false; message: string };

async function send(assessmentId: string, file: File, apply: boolean): Promise<TResult> {
  const body = new FormData();
  body.set("file", file);
  try {
    const res = await fetch(`/api/v1/assessments/${assessmentId}/workbook${apply ? "?apply=true" : ""}`, { method: "POST", body });
    const json = await res.json();
    return res.ok ? { ok: true, data: json as TWorkbookImport } : { ok: false, message: json?.error?.message ?? res.statusText };
  } catch {
    return { ok: false, message: "offline" };
  }
}

/** Download the assessment as a workbook, upload it filled in, see what it changes, then apply. */
export function WorkbookExchange({ assessmentId, locale, canImport }: { assessmentId: string; locale: string; canImport: boolean }) {
  const t = useTranslations("assessment.workbook");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<TWorkbookImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (apply: boolean) =>
    file &&
    startTransition(async () => {
      const result = await send(assessmentId, file, apply);
      if (!result.ok) return setError(result.message === "offline" ? t("offline") : result.message);
      setError(null);
      setPlan(result.data);
      if (apply) router.refresh();
    });
  return (
    <section className="card stack" aria-labelledby="workbook-title" data-testid="workbook-exchange">
      <h2 id="workbook-title">{t("title")}</h2>
      <p className="muted small">{t("intro")}</p>
      <p>
        <a className="button" href={`/api/v1/assessments/${assessmentId}/workbook?locale=${locale}`} download data-testid="workbook-download">
          {t("download")}
        </a>{" "}
        <a href={`/${locale}/assessments/${assessmentId}/print`} data-testid="print-questionnaire">
          {t("print")}
        </a>{" "}
        ·{" "}
        <a href={`/api/v1/assessments/${assessmentId}/questionnaire.pdf?locale=${locale}`} download data-testid="questionnaire-pdf">
          {t("pdf")}
        </a>
      </p>
      {canImport && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            run(false);
          }}
        >
          <label className="field">
            <span>{t("file")}</span>
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPlan(null);
              }}
            />
          </label>
          <button type="submit" disabled={!file || pending}>
            {t("preview")}
          </button>
        </form>
      )}
      <div aria-live="polite">
        <ActionError error={error} />
        {plan && (
          <div className="stack" data-testid="workbook-plan">
            <p>
              {t(plan.applied ? "savedSummary" : "summary", {
                changed: plan.changed.length,
                unchanged: plan.unchanged,
                invalid: plan.invalid.length,
                conflicts: plan.conflicts.length,
                saved: plan.saved,
              })}
            </p>
            {plan.invalid.length + plan.conflicts.length > 0 && (
              <div className="table-scroll" role="region" aria-label={t("problems")} tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th>{t("sheet")}</th>
                      <th>{t("row")}</th>
                      <th>{t("problem")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.invalid.map((p) => (
                      <tr key={`i-${p.sheet}-${p.row}`}>
                        <td>{p.sheet}</td>
                        <td>{p.row}</td>
                        <td>{p.reason}</td>
                      </tr>
                    ))}
                    {plan.conflicts.map((c) => (
                      <tr key={`c-${c.sheet}-${c.row}`}>
                        <td>{c.sheet}</td>
                        <td>{c.row}</td>
                        <td>{t("conflict", { revision: c.theirRevision })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {!plan.applied && plan.changed.length > 0 && (
              <button type="button" className="primary" disabled={pending} onClick={() => run(true)}>
                {t("apply", { count: plan.changed.length })}
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
