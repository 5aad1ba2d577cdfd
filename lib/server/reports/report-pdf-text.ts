import "server-only";
import { originNote } from "../../reports/report-data";
import { tierStabilitySentences } from "../../assessments/tier-stability-text";
import { countryName } from "../../countries/country-name";
import { isolate } from "../../i18n/bidi";
import { localized } from "../../i18n/localized";
import { plainTranslators } from "../../i18n/plain-translator";
import type { TLocale } from "../../i18n/routing";
import type { TCountryReport } from "./load-country-report";
import type { TPdfText } from "./render-report-pdf";
import { formatScore } from "../../i18n/format-number";
import { requirementText, stageWords } from "../../maturity/stage-text";

// In the reader's number format (decimal comma in French, Russian, Spanish), Latin digits everywhere.
// isolate(): a cycle name or date keeps its own order inside an Arabic sentence ("2026-01-15" would
// otherwise show as "15-01-2026"); the PDF writer does not draw the marks.

/** Every text of the report PDF in the reader's language. */
export async function reportPdfText(report: TCountryReport, locale: TLocale): Promise<TPdfText> {
  const f2 = (n: number | null | undefined) => formatScore(n, locale, "-");
  const formatNumber = (n: number) => formatScore(n, locale);
  // A plain translator (not the request-bound one) so the PDF renders the same in routes, the CLI and tests.
  const translator = await plainTranslators(locale);
  const t = translator("reports");
  const tr = translator("regions");
  const tStatus = translator("status");
  const tScore = translator("assessment.score");
  const tStability = translator("assessment.stability");
  const tm = translator("maturity");
  const ta = translator("answers");
  const words = stageWords(tm, ta);
  const basis = tScore("basisNote", { basis: tScore(report.basis === "validated" ? "basis.validated" : "basis.selfReported") });
  const { data, version, reference: ref } = report;
  const origin = originNote(report.origin, report.status);
  const name = countryName(report.country, locale);
  const pillarLabels = data.pillars.map((p) => localized(version.pillars.find((v) => v.id === p.pillar)?.title, locale));
  return {
    locale,
    title: t("heading", { country: name }),
    subtitle: `${t("cycle", { cycle: isolate(report.cycle.name) })} · ${t("questionnaire", { key: isolate(version.key) })} · ${t("status", { status: tStatus(report.status as never) })} · ${isolate(report.generatedAt.toISOString().slice(0, 10))}`,
    overall: `${t("overall")}: ${f2(data.overall)} / 100 · ${basis}${origin ? ` · ${translator("public")(origin.replace("public.", ""))}` : ""}`,
    tier: t("tier", { tier: data.tier, label: localized(report.tierLabel as never, locale) }),
    stability: tierStabilitySentences(report.tierStability, (key, values) => tStability(key, values), formatNumber),
    pillarLabels,
    legend: {
      country: t("radarCountry", { country: name }),
      region: t("radarRegion", { region: tr(report.country.ituRegion as never), count: data.averages.regionCount }),
      world: t("radarWorld", { count: data.averages.worldCount }),
    },
    headings: {
      radar: t("radarTitle"),
      pillars: t("pillarsTitle"),
      flags: t("flagsTitle"),
      steps: t("stepsTitle"),
      reference: t("referenceTitle"),
      maturity: tm("title"),
    },
    columns: {
      pillar: t("pillar"),
      score: t("score"),
      region: t("regionAvg"),
      world: t("worldAvg"),
      published: ref ? t("published", { edition: ref.edition }) : null,
    },
    total: t("total"),
    flags: data.flags.map((f) => ({
      severity: t(`severity.${f.severity}` as never),
      message: localized(f.message, locale),
      action: `${t("action")} ${localized(f.action, locale)}`,
    })),
    noFlags: report.full ? t("noFlags") : t("aggregatesOnly"),
    steps: data.nextSteps.map((s) => ({ text: localized(version.questionById[s.question]?.text, locale), gain: t("gain", { gain: f2(s.display) }) })),
    noSteps: report.full ? t("noSteps") : t("aggregatesOnly"),
    maturity: report.maturity.map((m) => ({
      indicator: localized(version.indicatorById[m.indicator]?.title, locale),
      stage: m.stage ? tm(`stages.${m.stage}`) : tm("noAnswer"),
      next: m.next
        ? `${tm("needs", { stage: tm(`stages.${m.next.stage}`) })} ${m.next.missing.map((r) => requirementText(r, version, locale, words)).join(" ")}`
        : tm("top"),
    })),
    reference: ref
      ? t("referenceNote", {
          edition: ref.edition,
          overall: f2(ref.overall),
          tier: ref.tier !== null ? t("referenceTier", { tier: ref.tier }) : "",
          rank: ref.rank !== null ? t("referenceRank", { rank: ref.rank }) : "",
        })
      : null,
    referencePillars: ref ? data.pillars.map((p) => ref.pillars[p.pillar] ?? null) : null,
    referenceOverall: ref?.overall ?? null,
  };
}
