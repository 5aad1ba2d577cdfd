import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { TLoadedPlan } from "@/lib/server/plans/load-plan";
import { RegionOptions } from "@/lib/features/shell/region-options";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";
import { StageMoves } from "./stage-moves";

const LIMIT = 25;

/** The plan: a GET form for the scope, then interventions from flags and from next steps. */
export async function PlanView({ loaded, locale }: { loaded: TLoadedPlan; locale: string }) {
  const t = await getTranslations("plans");
  const tr = await getTranslations("regions");
  const tp = await getTranslations("pillars");
  const tSev = await getTranslations("reports.severity");
  const tStatus = await getTranslations("status");
  const { plan, query, version } = loaded;
  const download = new URLSearchParams({
    ...(loaded.cycle ? { cycle: loaded.cycle.id } : {}),
    ...(query.region ? { region: query.region } : {}),
    ...(query.countries.length ? { countries: query.countries.join(",") } : {}),
    locale,
  });
  const pillarId = (key: string) => version?.pillars.find((p) => p.id === key);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form method="get" className="card grid-form plan-form" data-testid="plan-form">
        <label>
          {t("cycle")}
          <select name="cycle" defaultValue={loaded.cycle?.id}>
            {loaded.cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("region")}
          <select name="region" defaultValue={query.region ?? ""}>
            <RegionOptions anyLabel={t("allRegions")} />
          </select>
        </label>
        <label>
          {t("countries")}
          <input name="countries" defaultValue={query.countries.join(", ")} placeholder="KEN, GHA" />
        </label>
        <div>
          <button type="submit" className="primary">
            {t("show")}
          </button>{" "}
          <a className="button" href={`/api/v1/plans/xlsx?${download}`} data-testid="plan-xlsx">
            {t("downloadXlsx")}
          </a>
        </div>
      </form>
      {plan.countries.length === 0 ? (
        <p className="muted">{t("noCountries")}</p>
      ) : (
        <>
          <p>{t("scope", { count: plan.countries.length, validated: loaded.validated })}</p>
          <section className="card stack" aria-labelledby="plan-flags">
            <h2 id="plan-flags">{t("flagsTitle")}</h2>
            {plan.flags.length === 0 ? (
              <p className="muted">{t("none")}</p>
            ) : (
              <table data-testid="plan-flags-table">
                <thead>
                  <tr>
                    <th scope="col">{t("flag")}</th>
                    <th scope="col">{t("severity")}</th>
                    <th scope="col">{t("countriesRaising")}</th>
                    <th scope="col">{t("action")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.flags.map((f) => (
                    <tr key={f.id}>
                      <td>
                        <LocalizedText text={f.message} locale={locale} />
                      </td>
                      <td>
                        <span className="badge">{tSev(f.severity)}</span>
                      </td>
                      <td title={f.countries.join(", ")}>{f.countries.length}</td>
                      <td>
                        <LocalizedText text={f.action} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card stack" aria-labelledby="plan-steps">
            <h2 id="plan-steps">{t("stepsTitle")}</h2>
            {plan.steps.length === 0 ? (
              <p className="muted">{t("none")}</p>
            ) : (
              <table data-testid="plan-steps-table">
                <thead>
                  <tr>
                    <th scope="col">{t("question")}</th>
                    <th scope="col">{t("pillar")}</th>
                    <th scope="col">{t("countriesGaining")}</th>
                    <th scope="col">{t("totalGain")}</th>
                    <th scope="col">{t("averageGain")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.steps.slice(0, LIMIT).map((s) => {
                    const pillar = pillarId(s.pillar);
                    return (
                      <tr key={s.question}>
                        <td>{localized(version?.questionById[s.question]?.text, locale) || s.question}</td>
                        <td>{pillar ? localized(pillar.title, locale) || tp(pillar.id) : s.pillar}</td>
                        <td title={s.countries.join(", ")}>{s.countries.length}</td>
                        <td>{formatScore(s.totalGain, locale)}</td>
                        <td>{formatScore(s.averageGain, locale)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
          {version && version.indicators.some((i) => i.stages) && <StageMoves moves={plan.moves} version={version} locale={locale} limit={LIMIT} />}
          <section className="card stack" aria-labelledby="plan-countries">
            <h2 id="plan-countries">{t("countriesTitle")}</h2>
            <table data-testid="plan-countries-table">
              <thead>
                <tr>
                  <th scope="col">ISO3</th>
                  <th scope="col">{t("region")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("overall")}</th>
                  <th scope="col">{t("flagCount")}</th>
                  <th scope="col">{t("potentialGain")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.countries.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <a href={`/${locale}/reports/${c.id}`}>{c.iso3}</a>
                    </td>
                    <td>{tr(c.region as never)}</td>
                    <td>{tStatus(c.status as never)}</td>
                    <td>{formatScore(c.overall, locale)}</td>
                    <td>{c.flags}</td>
                    <td>{formatScore(c.potentialGain, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
