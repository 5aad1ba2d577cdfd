// Questionnaire text in the reader's language, marked with its own language where it falls back;
// scores and dates written the reader's way.
import { describe, expect, it } from "vitest";
import { formatDate, formatPercent, formatScore } from "@/lib/i18n/format-number";
import { directionOf, localizedText } from "@/lib/i18n/localized";

describe("localizedText", () => {
  const text = { en: "Is there a national CIRT?", fr: "Existe-t-il un CIRT national ?" };
  it.each([
    ["fr", { value: "Existe-t-il un CIRT national ?", lang: "fr" }],
    ["ar", { value: "Is there a national CIRT?", lang: "en" }],
    ["en", { value: "Is there a national CIRT?", lang: "en" }],
  ])("in %s", (locale, expected) => {
    expect(localizedText(text, locale)).toEqual(expected);
  });
  it("gives the direction of each language", () => {
    expect(["en", "fr", "ar", "zh", "ru", "es"].map(directionOf)).toEqual(["ltr", "ltr", "rtl", "ltr", "ltr", "ltr"]);
  });
});

describe("formatScore", () => {
  it.each([
    ["en", "1.26"],
    ["fr", "1,26"],
    ["es", "1,26"],
    ["ru", "1,26"],
    ["zh", "1.26"],
    ["ar", "1.26"],
  ])("writes 1.256 in %s as %s", (locale, expected) => {
    // Arabic keeps Latin digits and uses its own decimal separator in some ICU builds: compare digits only there.
    const out = formatScore(1.256, locale);
    if (locale === "ar") expect(out.replace(/[^0-9]/g, "")).toBe("126");
    else expect(out).toBe(expected);
  });
  it("groups thousands the locale's way and shows a dash for no value", () => {
    expect(formatScore(1234.5, "en")).toBe("1,234.50");
    expect(formatScore(1234.5, "fr").replace(/\s/g, " ")).toBe("1 234,50");
    expect(formatScore(null, "fr")).toBe("—");
    expect(formatScore(Number.NaN, "en", "-")).toBe("-");
  });
  it("writes percentages and dates in the locale", () => {
    expect(formatPercent(0.5, "fr").replace(/\s/g, " ")).toBe("50 %");
    expect(formatDate("2026-12-02T10:00:00Z", "en")).toBe("Dec 2, 2026");
    expect(formatDate("2026-12-02T10:00:00Z", "fr")).toBe("2 déc. 2026");
  });
});
