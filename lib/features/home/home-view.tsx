import { getFormatter, getTranslations } from "next-intl/server";
import type { TActor } from "@/lib/authz/policy";
import { countryName } from "@/lib/countries/country-name";
import { Link } from "@/lib/i18n/navigation";
import type { getHomeData } from "@/lib/server/home/get-home-data";
import { PillarProgress } from "./pillar-progress";
import { splitHomeAssessments } from "@/lib/assessments/home-order";

type THomeData = Awaited<ReturnType<typeof getHomeData>>;

type TRow = Extract<THomeData, { assessments: unknown }>["assessments"][number];

/** A country's assessments: the cycle, its status and deadline, progress and (while open) open queries. */
async function AssessmentsTable({ rows, withQueries, locale }: { rows: TRow[]; withQueries: boolean; locale: string }) {
  const t = await getTranslations("home");
  const statusT = await getTranslations("status");
  const format = await getFormatter({ locale });
  return (
    <table>
      <thead>
        <tr>
          <th>{t("cycle")}</th>
          <th>{t("status")}</th>
          <th>{t("deadline")}</th>
          <th>{t("progress")}</th>
          {withQueries && <th>{t("openQueries")}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <td>
              <Link href={`/assessments/${a.id}`}>{a.cycle.name}</Link>
            </td>
            <td>{statusT(a.status as "draft")}</td>
            <td>{format.dateTime(a.cycle.closesAt, { dateStyle: "medium" })}</td>
            <td>
              <PillarProgress scoreJson={a.scoreJson} />
            </td>
            {withQueries && <td data-testid="open-queries">{a.openQueries > 0 ? <strong>{a.openQueries}</strong> : "—"}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function HomeView({ actor, data, locale }: { actor: TActor; data: THomeData; locale: string }) {
  const t = await getTranslations("home");
  const pillarT = await getTranslations("pillars");
  const format = await getFormatter();
  // Open work first; closed cycles below, folded, without alarms.
  const { open, closed } = "assessments" in data && data.assessments ? splitHomeAssessments(data.assessments, new Date()) : { open: [], closed: [] };
  return (
    <div className="stack" data-home={data.kind}>
      <h1>{t("greeting", { name: actor.name })}</h1>
      {data.kind === "admin" && (
        <section className="card stack">
          <p>{t("admin.intro")}</p>
          <ul className="stats">
            <li>{t("admin.users", { count: data.users })}</li>
            <li>{t("admin.countries", { count: data.countries })}</li>
            <li>{t("reviewer.queue", { count: data.waiting })}</li>
          </ul>
          <p>
            <Link href="/admin/users" className="button">
              {t("admin.manageUsers")}
            </Link>
          </p>
        </section>
      )}
      {data.kind === "reviewer" && (
        <section className="card stack">
          <p>{t("reviewer.intro")}</p>
          <p className="lead">
            <Link href="/review?status=open&cycle=all">{t("reviewer.queue", { count: data.waiting })}</Link>
          </p>
        </section>
      )}
      {(data.kind === "focal-point" || data.kind === "contributor") && data.country && (
        <section className="card stack">
          <p>
            {data.kind === "focal-point"
              ? t("focalPoint.intro", { country: countryName(data.country, locale) })
              : t("contributor.intro", { country: countryName(data.country, locale), pillars: format.list(data.pillars.map((p) => pillarT(p))) })}
          </p>
          {data.assessments.length === 0 ? (
            <p className="muted">
              {data.kind === "focal-point" ? t("focalPoint.none", { country: countryName(data.country, locale) }) : t("contributor.none")}
            </p>
          ) : (
            <>
              <h2>{t("openNow")}</h2>
              {open.length === 0 ? (
                <p className="muted">{t("noneOpen", { country: countryName(data.country, locale) })}</p>
              ) : (
                <AssessmentsTable rows={open} withQueries locale={locale} />
              )}
              {closed.length > 0 && (
                <details open={open.length === 0} data-testid="closed-assessments">
                  <summary>{t("earlier", { count: closed.length })}</summary>
                  <AssessmentsTable rows={closed} withQueries={false} locale={locale} />
                </details>
              )}
            </>
          )}
        </section>
      )}
      {data.kind === "none" && <p className="alert">{t("noRole")}</p>}
    </div>
  );
}
