import { getFormatter, getTranslations } from "next-intl/server";
import { seesAllCountries, type TActor } from "@/lib/authz/policy";
import { colorLegend } from "@/lib/charts/color-scale";
import { PILLAR_IDS } from "@/lib/charts/types";
import type { getOverviewData } from "@/lib/server/dashboards/get-overview-data";
import { FallbackBoundary } from "../shell/fallback-boundary";
import { CycleSelect, DashboardsHeader } from "./dashboards-header";
import styles from "./dashboards.module.css";
import { DemoBanner } from "./demo-banner";
import { PillarCells, PillarHeads } from "./pillar-cells";
import { TierChart } from "./tier-chart";
import { WorldMap } from "./world-map";

type TData = Awaited<ReturnType<typeof getOverviewData>>;
export const MAP_METRICS = ["overall", ...PILLAR_IDS] as const;
export type TMapMetric = (typeof MAP_METRICS)[number];

export async function OverviewView({ actor, data, metric, locale }: { actor: TActor; data: TData; metric: TMapMetric; locale: string }) {
  const t = await getTranslations("dashboards");
  const status = await getTranslations("status");
  const pillars = await getTranslations("pillars");
  const format = await getFormatter();
  if (data.empty) {
    return (
      <div className="stack">
        <DashboardsHeader actor={actor} current="overview" cycle={null} />
        <p>{t("noCycles")}</p>
      </div>
    );
  }
  const max = metric === "overall" ? 100 : 20;
  const num = (n: number | null) => (n === null ? "–" : format.number(n, { maximumFractionDigits: 1 }));
  const metricLabel = (m: TMapMetric) => (m === "overall" ? t("overall") : pillars(m));
  const values = data.map.map((m) => {
    const value = metric === "overall" ? m.overall : (m.pillars?.[metric] ?? null);
    return {
      m49Code: m.m49Code,
      iso3: m.iso3,
      name: m.name,
      value,
      // A country's page: its report (radar against region and world, published GCI, gaps, next steps).
      href: `/${locale}/reports/${m.assessmentId}`,
      label:
        value === null
          ? t("mapCountryNoData", { country: m.name, status: status(m.status) })
          : t("mapCountry", { country: m.name, value: num(value), max, status: status(m.status) }),
    };
  });
  const regionRows = [...data.regions, data.global];
  return (
    <div className="stack" data-dashboard="overview">
      <DashboardsHeader actor={actor} current="overview" cycle={data.cycle} />
      <DemoBanner show={data.isDemo} />
      <form method="get" className="inline-form card">
        <CycleSelect cycles={data.cycles} cycle={data.cycle} />
        <label className="field">
          <span>{t("mapMetric")}</span>
          <select name="metric" defaultValue={metric}>
            {MAP_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("show")}</button>
      </form>

      <section className="card" aria-labelledby="map-title">
        <h2 id="map-title">{t("mapTitle", { metric: metricLabel(metric) })}</h2>
        <WorldMap values={values} max={max} title={t("mapTitle", { metric: metricLabel(metric) })} />
        <ul className={styles.legend} aria-label={t("legend")}>
          {colorLegend(max).map((l) => (
            <li key={l.from}>
              <span className={styles.swatch} style={{ background: l.color }} />
              {num(l.from)}–{num(l.to)}
            </li>
          ))}
          <li>
            <span className={styles.swatch} style={{ background: "#d9d9d9" }} />
            {t("noData")}
          </li>
        </ul>
        {/* The same values for keyboard and screen-reader users, and for anyone who cannot tell the colours apart. */}
        <details data-map-table>
          <summary>{t("mapTable", { count: values.length })}</summary>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("country")}</th>
                <th scope="col" className={styles.num}>
                  {metricLabel(metric)}
                </th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.map
                .map((m, i) => ({ status: m.status, ...values[i]! }))
                .sort((a, b) => a.name.localeCompare(b.name, locale))
                .map((v) => (
                  <tr key={v.iso3}>
                    <th scope="row">
                      <a href={v.href}>{v.name}</a>
                    </th>
                    <td className={styles.num}>{num(v.value)}</td>
                    <td>{status(v.status)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      </section>

      <div className={styles.grid}>
        <section className="card" aria-labelledby="status-title">
          <h2 id="status-title">{t("statusesTitle")}</h2>
          <table className={styles.table} data-status-counts>
            <thead>
              <tr>
                <th>{t("status")}</th>
                <th className={styles.num}>{t("assessments")}</th>
              </tr>
            </thead>
            <tbody>
              {data.statuses.map((s) => (
                <tr key={s.status}>
                  <td>{status(s.status)}</td>
                  <td className={styles.num}>{s.count}</td>
                </tr>
              ))}
              <tr>
                <th>{t("total")}</th>
                <td className={styles.num}>{data.total}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="tier-title">
          <h2 id="tier-title">{t("tiersTitle")}</h2>
          <FallbackBoundary fallback={<p role="alert">{t("chartError")}</p>}>
            <TierChart rows={data.tiers.rows.map((r) => ({ name: t("tierLabel", { tier: r.tier }), count: r.count }))} label={t("countries")} />
          </FallbackBoundary>
          <table className={styles.table} data-tier-distribution>
            <thead>
              <tr>
                <th>{t("tier")}</th>
                <th className={styles.num}>{t("countries")}</th>
              </tr>
            </thead>
            <tbody>
              {data.tiers.rows.map((r) => (
                <tr key={r.tier}>
                  <td>{t("tierLabel", { tier: r.tier })}</td>
                  <td className={styles.num}>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="card" aria-labelledby="avg-title">
        <h2 id="avg-title">{t("averagesTitle")}</h2>
        <table className={styles.table} data-averages>
          <thead>
            <tr>
              <th>{t("region")}</th>
              <th className={styles.num}>{t("countries")}</th>
              <th className={styles.num}>{t("overall")}</th>
              <PillarHeads label={(p) => pillars(p)} />
            </tr>
          </thead>
          <tbody>
            {regionRows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td className={styles.num}>{r.count ?? 0}</td>
                <td className={styles.num}>{num(r.overall)}</td>
                <PillarCells pillars={r.pillars} format={num} />
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card stack" aria-labelledby="exports-title" data-exports>
        <h2 id="exports-title">{t("exportsTitle")}</h2>
        <p className="muted">{seesAllCountries(actor) ? t("exportsAll") : t("exportsOwn")}</p>
        <ul className={styles.exports}>
          {(["scores", "answers"] as const).map((kind) => (
            <li key={kind}>
              <span>{kind === "scores" ? t("exportScores") : t("exportAnswers")}</span>
              {(["csv", "xlsx"] as const).map((format) => (
                <a key={format} className="button" href={`/api/v1/${kind}?cycle=${data.cycle.id}&format=${format}`} download data-export={`${kind}-${format}`}>
                  {format.toUpperCase()}
                </a>
              ))}
            </li>
          ))}
        </ul>
        <p className="muted">
          {/* The address stays out of the sentence: copied, it must carry no direction marks. */}
          {t("exportsApi")}{" "}
          <bdi>
            <code>{`/api/v1/scores?cycle=${data.cycle.id}`}</code>
          </bdi>
        </p>
      </section>
    </div>
  );
}
