import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TActor } from "@/lib/authz/policy";
import { isolate } from "@/lib/i18n/bidi";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { PILLAR_IDS } from "@/lib/charts/types";
import { ITU_REGIONS } from "@/lib/countries/countries";
import type { getCompareData } from "@/lib/server/dashboards/get-compare-data";
import { FallbackBoundary } from "../shell/fallback-boundary";
import { CycleSelect, DashboardsHeader } from "./dashboards-header";
import styles from "./dashboards.module.css";
import { DemoBanner } from "./demo-banner";
import { PillarCells, PillarHeads } from "./pillar-cells";
import { PillarRadar } from "./radar-chart";
import { TrendChart } from "./trend-chart";

type TData = Awaited<ReturnType<typeof getCompareData>>;

export async function CompareView({
  actor,
  data,
  chosen,
}: {
  actor: TActor;
  data: TData;
  chosen: { countries: string[]; regions: string[]; global: boolean };
}) {
  const t = await getTranslations("dashboards");
  const status = await getTranslations("status");
  const tr = await getTranslations("reports");
  const pillars = await getTranslations("pillars");
  const regions = await getTranslations("regions");
  const format = await getFormatter();
  const num = (n: number | null | undefined) => (n === null || n === undefined ? "–" : format.number(n, { maximumFractionDigits: 1 }));
  const pillarLabels = Object.fromEntries(PILLAR_IDS.map((p) => [p, pillars(p)]));
  return (
    <div className="stack" data-dashboard="compare">
      <DashboardsHeader actor={actor} current="compare" cycle={data.cycle} />
      <DemoBanner show={data.isDemo} />
      <form method="get" className="grid-form card" aria-label={t("compareForm")}>
        <CycleSelect cycles={data.cycles} cycle={data.cycle} />
        <label className="field">
          <span>{t("chooseCountries")}</span>
          <select name="countries" multiple size={6} defaultValue={chosen.countries}>
            {data.countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t("chooseRegions")}</legend>
          {ITU_REGIONS.map((r) => (
            <label key={r} style={{ display: "block" }}>
              <input type="checkbox" name="regions" value={r} defaultChecked={chosen.regions.includes(r)} /> {regions(r)}
            </label>
          ))}
          <label style={{ display: "block" }}>
            <input type="checkbox" name="global" value="1" defaultChecked={chosen.global} /> {t("includeWorld")}
          </label>
        </fieldset>
        <div>
          <button type="submit" className="primary">
            {t("compareButton")}
          </button>
        </div>
      </form>

      {data.series.length === 0 ? (
        <p className="card">{t("chooseSomething")}</p>
      ) : (
        <section className="card" aria-labelledby="radar-title">
          <h2 id="radar-title">{t("radarTitle")}</h2>
          <FallbackBoundary fallback={<p role="alert">{t("chartError")}</p>}>
            <PillarRadar
              rows={data.rows}
              series={data.series.filter((s) => s.pillars).map((s) => ({ id: s.id, label: s.label }))}
              pillarLabels={pillarLabels}
            />
          </FallbackBoundary>
          <table className={styles.table} data-compare-table>
            <caption className="muted">{t("averagesNote")}</caption>
            <thead>
              <tr>
                <th>{t("series")}</th>
                <th>{t("status")}</th>
                <th className={styles.num}>{t("overall")}</th>
                <PillarHeads label={(p) => pillars(p)} />
              </tr>
            </thead>
            <tbody>
              {data.series.map((s) => (
                <tr key={s.id} data-series={s.id}>
                  <th scope="row">
                    {s.count !== undefined ? (
                      t("averageOf", { label: s.label, count: s.count })
                    ) : s.published ? (
                      `${s.label}: ${tr("published", { edition: s.published.edition })}`
                    ) : s.assessmentId ? (
                      <Link href={`/reports/${s.assessmentId}`}>{s.label}</Link>
                    ) : (
                      s.label
                    )}
                  </th>
                  <td>
                    {s.published
                      ? s.published.tier !== null
                        ? t("publishedTier", { tier: s.published.tier })
                        : s.published.rank !== null
                          ? t("publishedRank", { rank: s.published.rank })
                          : ""
                      : s.status
                        ? status(s.status)
                        : s.count !== undefined
                          ? ""
                          : t("notVisible")}
                  </td>
                  <td className={styles.num}>{num(s.overall)}</td>
                  <PillarCells pillars={s.pillars} format={num} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {data.maturity && data.maturity.countries.length > 0 && <MaturityTable maturity={data.maturity} />}

      {data.trends.map((trend) => (
        <section key={trend.iso3} className="card" aria-labelledby={`trend-${trend.iso3}`} data-trend={trend.iso3}>
          <h2 id={`trend-${trend.iso3}`}>{t("trendTitle", { country: trend.name })}</h2>
          {trend.points.length === 0 ? (
            <p>{t("noTrend")}</p>
          ) : (
            <>
              <TrendChart
                points={trend.points}
                format={num}
                label={t("trendChartLabel", { country: trend.name, values: trend.points.map((p) => `${p.cycle} ${num(p.overall)}`).join(", ") })}
                editionLabel={trend.points
                  .map((p) => (p.comparability ? t("editionChanged", { from: isolate(p.comparability.from), to: isolate(p.comparability.to) }) : ""))
                  .filter(Boolean)
                  .join(" ")}
              />
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th>{t("cycle")}</th>
                    <th>{t("questionnaire")}</th>
                    <th>{t("status")}</th>
                    <th className={styles.num}>{t("overall")}</th>
                    <PillarHeads label={(p) => pillars(p)} />
                  </tr>
                </thead>
                <tbody>
                  {trend.points.map((p) => (
                    <tr key={p.cycle}>
                      <th scope="row">
                        <bdi>{p.assessmentId ? <Link href={`/reports/${p.assessmentId}`}>{p.cycle}</Link> : p.cycle}</bdi>
                        {p.comparability ? (
                          <div className={styles.note} role="note">
                            {t("editionChanged", { from: isolate(p.comparability.from), to: isolate(p.comparability.to) })}
                          </div>
                        ) : null}
                      </th>
                      <td>{p.questionnaireKey}</td>
                      <td>{status(p.status)}</td>
                      <td className={styles.num}>{num(p.overall)}</td>
                      <PillarCells pillars={p.pillars} format={num} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      ))}
    </div>
  );
}

/** The stage each compared country has reached on each indicator, from the stored score of record. */
async function MaturityTable({ maturity }: { maturity: NonNullable<TData["maturity"]> }) {
  const t = await getTranslations("maturity");
  const locale = await getLocale();
  return (
    <section className="card stack" aria-labelledby="maturity-compare" data-testid="compare-maturity">
      <h2 id="maturity-compare">{t("compareTitle")}</h2>
      <p className="muted small">{t("compareIntro")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            {maturity.countries.map((c) => (
              <th scope="col" key={c.iso3}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {maturity.indicators.map((i) => (
            <tr key={i.id} data-indicator={i.id}>
              <th scope="row">{localized(i.title, locale)}</th>
              {i.stages.map((stage, k) => (
                <td key={maturity.countries[k]!.iso3} data-country={maturity.countries[k]!.iso3} data-stage={stage ?? "none"}>
                  {stage ? t(`stages.${stage}`) : "—"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
