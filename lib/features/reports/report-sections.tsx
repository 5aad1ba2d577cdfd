import { getTranslations } from "next-intl/server";
import { formatScore } from "@/lib/i18n/format-number";
import { localized } from "@/lib/i18n/localized";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import type { TPillarId } from "@/lib/questionnaire/constants";
import { differenceFromPublished } from "@/lib/reference/reference-edition";
import type { TRankedArea, TReportData } from "@/lib/reports/report-data";
import { LocalizedText } from "../shell/localized-text";

// The sections a country report and a public country profile share, drawn from the same pure report
// data, so both print one number and one wording for each.

type TVersion = Pick<TNormalizedQuestionnaire, "pillars" | "indicatorById">;

export async function pillarTitleOf(version: TVersion, locale: string) {
  const tp = await getTranslations("pillars");
  return (key: TPillarId) => localized(version.pillars.find((p) => p.id === key)?.title, locale) || tp(key as never);
}

/** Pillar scores against the region and world averages, with an optional published-GCI column. */
export async function PillarsTable({
  data,
  version,
  locale,
  testId,
  reference,
}: {
  data: Pick<TReportData, "pillars" | "radar" | "overall" | "averages">;
  version: TVersion;
  locale: string;
  testId: string;
  reference?: { heading: string; differenceHeading: string; pillars: Record<string, number>; overall: number } | null;
}) {
  const t = await getTranslations("reports");
  const pillarTitle = await pillarTitleOf(version, locale);
  const fmt = (n: number | null | undefined) => formatScore(n, locale);
  // A difference reads with its sign: +1.25 above the published score, −0.50 below it.
  const signed = (n: number | null) => (n === null ? fmt(n) : n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : fmt(0));
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t("pillar")}</th>
          <th scope="col">{t("score")}</th>
          <th scope="col">{t("max")}</th>
          <th scope="col">{t("regionAvg")}</th>
          <th scope="col">{t("worldAvg")}</th>
          {reference && <th scope="col">{reference.heading}</th>}
          {reference && <th scope="col">{reference.differenceHeading}</th>}
        </tr>
      </thead>
      <tbody>
        {data.pillars.map((p, k) => (
          <tr key={p.pillar} data-pillar={p.pillar}>
            <th scope="row">{pillarTitle(p.pillar)}</th>
            <td>{fmt(p.score)}</td>
            <td>{fmt(p.maxPoints)}</td>
            <td>{fmt(data.radar[k]!.region)}</td>
            <td>{fmt(data.radar[k]!.world)}</td>
            {reference && <td>{fmt(reference.pillars[p.pillar])}</td>}
            {reference && <td data-difference={p.pillar}>{signed(differenceFromPublished(p.score, reference.pillars[p.pillar]))}</td>}
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
          {reference && <td>{fmt(reference.overall)}</td>}
          {reference && <td data-difference="overall">{signed(differenceFromPublished(data.overall, reference.overall))}</td>}
        </tr>
      </tbody>
    </table>
  );
}

/** The strongest and weakest indicators, side by side. */
export async function AreasSections({ data, version, locale }: { data: Pick<TReportData, "strengths" | "growthAreas">; version: TVersion; locale: string }) {
  const t = await getTranslations("reports");
  const pillarTitle = await pillarTitleOf(version, locale);
  const fmt = (n: number) => formatScore(n, locale);
  const area = (a: TRankedArea) => (
    <li key={a.id}>
      <strong>{localized(version.indicatorById[a.id]?.title, locale) || a.id}</strong>{" "}
      <span className="muted">
        ({pillarTitle(a.pillar)}, {fmt(a.score)} / {fmt(a.maxPoints)})
      </span>
    </li>
  );
  return (
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
  );
}

/** The gap flags with their recommended action (and, for reviewers' readers, the reference). */
export async function FlagsSection({
  flags,
  locale,
  testId,
  withReference,
}: {
  flags: TReportData["flags"];
  locale: string;
  testId: string;
  withReference: boolean;
}) {
  const t = await getTranslations("reports");
  return (
    <section className="card stack report-section" aria-labelledby="flags-title">
      <h2 id="flags-title">{t("flagsTitle")}</h2>
      {flags.length === 0 ? (
        <p className="muted">{t("noFlags")}</p>
      ) : (
        <ul className="stack" data-testid={testId}>
          {flags.map((f) => (
            <li key={f.id}>
              <span className="badge">{t(`severity.${f.severity}` as never)}</span>{" "}
              <strong>
                <LocalizedText text={f.message} locale={locale} />
              </strong>
              <br />
              <span>
                {t("action")} <LocalizedText text={f.action} locale={locale} />
              </span>
              {withReference && <span className="muted"> ({f.reference})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
