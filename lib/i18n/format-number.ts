// Numbers, percentages and dates in the reader's locale ("66,70" in French, "66.70" in English),
// the same in pages, PDF reports and export headers. Arabic keeps Latin digits, as UN Arabic
// documents and the questionnaire's translations do.

const intlLocale = (locale: string) => (locale === "ar" ? "ar-u-nu-latn" : locale);

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A score or points value with two decimals; "—" when there is none. */
export function formatScore(value: number | null | undefined, locale: string, empty = "—"): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return empty;
  let format = scoreFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scoreFormats.set(locale, format);
  }
  return format.format(value);
}

/** A share (0..1) as a whole percentage. */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** A calendar date (day month year) in the locale's order and words. */
export function formatDate(date: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(date));
}
