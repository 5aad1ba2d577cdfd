import "server-only";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";
import { RTL_LOCALES, type TLocale } from "../../i18n/routing";
import type { TFontPick } from "../../reports/visual-runs";

export type TFontFamily = "latin" | "arabic" | "cjk";

// Whole Noto fonts from npm (OFL-1.1), not unicode-range slices, so one file covers a script;
// pdfkit embeds only the glyphs a report uses.
const SOURCES: Record<TFontFamily, { pkg: string; regular: string; bold: string }> = {
  latin: { pkg: "@embedpdf/fonts-latin", regular: "NotoSans-Regular.ttf", bold: "NotoSans-Bold.ttf" },
  arabic: { pkg: "@embedpdf/fonts-arabic", regular: "NotoNaskhArabic-Regular.ttf", bold: "NotoNaskhArabic-Bold.ttf" },
  cjk: { pkg: "@embedpdf/fonts-sc", regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" },
};

// The reader's script first; the others catch names in other scripts (a Chinese name in a French report).
const ORDER: Record<TLocale, readonly TFontFamily[]> = {
  en: ["latin", "cjk", "arabic"],
  fr: ["latin", "cjk", "arabic"],
  es: ["latin", "cjk", "arabic"],
  ru: ["latin", "cjk", "arabic"],
  zh: ["cjk", "latin", "arabic"],
  ar: ["arabic", "latin", "cjk"],
};

const faces = new Map<string, fontkit.Font>();

function fontPath(family: TFontFamily, bold: boolean): string {
  const source = SOURCES[family];
  // The packages export only their JS entry (dist/), with the font files in fonts/ beside it. Turbopack
  // would turn this resolve into a bundle module id; the fonts are files in node_modules read at run time.
  const entry = createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ source.pkg);
  return path.join(path.dirname(entry), "..", "fonts", bold ? source.bold : source.regular);
}

/**
 * A parsed font, once per process and shared by every PDF (pdfkit accepts fontkit fonts): parsing the
 * shaping and kerning tables again for each report cost more than drawing it.
 */
export function fontFace(family: TFontFamily, bold: boolean): fontkit.Font {
  const key = `${family}-${bold ? "bold" : "regular"}`;
  let face = faces.get(key);
  if (!face) {
    face = fontkit.create(readFileSync(fontPath(family, bold)));
    faces.set(key, face);
  }
  return face;
}

const covers = (family: TFontFamily, codePoint: number) => fontFace(family, false).hasGlyphForCodePoint(codePoint);

export function isRtl(locale: TLocale): boolean {
  return RTL_LOCALES.includes(locale);
}

/** Which font sets each character of a report in this language. */
export function fontPick(locale: TLocale): TFontPick<TFontFamily> {
  return { order: ORDER[locale], covers };
}
