import { getFormatter, getTranslations } from "next-intl/server";
import { colorBucket } from "@/lib/charts/color-scale";
import { countryName } from "@/lib/countries/country-name";
import { isolate } from "@/lib/i18n/bidi";
import { formatScore } from "@/lib/i18n/format-number";
import { Link } from "@/lib/i18n/navigation";
import { PILLAR_IDS } from "@/lib/charts/types";
import type { TPublicResults } from "@/lib/server/public/load-public-results";
import type { publicSummary } from "@/lib/server/public/public-responses";
import styles from "../dashboards/dashboards.module.css";
import { MapLegend } from "../dashboards/map-legend";
import { mapGeometry } from "../dashboards/overview-view";
import { PillarHeads } from "../dashboards/pillar-cells";
import { TierChart } from "../dashboards/tier-chart";
import { MapTable, WorldMap, type TMapCountry } from "../dashboards/world-map";
import { FallbackBoundary } from "../shell/fallback-boundary";

type TSummary = ReturnType<typeof publicSummary>;

/** The published results of a cycle: map, tiers and pillar averages by region, for anyone. */
export async function PublicResultsView({ results, summary, locale }: { results: TPublicResults; summary: TSummary; locale: string }) {
  const t = await getTranslations("public");
  const d = await getTranslations("dashboards");
  const pillars = await getTranslations("pillars");
  const regions = await getTranslations("regions");
  const format = await getFormatter();
  // Scores as the country pages print them (two decimals), so one number reads the same everywhere.
  const num = (n: number | null) => formatScore(n, locale);
  const { cycle, entries } = results;
  const link = { to: "public" as const, cycleId: cycle.id };
  const countries: TMapCountry[] = entries.map((e) => ({
    iso3: e.country.iso3,
    m49Code: e.country.m49Code,
    name: countryName(e.country, locale),
    assessmentId: "",
    bucket: colorBucket(e.overall, 100),
    value: num(e.overall),
    status: d("tierLabel", { tier: e.tier }),
  }));
  const slots = { country: "{country}", value: "{value}", status: "{status}" };
  const labels = { scored: d("mapCountry", { ...slots, max: 100 }), unscored: d("mapCountryNoData", slots) };
  const averageRows = [...summary.regions.map((r) => ({ ...r, label: regions(r.region as never) })), { ...summary.world, region: "world", label: d("world") }];
  return (
    <div className="stack" data-public="results">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="muted" data-public-cycle={cycle.id}>
        {t("cycleLine", { cycle: isolate(cycle.name), date: format.dateTime(cycle.publishedAt, { dateStyle: "long" }), count: entries.length })}
      </p>
      {results.cycles.length > 1 && (
        <nav aria-label={t("cyclesLabel")} className="inline-form">
          {results.cycles.map((c) =>
            c.id === cycle.id ? (
              <strong key={c.id} aria-current="page">
                {c.name}
              </strong>
            ) : (
              <Link key={c.id} prefetch={false} href={`/public?cycle=${c.id}`}>
                {c.name}
              </Link>
            ),
          )}
        </nav>
      )}
      {entries.some((e) => e.demo) && (
        <p className={styles.banner} role="note" data-demo-banner>
          {t("demo")}
        </p>
      )}

      <section className="card" aria-labelledby="map-title">
        <h2 id="map-title">{t("mapTitle")}</h2>
        <WorldMap geometry={mapGeometry(countries)} countries={countries} labels={labels} title={t("mapTitle")} link={link} />
        <MapLegend max={100} noData={t("notPublished")} />
        <MapTable
          countries={countries}
          summary={d("mapTable", { count: countries.length })}
          heads={{ country: d("country"), value: d("overall"), status: d("tier") }}
          link={link}
        />
      </section>

      <section className="card" aria-labelledby="tier-title">
        <h2 id="tier-title">{t("tiersTitle")}</h2>
        <FallbackBoundary fallback={<p role="alert">{d("chartError")}</p>}>
          <TierChart rows={summary.tiers.map((r) => ({ name: d("tierLabel", { tier: r.tier }), count: r.count }))} label={d("countries")} />
        </FallbackBoundary>
        <table className={styles.table} data-public-tiers>
          <thead>
            <tr>
              <th scope="col">{d("tier")}</th>
              <th scope="col" className={styles.num}>
                {d("countries")}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.tiers.map((r) => (
              <tr key={r.tier}>
                <td>{d("tierLabel", { tier: r.tier })}</td>
                <td className={styles.num}>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="avg-title">
        <h2 id="avg-title">{t("averagesTitle")}</h2>
        <table className={styles.table} data-public-averages>
          <thead>
            <tr>
              <th scope="col">{d("region")}</th>
              <th scope="col" className={styles.num}>
                {d("countries")}
              </th>
              <th scope="col" className={styles.num}>
                {d("overall")}
              </th>
              <PillarHeads label={(p) => pillars(p)} />
            </tr>
          </thead>
          <tbody>
            {averageRows.map((r) => (
              <tr key={r.region} data-region={r.region}>
                <th scope="row">{r.label}</th>
                <td className={styles.num}>{r.count}</td>
                <td className={styles.num}>{num(r.overall)}</td>
                {PILLAR_IDS.map((p) => (
                  <td key={p} className={styles.num}>
                    {num(r.pillars?.[p] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card stack" aria-labelledby="data-title">
        <h2 id="data-title">{t("dataTitle")}</h2>
        <p>{t("dataIntro")}</p>
        <p>
          <bdi>
            <code>{`GET /api/v1/public/scores?cycle=${cycle.id}`}</code>
          </bdi>
        </p>
        <p className="muted small">{t("rule")}</p>
      </section>
    </div>
  );
}
