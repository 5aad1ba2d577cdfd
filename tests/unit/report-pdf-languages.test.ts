// The country report PDF in each UN language: real fonts embedded (no Helvetica, which has no
// Cyrillic, Arabic or Chinese), and the title comes back out of the file as the reader's text.
import { extractText, getDocumentProxy } from "unpdf";
import { tierStability } from "@/lib/scoring";
import { beforeAll, describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { LOCALES, type TLocale } from "@/lib/i18n/routing";
import { buildReportData, REPORT_PILLARS } from "@/lib/reports/report-data";
import { answersTemplate } from "@/lib/scoring";
import { scoreAssessment } from "@/lib/scoring/score";
import type { TCountryReport } from "@/lib/server/reports/load-country-report";
import { renderReportPdf, type TPdfText } from "@/lib/server/reports/render-report-pdf";
import { reportPdfText } from "@/lib/server/reports/report-pdf-text";
import { maturityOf } from "@/lib/maturity/maturity-stages";

let report: TCountryReport;

beforeAll(async () => {
  const version = await loadVersion("five-pillars@2024");
  const score = scoreAssessment(version, answersTemplate(version, "worst"));
  const peer = (iso3: string, region: string, v: number) => ({ iso3, region, overall: v * 5, pillars: Object.fromEntries(REPORT_PILLARS.map((k) => [k, v])) });
  const data = buildReportData({ score, region: "arab-states", peers: [peer("MAR", "arab-states", 12), peer("FRA", "europe", 16)], version, evidence: [] });
  report = {
    id: "a1",
    status: "submitted",
    origin: "country",
    full: true,
    country: { iso3: "EGY", nameEn: "Egypt", nameFr: "Égypte", nameAr: "مصر", nameZh: "埃及", nameRu: "Египет", nameEs: "Egipto", ituRegion: "arab-states" },
    cycle: { id: "c1", name: "2025 cycle" },
    basis: "self-reported",
    tierStability: tierStability(version, answersTemplate(version, "worst")),
    maturity: maturityOf(version, answersTemplate(version, "worst")),
    indicatorPoints: Object.fromEntries(score.indicators.map((i) => [i.id, { display: i.display, maxPoints: i.maxPoints }])),
    version,
    tierLabel: score.tier.label as Record<string, string>,
    data,
    reference: { edition: 2024, overall: 71.5, tier: 3, rank: 40, pillars: { legal: 15, technical: 14 } },
    generatedAt: new Date("2026-01-15T00:00:00Z"),
  };
});

async function render(text: TPdfText) {
  const pdf = await renderReportPdf(report.data, text);
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text: pages } = await extractText(document);
  // Embedded fonts are named "ABCDEF+PostScriptName" in the (uncompressed) font dictionaries.
  const fonts = new Set([...pdf.toString("latin1").matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]!));
  return { pdf, firstPage: pages[0]!, fonts };
}

const EXPECTED_FONT: Record<TLocale, string> = {
  en: "NotoSans-Regular",
  fr: "NotoSans-Regular",
  es: "NotoSans-Regular",
  ru: "NotoSans-Regular",
  zh: "NotoSansHans-Regular",
  ar: "NotoNaskhArabic",
};

describe.each(LOCALES)("report PDF in %s", (locale) => {
  it("embeds the Noto font for the script and shows the title as text", async () => {
    const text = await reportPdfText(report, locale);
    const { pdf, firstPage, fonts } = await render(text);
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect([...fonts]).toContain(EXPECTED_FONT[locale]);
    expect([...fonts].every((f) => f.startsWith("Noto"))).toBe(true);
    // Extractors undo the right-to-left order letter by letter, which turns the lam-alef ligature
    // around (الالتزام comes back as االلتزام); words with it are checked by eye, not here.
    const words = text.title.split(/\s+/).filter((w) => !/ل[اأإآ]/.test(w));
    for (const word of words) expect(firstPage, word).toContain(word);
  });
});

describe("report PDF with text in another script", () => {
  it("sets a Chinese and an Arabic name inside a French report in fonts that have them", async () => {
    const text = { ...(await reportPdfText(report, "fr")), title: "Rapport : 中国 et مصر" };
    const { firstPage, fonts } = await render(text);
    // The title is bold.
    expect([...fonts]).toEqual(expect.arrayContaining(["NotoSans-Bold", "NotoSansHans-Bold", "NotoNaskhArabic-Bold"]));
    expect(firstPage).toContain("中国");
    expect(firstPage).toContain("مصر");
  });

  it("keeps the Chinese report small: only the glyphs used are embedded", async () => {
    const { pdf } = await render(await reportPdfText(report, "zh"));
    expect(pdf.length).toBeLessThan(400_000);
  });
});
