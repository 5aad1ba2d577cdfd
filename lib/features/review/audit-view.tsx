import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/country-name";
import { Link } from "@/lib/i18n/navigation";
import type { assessmentSummary } from "@/lib/server/assessments/assessment-summary";
import type { auditTrail } from "@/lib/server/review/audit-trail";
import { AUDIT_FILTERS, type TAuditFilter } from "./audit-query";

type TProps = {
  assessment: Awaited<ReturnType<typeof assessmentSummary>>;
  entries: Awaited<ReturnType<typeof auditTrail>>;
  filter: TAuditFilter;
  locale: string;
};

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

/** Everything that happened to an assessment, oldest first, with a filter and a CSV export. */
export async function AuditView({ assessment, entries, filter, locale }: TProps) {
  const t = await getTranslations("audit");
  const status = await getTranslations("status");
  const answers = await getTranslations("answers");
  const format = await getFormatter();
  // Actions and statuses the catalogue does not know yet show as recorded rather than as a raw key error.
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const statusLabel = (s: string) => (status.has(s) ? status(s) : s);
  // Adjusted values are stored as JSON: a scale choice gets its label, a list is joined.
  const valueLabel = (stored: string) => {
    let value: unknown = stored;
    try {
      value = JSON.parse(stored);
    } catch {
      // Not JSON: shown as recorded.
    }
    const one = (v: unknown) => (typeof v === "string" && answers.has(v) ? answers(v) : String(v));
    return Array.isArray(value) ? value.map(one).join(", ") : one(value);
  };
  const prefix = AUDIT_FILTERS[filter];
  const csvHref = `/api/v1/assessments/${encodeURIComponent(assessment.id)}/audit?format=csv${prefix ? `&action=${encodeURIComponent(prefix)}` : ""}`;
  return (
    <div className="stack">
      <header className="stack">
        <p className="muted small">
          <Link href={`/assessments/${assessment.id}`}>{t("back")}</Link> · <bdi>{assessment.cycle.name}</bdi>
        </p>
        <h1>{t("title", { country: countryName(assessment.country, locale) })}</h1>
        <p className="muted">{t("intro")}</p>
      </header>
      <section className="card stack">
        <form method="get" className="inline-form" aria-label={t("filterLabel")}>
          <label className="field">
            <span>{t("filterLabel")}</span>
            <select name="filter" defaultValue={filter}>
              {(Object.keys(AUDIT_FILTERS) as TAuditFilter[]).map((f) => (
                <option key={f} value={f}>
                  {t(`filters.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t("apply")}</button>
          {/* A plain link: the API answers with a file download, which client navigation cannot show. */}
          <a className="button" href={csvHref} download>
            {t("exportCsv")}
          </a>
        </form>
        <p className="muted small" aria-live="polite">
          {t("count", { count: entries.length })}
        </p>
        {entries.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.at")}</th>
                <th scope="col">{t("columns.actor")}</th>
                <th scope="col">{t("columns.action")}</th>
                <th scope="col">{t("columns.change")}</th>
                <th scope="col">{t("columns.reason")}</th>
                <th scope="col">{t("columns.question")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => {
                const from = text(e.data.from);
                const to = text(e.data.to);
                const adjusted = e.action === "answer.adjusted" ? text(e.data.adjustedValue) : null;
                return (
                  <tr key={i} data-action={e.action}>
                    <td>
                      <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</time>
                    </td>
                    <td>
                      {e.actor === "system" ? (
                        t("system")
                      ) : (
                        <>
                          <bdi>{e.actor}</bdi>
                          {e.actorEmail && <span className="muted small"> · {e.actorEmail}</span>}
                        </>
                      )}
                    </td>
                    <td>{actionLabel(e.action)}</td>
                    {/* Only status changes carry both ends; a carry-forward's "from" is another assessment's id. */}
                    <td>{from && to ? `${statusLabel(from)} → ${statusLabel(to)}` : adjusted ? t("adjustedTo", { value: valueLabel(adjusted) }) : ""}</td>
                    <td>{text(e.data.reason)}</td>
                    <td>{text(e.data.questionId) && <code>{text(e.data.questionId)}</code>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
