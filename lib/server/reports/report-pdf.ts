import "server-only";
import { createTranslator } from "next-intl";
import type { TActor } from "../../authz/policy";
import { countryName } from "../../countries/country-name";
import { localized } from "../../i18n/localized";
import { loadMessages } from "../../i18n/load-messages";
import { isLocale } from "../../i18n/routing";
import { loadCountryReport } from "./load-country-report";
import { renderReportPdf } from "./render-report-pdf";

type TTranslate = (key: string, values?: Record<string, string | number>) => string;

const f2 = (n: number | null | undefined) => (typeof n === "number" ? n.toFixed(2) : "-");

/** The report PDF in the reader's language, with its download file name. */
export async function countryReportPdf(actor: TActor, id: string, requested: string | null): Promise<{ pdf: Buffer; fileName: string }> {
  const locale = requested && isLocale(requested) ? requested : "en";
  const report = await loadCountryReport(actor, id);
  // A plain translator (not the request-bound one) so the PDF renders the same in routes, the CLI and tests.
  const messages = await loadMessages(locale);
  const translator = (namespace: string) => createTranslator({ locale, messages, namespace }) as unknown as TTranslate;
  const t = translator("reports");
  const tr = translator("regions");
  const tStatus = translator("status");
  const { data, version, reference: ref } = report;
  const name = countryName(report.country, locale);
  const pillarLabels = data.pillars.map((p) => localized(version.pillars.find((v) => v.key === p.key)?.title, locale));
  const pdf = await renderReportPdf(data, {
    title: t("heading", { country: name }),
    subtitle: `${t("cycle", { cycle: report.cycle.name })} · ${t("questionnaire", { key: version.key })} · ${t("status", { status: tStatus(report.status as never) })} · ${report.generatedAt.toISOString().slice(0, 10)}`,
    overall: `${t("overall")}: ${f2(data.overall)} / 100`,
    tier: t("tier", { tier: data.tier, label: localized(report.tierLabel as never, locale) }),
    pillarLabels,
    legend: {
      country: t("radarCountry", { country: name }),
      region: t("radarRegion", { region: tr(report.country.ituRegion as never), count: data.averages.regionCount }),
      world: t("radarWorld", { count: data.averages.worldCount }),
    },
    headings: { radar: t("radarTitle"), pillars: t("pillarsTitle"), flags: t("flagsTitle"), steps: t("stepsTitle"), reference: t("referenceTitle") },
    columns: { pillar: t("pillar"), score: t("score"), region: t("regionAvg"), world: t("worldAvg"), published: ref ? t("published", { edition: ref.edition }) : null },
    total: t("total"),
    flags: data.flags.map((f) => ({ severity: t(`severity.${f.severity}` as never), message: localized(f.message, locale), action: `${t("action")} ${localized(f.action, locale)}` })),
    noFlags: report.full ? t("noFlags") : t("aggregatesOnly"),
    steps: data.nextSteps.map((s) => ({ text: localized(version.questionById[s.question]?.text, locale), gain: t("gain", { gain: f2(s.display) }) })),
    noSteps: report.full ? t("noSteps") : t("aggregatesOnly"),
    reference: ref
      ? t("referenceNote", { edition: ref.edition, overall: f2(ref.overall), tier: ref.tier !== null ? t("referenceTier", { tier: ref.tier }) : "", rank: ref.rank !== null ? t("referenceRank", { rank: ref.rank }) : "" })
      : null,
    referencePillars: ref ? data.pillars.map((p) => ref.pillars[p.key] ?? null) : null,
    referenceOverall: ref?.overall ?? null,
  });
  const slug = report.cycle.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
  return { pdf, fileName: `report-${report.country.iso3}-${slug || "cycle"}.pdf` };
}
