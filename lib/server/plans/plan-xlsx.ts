import "server-only";
import ExcelJS from "exceljs";
import { localized } from "../../i18n/localized";
import type { TLoadedPlan } from "./load-plan";
import { plainTranslators } from "../../i18n/plain-translator";
import type { TLocale } from "../../i18n/routing";
import { requirementText, stageWords } from "../../maturity/stage-text";

/** One row per stage move and answer it needs: what the page's "moving indicators up a stage" lists. */
async function addMovesSheet(book: ExcelJS.Workbook, loaded: TLoadedPlan, locale: string) {
  const { version } = loaded;
  if (!version?.indicators.some((i) => i.stages)) return;
  const t = await plainTranslators(locale as TLocale);
  const tm = t("maturity");
  const ta = t("answers");
  const words = stageWords(tm, ta);
  const sheet = book.addWorksheet("Maturity moves");
  sheet.columns = [
    { header: "Indicator id", key: "id", width: 24 },
    { header: "Indicator", key: "indicator", width: 36 },
    { header: "From stage", key: "from", width: 12 },
    { header: "To stage", key: "to", width: 12 },
    { header: "Countries at this step (n)", key: "count", width: 12 },
    { header: "Answer needed", key: "needed", width: 80 },
    { header: "Countries missing it (n)", key: "missingCount", width: 12 },
    { header: "Countries missing it", key: "missing", width: 40 },
  ];
  for (const m of loaded.plan.moves)
    for (const x of m.missing)
      sheet.addRow({
        id: m.indicator,
        indicator: localized(version.indicatorById[m.indicator]?.title, locale),
        from: m.from,
        to: m.to,
        count: m.countries.length,
        needed: requirementText(x.requirement, version, locale, words),
        missingCount: x.countries.length,
        missing: x.countries.join(" "),
      });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** Three sheets: Interventions (flags, then steps), Maturity moves and Countries. English column headers for reuse in tools. */
export async function planXlsx(loaded: TLoadedPlan, locale: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Five Pillars";
  const sheet = book.addWorksheet("Interventions");
  sheet.columns = [
    { header: "Rank", key: "rank", width: 6 },
    { header: "Source", key: "source", width: 12 },
    { header: "Id", key: "id", width: 18 },
    { header: "Pillar", key: "pillar", width: 18 },
    { header: "Severity", key: "severity", width: 10 },
    { header: "Intervention", key: "text", width: 70 },
    { header: "Recommended action", key: "action", width: 70 },
    { header: "Countries (n)", key: "count", width: 13 },
    { header: "Total gain", key: "total", width: 11 },
    { header: "Average gain", key: "average", width: 12 },
    { header: "Countries", key: "countries", width: 40 },
  ];
  let rank = 1;
  for (const f of loaded.plan.flags) {
    sheet.addRow({
      rank: rank++,
      source: "gap flag",
      id: f.id,
      severity: f.severity,
      text: localized(f.message, locale),
      action: localized(f.action, locale),
      count: f.countries.length,
      countries: f.countries.join(" "),
    });
  }
  for (const s of loaded.plan.steps) {
    const question = loaded.version?.questionById[s.question];
    sheet.addRow({
      rank: rank++,
      source: "next step",
      id: s.question,
      pillar: s.pillar,
      text: localized(question?.text, locale),
      count: s.countries.length,
      total: s.totalGain,
      average: s.averageGain,
      countries: s.countries.join(" "),
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  await addMovesSheet(book, loaded, locale);
  const countries = book.addWorksheet("Countries");
  countries.columns = [
    { header: "ISO3", key: "iso3", width: 8 },
    { header: "Region", key: "region", width: 14 },
    { header: "Status", key: "status", width: 12 },
    { header: "Overall", key: "overall", width: 10 },
    { header: "Tier", key: "tier", width: 6 },
    { header: "Gap flags", key: "flags", width: 10 },
    { header: "Potential gain", key: "potentialGain", width: 14 },
  ];
  for (const { id: _id, ...c } of loaded.plan.countries) countries.addRow(c);
  countries.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
