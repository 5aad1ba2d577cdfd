import { getFormatter, getTranslations } from "next-intl/server";
import { seesAllCountries, type TActor } from "@/lib/authz/policy";
import { colorBucket } from "@/lib/charts/color-scale";
import { MAP_HEIGHT, MAP_WIDTH, worldGeometry } from "@/lib/charts/world-geometry";
import { PILLAR_IDS } from "@/lib/charts/types";
import type { getOverviewData } from "@/lib/server/dashboards/get-overview-data";
import { FallbackBoundary } from "../shell/fallback-boundary";
import { CycleSelect, DashboardsHeader } from "./dashboards-header";
import styles from "./dashboards.module.css";
import { DemoBanner } from "./demo-banner";
import { MapLegend } from "./map-legend";
import { PillarCells, PillarHeads } from "./pillar-cells";
import { TierChart } from "./tier-chart";
import { MapTable, WorldMap, type TMapCountry, type TMapGeometry } from "./world-map";

type TData = Awaited<ReturnType<typeof getOverviewData>>;
export const MAP_METRICS = ["overall", ...PILLAR_IDS] as const;
export type TMapMetric = (typeof MAP_METRICS)[number];

export async function OverviewView({ actor, data, metric }: { actor: TActor; data: TData; metric: TMapMetric }) {
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
  const countries: TMapCountry[] = data.map.map((m) => {
    const value = metric === "overall" ? m.overall : (m.pillars?.[metric] ?? null);
    return {
      m49Code: m.m49Code,
      iso3: m.iso3,
      name: m.name,
      assessmentId: m.assessmentId,
      bucket: colorBucket(value, max),
      value: value === null ? null : num(value),
      status: status(m.status),
    };
  });
  const geometry = mapGeometry(countries);
  // Two label patterns for all 194 links, filled in by the map: the page carries each wording once.
  const slots = { country: "{country}", value: "{value}", status: "{status}" };
  const labels = { scored: t("mapCountry", { ...slots, max }), unscored: t("mapCountryNoData", slots) };
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
        <WorldMap geometry={geometry} countries={countries} labels={labels} title={t("mapTitle", { metric: metricLabel(metric) })} />
        <MapLegend max={max} noData={t("noData")} />
        <MapTable
          countries={countries}
          summary={t("mapTable", { count: countries.length })}
          heads={{ country: t("country"), value: metricLabel(metric), status: t("status") }}
        />
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

/** What the map needs of the geometry: the sprite's address, which shape is which country, and the dots of the small ones. */
export function mapGeometry(countries: readonly TMapCountry[]): TMapGeometry {
  const { shapes, markers, spriteVersion } = worldGeometry();
  const dots = countries.flatMap((c) => (markers.has(c.m49Code) ? [[c.m49Code, markers.get(c.m49Code)!] as const] : []));
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    sprite: `/map.svg?v=${spriteVersion}`,
    shapes: shapes.map((x) => [x.ref, x.m49Code]),
    markers: Object.fromEntries(dots),
  };
}
