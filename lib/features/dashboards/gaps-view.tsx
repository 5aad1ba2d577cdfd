import { getTranslations } from "next-intl/server";
import type { TActor } from "@/lib/authz/policy";
import { TIERS } from "@/lib/charts/distributions";
import { Link } from "@/lib/i18n/navigation";
import type { getGapsData, TGapsFilter } from "@/lib/server/dashboards/get-gaps-data";
import { CycleSelect, DashboardsHeader } from "./dashboards-header";
import styles from "./dashboards.module.css";
import { DemoBanner } from "./demo-banner";
import { HeatMapTable } from "./heat-map-table";
import { RegionOptions } from "@/lib/features/shell/region-options";

type TData = Awaited<ReturnType<typeof getGapsData>>;

export async function GapsView({ actor, data, filter, locale }: { actor: TActor; data: TData; filter: Omit<TGapsFilter, "locale">; locale: string }) {
  const t = await getTranslations("dashboards");
  const regions = await getTranslations("regions");
  const status = await getTranslations("status");
  const flags = await getTranslations("gapFlags");
  // Flags are defined by each questionnaire edition; the catalogue names the shipped ones, and an
  // edition's new flag shows by its id until it is translated.
  const flagLabel = (id: string) => (flags.has(id as never) ? flags(id as never) : id);
  const ruleOf = new Map(data.rules.map((r) => [r.id, r]));
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      cycle: data.cycle?.id,
      region: filter.region,
      tier: filter.tier ? String(filter.tier) : undefined,
      flag: filter.flag,
      ...extra,
    }))
      if (v) q.set(k, v);
    return q.toString();
  };
  const chosen = filter.flag ? ruleOf.get(filter.flag) : undefined;
  return (
    <div className="stack" data-dashboard="gaps">
      <DashboardsHeader actor={actor} current="gaps" cycle={data.cycle} />
      <DemoBanner show={data.isDemo} />
      <form method="get" className="inline-form card" aria-label={t("gapsForm")}>
        <CycleSelect cycles={data.cycles} cycle={data.cycle} />
        <label className="field">
          <span>{t("region")}</span>
          <select name="region" defaultValue={filter.region ?? ""}>
            <RegionOptions anyLabel={t("allRegions")} />
          </select>
        </label>
        <label className="field">
          <span>{t("tier")}</span>
          <select name="tier" defaultValue={filter.tier ? String(filter.tier) : ""}>
            <option value="">{t("allTiers")}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t("tierLabel", { tier })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("flag")}</span>
          <select name="flag" defaultValue={filter.flag ?? ""}>
            <option value="">{t("noFlagChosen")}</option>
            {data.rules.map((r) => (
              <option key={r.id} value={r.id}>
                {flagLabel(r.id)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t("filter")}
        </button>
        <a href={`/api/v1/dashboards/gaps.csv?${query({ flag: undefined })}`} download>
          {t("downloadCsv")}
        </a>
      </form>

      {chosen ? (
        <section className="card" aria-labelledby="flagged-title" data-flagged={chosen.id}>
          <h2 id="flagged-title">{t("flaggedTitle", { flag: flagLabel(chosen.id) })}</h2>
          <p>
            <span className="badge">{t(`severity.${chosen.severity}`)}</span> {chosen.message}
          </p>
          {data.flagged.length === 0 ? (
            <p>{t("noneFlagged")}</p>
          ) : (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th>{t("country")}</th>
                  <th>{t("region")}</th>
                  <th>{t("tier")}</th>
                  <th>{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {data.flagged.map((c) => (
                  <tr key={c.iso3}>
                    <td>
                      <Link href={`/reports/${c.assessmentId}`}>{c.name}</Link>
                    </td>
                    <td>{regions(c.region as "africa")}</td>
                    <td>{c.tier ?? "–"}</td>
                    <td>{status(c.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="heat-title">
        <h2 id="heat-title">{t("heatMapTitle")}</h2>
        {data.map.rows.length === 0 ? (
          <p>{t("noGaps")}</p>
        ) : (
          <>
            <p className="muted small">{t("heatMapKey")}</p>
            <div className={styles.heatWrap}>
              <HeatMapTable
                caption={t("heatMapCaption", { countries: data.map.rows.length, flags: data.map.flags.length })}
                countryHead={t("country")}
                raised={t("cellRaised")}
                flags={data.map.flags.map((f) => ({
                  id: f.id,
                  label: `${flagLabel(f.id)} (${f.count})`,
                  title: ruleOf.get(f.id)?.message,
                  href: `/${locale}/dashboards/gaps?${query({ flag: f.id })}`,
                }))}
                rows={data.map.rows.map((r) => ({ iso3: r.iso3, name: r.name, total: r.total, cells: r.cells.map((on) => (on ? "1" : "0")).join("") }))}
              />
            </div>
          </>
        )}
      </section>
    </div>
  );
}
