import "server-only";
import type { TActor } from "../../authz/policy";
import { isLocale } from "../../i18n/routing";
import { loadCountryReport } from "./load-country-report";
import { renderReportPdf } from "./render-report-pdf";
import { reportPdfText } from "./report-pdf-text";
import { slug } from "../../exports/download";

/** The report PDF in the reader's language, with its download file name. */
export async function countryReportPdf(actor: TActor, id: string, requested: string | null): Promise<{ pdf: Buffer; fileName: string }> {
  const locale = requested && isLocale(requested) ? requested : "en";
  const report = await loadCountryReport(actor, id);
  const pdf = await renderReportPdf(report.data, await reportPdfText(report, locale));
  return { pdf, fileName: `report-${report.country.iso3}-${slug(report.cycle.name)}.pdf` };
}
