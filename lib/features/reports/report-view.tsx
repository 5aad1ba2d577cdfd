import { getFormatter, getTranslations } from "next-intl/server";
import { TierStabilityNote } from "../assessments/tier-stability-note";
import { countryName } from "@/lib/countries/country-name";
import { localized } from "@/lib/i18n/localized";
import { isolate } from "@/lib/i18n/bidi";
import { Link } from "@/lib/i18n/navigation";
import type { TPillarKey } from "@/lib/questionnaire/model";
import type { TRankedArea } from "@/lib/reports/report-data";
import type { TCountryReport } from "@/lib/server/reports/load-country-report";
import { PrintButton } from "./print-button";
import { ReportRadar } from "./report-radar";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";

/** The printable country report: every section reads from the pure report data. */
export async function ReportView({ report, locale }: { report: TCountryReport; locale: string }) {
  const fmt = (n: number | null | undefined) => formatScore(n, locale);
  const t = await getTranslations("reports");
  const tp = await getTranslations("pillars");
  const tr = await getTranslations("regions");
  const tStatus = await getTranslations("status");
  const s = await getTranslations("assessment.score");
  const format = await getFormatter();
  const { data, version } = report;
  const name = countryName(report.country, locale);
  const pillarTitle = (key: TPillarKey) => localized(version.pillars.find((p) => p.key === key)?.title, locale) || tp(key as never);
  const regionName = tr(report.country.ituRegion as never);
  const area = (a: TRankedArea) => (
    <li key={a.id}>
      <strong>{localized(version.indicatorById[a.id]?.title, locale) || a.id}</strong>{" "}
      <span className="muted">
        ({pillarTitle(a.pillar)}, {fmt(a.score)} / {fmt(a.maxPoints)})
      </span>
    </li>
  );
  const ref = report.reference;
  return (
    <article className="stack report" data-testid="country-report">
      <header className="stack report-head">
        <h1>{t("heading", { country: name })}</h1>
        <p className="muted">
          {t("cycle", { cycle: isolate(report.cycle.name) })} · {t("questionnaire", { key: isolate(version.key) })} ·{" "}
          {t("status", { status: tStatus(report.status as never) })} · {t("generated", { date: format.dateTime(report.generatedAt, { dateStyle: "medium" }) })}
        </p>
        <p className="report-actions no-print">
          <a className="button" href={`/api/v1/reports/${report.id}/pdf?locale=${locale}`} data-testid="download-pdf">
            {t("downloadPdf")}
          </a>{" "}
          <PrintButton label={t("print")} />{" "}
          <Link
            href={`/dashboards/compare?cycle=${report.cycle.id}&countries=${report.country.iso3}&regions=${report.country.ituRegion}&global=1`}
            data-testid="compare-link"
          >
            {t("compareLink")}
          </Link>
        </p>
        {!report.full && <p className="muted">{t("aggregatesOnly")}</p>}
        <p className="report-score">
          <span>{t("overall")}: </span>
          <strong data-testid="report-overall">{fmt(data.overall)}</strong> / 100 ·{" "}
          <span className="badge">{t("tier", { tier: data.tier, label: localized(report.tierLabel as never, locale) })}</span>
        </p>
        <p className="small" data-testid="report-basis" data-basis={report.basis}>
          {s("basisNote", { basis: s(report.basis === "validated" ? "basis.validated" : "basis.selfReported") })}
        </p>
        <TierStabilityNote stability={report.tierStability} />
      </header>

      <section className="card stack report-section" aria-labelledby="radar-title">
        <h2 id="radar-title">{t("radarTitle")}</h2>
        <ReportRadar
          rows={data.radar.map((r) => ({ label: pillarTitle(r.pillar), country: r.country, region: r.region, world: r.world }))}
          names={{
            country: t("radarCountry", { country: name }),
            region: t("radarRegion", { region: regionName, count: data.averages.regionCount }),
            world: t("radarWorld", { count: data.averages.worldCount }),
          }}
          fallback={t("noPeers")}
        />
        {data.averages.worldCount === 0 && <p className="muted">{t("noPeers")}</p>}
      </section>

      <section className="card stack report-section" aria-labelledby="pillars-title">
        <h2 id="pillars-title">{t("pillarsTitle")}</h2>
        <table data-testid="report-pillars">
          <thead>
            <tr>
              <th scope="col">{t("pillar")}</th>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("max")}</th>
              <th scope="col">{t("regionAvg")}</th>
              <th scope="col">{t("worldAvg")}</th>
              {ref && <th scope="col">{t("published", { edition: ref.edition })}</th>}
            </tr>
          </thead>
          <tbody>
            {data.pillars.map((p, k) => (
              <tr key={p.key}>
                <th scope="row">{pillarTitle(p.key)}</th>
                <td>{fmt(p.score)}</td>
                <td>{fmt(p.maxPoints)}</td>
                <td>{fmt(data.radar[k]!.region)}</td>
                <td>{fmt(data.radar[k]!.world)}</td>
                {ref && <td>{fmt(ref.pillars[p.key])}</td>}
              </tr>
            ))}
            <tr>
              <th scope="row">{t("total")}</th>
              <td>
                <strong>{fmt(data.overall)}</strong>
              </td>
              <td>100.00</td>
              <td>{fmt(data.averages.regionOverall)}</td>
              <td>{fmt(data.averages.worldOverall)}</td>
              {ref && <td>{fmt(ref.overall)}</td>}
            </tr>
          </tbody>
        </table>
        {ref && (
          <p className="muted" data-testid="report-reference">
            {t("referenceNote", {
              edition: ref.edition,
              overall: fmt(ref.overall),
              tier: ref.tier !== null ? t("referenceTier", { tier: ref.tier }) : "",
              rank: ref.rank !== null ? t("referenceRank", { rank: ref.rank }) : "",
            })}
          </p>
        )}
      </section>

      {report.full && (
        <>
          <div className="report-two">
            <section className="card stack report-section" aria-labelledby="strengths-title">
              <h2 id="strengths-title">{t("strengthsTitle")}</h2>
              {data.strengths.length ? <ul>{data.strengths.map(area)}</ul> : <p className="muted">{t("noAreas")}</p>}
            </section>
            <section className="card stack report-section" aria-labelledby="growth-title">
              <h2 id="growth-title">{t("growthTitle")}</h2>
              {data.growthAreas.length ? <ul>{data.growthAreas.map(area)}</ul> : <p className="muted">{t("noAreas")}</p>}
            </section>
          </div>

          <section className="card stack report-section" aria-labelledby="flags-title">
            <h2 id="flags-title">{t("flagsTitle")}</h2>
            {data.flags.length === 0 ? (
              <p className="muted">{t("noFlags")}</p>
            ) : (
              <ul className="stack" data-testid="report-flags">
                {data.flags.map((f) => (
                  <li key={f.id}>
                    <span className="badge">{t(`severity.${f.severity}` as never)}</span>{" "}
                    <strong>
                      <LocalizedText text={f.message} locale={locale} />
                    </strong>
                    <br />
                    <span>
                      {t("action")} <LocalizedText text={f.action} locale={locale} />
                    </span>{" "}
                    <span className="muted">({f.reference})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card stack report-section" aria-labelledby="steps-title">
            <h2 id="steps-title">{t("stepsTitle")}</h2>
            {data.nextSteps.length === 0 ? (
              <p className="muted">{t("noSteps")}</p>
            ) : (
              <ol data-testid="report-steps">
                {data.nextSteps.map((s) => (
                  <li key={s.question}>
                    <LocalizedText text={version.questionById[s.question]?.text} locale={locale} /> <span className="muted">({pillarTitle(s.pillar)})</span>{" "}
                    <strong>{t("gain", { gain: fmt(s.display) })}</strong>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="card stack report-section" aria-labelledby="evidence-title">
            <h2 id="evidence-title">{t("evidenceTitle")}</h2>
            <table data-testid="report-evidence">
              <thead>
                <tr>
                  <th scope="col">{t("pillar")}</th>
                  <th scope="col">{t("links")}</th>
                  <th scope="col">{t("documents")}</th>
                </tr>
              </thead>
              <tbody>
                {data.pillars.map((p) => (
                  <tr key={p.key}>
                    <th scope="row">{pillarTitle(p.key)}</th>
                    <td>{data.evidence[p.key].links}</td>
                    <td>{data.evidence[p.key].documents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </article>
  );
}
