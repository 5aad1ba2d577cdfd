import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/country-name";
import { Link } from "@/lib/i18n/navigation";
import type { reviewQueue } from "@/lib/server/review/review-queue";
import { AssignToMe } from "./assign-to-me";
import { RegionOptions } from "@/lib/features/shell/region-options";
import { formatScore } from "@/lib/i18n/format-number";
import { QUEUE_FILTERS, type TQueueFilter } from "@/lib/assessments/review-schemas";

type TQueue = Awaited<ReturnType<typeof reviewQueue>>;
// Where a row leads: desk research is written on the assessment page, everything else is reviewed.
const onAssessmentPage = new Set(["draft", "declined", "desk-research"]);

/** The review queue: a plain GET form of filters (works without JavaScript), counts, and the rows. */
export async function QueueView({ queue, locale }: { queue: TQueue; locale: string }) {
  const t = await getTranslations("review");
  const status = await getTranslations("status");
  const regions = await getTranslations("regions");
  const format = await getFormatter();
  const f = queue.filter;
  // "all" is every status of the queue; drafts not started are a list of their own.
  const total = Object.entries(queue.counts).reduce((sum, [s, n]) => (s === "not-started" ? sum : sum + n), 0);
  const countOf = (s: TQueueFilter) =>
    s === "all" ? total : s === "open" ? (queue.counts.submitted ?? 0) + (queue.counts["in-review"] ?? 0) : (queue.counts[s] ?? 0);
  const label = (s: TQueueFilter) => (s === "all" ? t("all") : s === "open" ? t("openWork") : s === "not-started" ? t("notStarted") : status(s));
  // Links keep the other filters; the cycle is explicit ("all" for every cycle) so the default does not return.
  const query = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = { status: f.status, cycle: f.cycle ?? "all", region: f.region, assignee: f.assignee === "anyone" ? undefined : f.assignee, ...changes };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    return `/review?${params.toString()}`;
  };
  return (
    <div className="stack">
      <h1>{t("queueTitle")}</h1>
      <ul className="stats" aria-label={t("counts")}>
        {QUEUE_FILTERS.map((s) => (
          <li key={s}>
            <Link href={query({ status: s })} aria-current={f.status === s ? "page" : undefined}>
              {label(s)}: <strong>{countOf(s)}</strong>
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" className="inline-form card" aria-label={t("filters")}>
        <input type="hidden" name="status" value={f.status} />
        <label className="field">
          <span>{t("cycle")}</span>
          <select name="cycle" defaultValue={f.cycle ?? "all"}>
            <option value="all">{t("all")}</option>
            {queue.cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("region")}</span>
          <select name="region" defaultValue={f.region ?? ""}>
            <RegionOptions anyLabel={t("all")} />
          </select>
        </label>
        <label className="field">
          <span>{t("assignee")}</span>
          <select name="assignee" defaultValue={f.assignee}>
            <option value="anyone">{t("anyone")}</option>
            <option value="me">{t("me")}</option>
            <option value="unassigned">{t("unassigned")}</option>
          </select>
        </label>
        <button type="submit" className="primary">
          {t("filter")}
        </button>
      </form>
      <section className="card">
        {queue.rows.length === 0 ? (
          <p className="muted">{t("empty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t("country")}</th>
                <th>{t("region")}</th>
                <th>{t("cycle")}</th>
                <th>{t("statusColumn")}</th>
                <th>{t("waiting")}</th>
                <th>{t("assignee")}</th>
                <th>{t("score")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr key={r.id} data-country={r.country.iso3}>
                  <td>
                    <Link href={onAssessmentPage.has(r.status) ? `/assessments/${r.id}` : `/review/${r.id}/legal`}>{countryName(r.country, locale)}</Link>
                  </td>
                  <td>{regions(r.country.ituRegion as "africa")}</td>
                  <td>{r.cycle.name}</td>
                  <td>
                    <span className="badge">{status(r.status as "draft")}</span>
                  </td>
                  <td>{r.submittedAt ? format.relativeTime(r.submittedAt) : "—"}</td>
                  <td>{r.assignee ?? <AssignToMe assessmentId={r.id} />}</td>
                  <td>{formatScore(r.overallScore, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {(f.cursor || queue.nextCursor) && (
          <nav className="pager" aria-label={t("pages")}>
            {f.cursor && <Link href={query({})}>{t("firstPage")}</Link>}
            {queue.nextCursor && (
              <Link href={query({ cursor: queue.nextCursor })} rel="next" data-testid="queue-next">
                {t("nextPage")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
