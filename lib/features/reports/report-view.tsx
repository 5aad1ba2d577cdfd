import { getFormatter, getTranslations } from "next-intl/server";
import { TierStabilityNote } from "../assessments/tier-stability-note";
import { countryName } from "@/lib/countries/country-name";
import { localized } from "@/lib/i18n/localized";
import { isolate } from "@/lib/i18n/bidi";
import { Link } from "@/lib/i18n/navigation";
import type { TCountryReport } from "@/lib/server/reports/load-country-report";
import { PrintButton } from "./print-button";
import { ReportRadar } from "./report-radar";
import { originNote } from "@/lib/reports/report-data";
import { AreasSections, FlagsSection, pillarTitleOf, PillarsTable } from "./report-sections";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";
import { MaturitySection } from "../maturity/maturity-section";

/** The printable country report: every section reads from the pure report data. */
export async function ReportView({ report, locale }: { report: TCountryReport; locale: string }) {
  const fmt = (n: number | null | undefined) => formatScore(n, locale);
  const t = await getTranslations("reports");
  const tr = await getTranslations("regions");
  const tStatus = await getTranslations("status");
  const s = await getTranslations("assessment.score");
  const format = await getFormatter();
  const tAll = await getTranslations();
  const origin = originNote(report.origin, report.status);
  const { data, version } = report;
  const name = countryName(report.country, locale);
  const pillarTitle = await pillarTitleOf(version, locale);
  const regionName = tr(report.country.ituRegion as never);
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
        {origin && (
          <p className="small" data-testid="report-origin" data-origin={report.origin}>
            {tAll(origin)}
          </p>
        )}
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
        <PillarsTable
          data={data}
          version={version}
          locale={locale}
          testId="report-pillars"
          reference={
            ref && { heading: t("published", { edition: ref.edition }), differenceHeading: t("difference"), pillars: ref.pillars, overall: ref.overall }
          }
        />
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
          <AreasSections data={data} version={version} locale={locale} />

          <MaturitySection maturity={report.maturity} version={version} locale={locale} points={report.indicatorPoints} />

          <FlagsSection flags={data.flags} locale={locale} testId="report-flags" withReference />

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
                  <tr key={p.pillar}>
                    <th scope="row">{pillarTitle(p.pillar)}</th>
                    <td>{data.evidence[p.pillar].links}</td>
                    <td>{data.evidence[p.pillar].documents}</td>
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
