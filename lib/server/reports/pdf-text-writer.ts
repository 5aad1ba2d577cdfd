import "server-only";
import type { TLocale } from "../../i18n/routing";
import { breakPieces } from "../../reports/line-breaks";
import { drawable, fontSpans, paragraphLevels, visualRuns } from "../../reports/visual-runs";
import { fontFace, fontPick, isRtl, type TFontFamily } from "./pdf-fonts";

/** Where and how to set a paragraph. `align` is logical: "start" is the right edge in Arabic. */
export type TTextBox = { x: number; width: number; size: number; bold?: boolean; color?: string; align?: "start" | "end" | "center"; y?: number };

export type TPdfWriter = {
  rtl: boolean;
  /** Sets the text at box.y (or doc.y, breaking pages as it goes), leaves doc.y below it and returns that. */
  write: (text: string, box: TTextBox) => number;
};

const RUN: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: "alphabetic" };
// `features` makes pdfkit shape a run whole: without it, it shapes word by word (and caches the words),
// which puts right-to-left words in left-to-right order.
const WHOLE_RUN: PDFKit.Mixins.TextOptions = { ...RUN, features: [] };
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const runOptions = (text: string) => (RTL_SCRIPT.test(text) ? WHOLE_RUN : RUN);

// Widths per face and text at size 1, shared by all reports: shaping a run costs about half a millisecond.
const widthCache = new Map<string, number>();

/**
 * Text for pdfkit in any of the six languages: a font per character from the Noto set, lines broken
 * by us, each line reordered by the Unicode bidi algorithm and drawn run by run.
 */
export function pdfWriter(doc: PDFKit.PDFDocument, locale: TLocale): TPdfWriter {
  const rtl = isRtl(locale);
  const pick = fontPick(locale);
  const registered = new Set<string>();
  // Arabic letters reach further above and below the line than Latin ones.
  const lineHeight = (size: number) => size * (rtl ? 1.6 : 1.35);

  const setFont = (family: TFontFamily, bold: boolean | undefined, size: number) => {
    const name = `${family}-${bold ? "bold" : "regular"}`;
    if (!registered.has(name)) {
      // pdfkit takes a parsed fontkit font too (its typings only list paths and buffers).
      doc.registerFont(name, fontFace(family, !!bold) as unknown as Buffer);
      registered.add(name);
    }
    doc.font(name).fontSize(size);
  };
  const runWidth = (text: string, family: TFontFamily, box: Pick<TTextBox, "size" | "bold">) => {
    const key = `${family}-${box.bold ? "bold" : "regular"}\u0000${text}`;
    let unit = widthCache.get(key);
    if (unit === undefined) {
      setFont(family, box.bold, 1);
      unit = doc.widthOfString(text, runOptions(text));
      if (widthCache.size > 50_000) widthCache.clear();
      widthCache.set(key, unit);
    }
    return unit * box.size;
  };
  const width = (text: string, box: Pick<TTextBox, "size" | "bold">) =>
    fontSpans(text, pick).reduce((sum, s) => sum + runWidth(drawable(text.slice(s.start, s.end)), s.font, box), 0);

  /** [start, end) of each line, trailing spaces left out. */
  function lines(text: string, box: TTextBox): [number, number][] {
    const out: [number, number][] = [];
    let start = 0;
    let end = 0;
    let used = 0;
    let pos = 0;
    for (const piece of breakPieces(text)) {
      const word = piece.trimEnd();
      const w = width(word, box);
      if (pos > start && used + w > box.width) {
        out.push([start, end]);
        start = pos;
        used = 0;
      }
      used += w + (word.length < piece.length ? width(piece.slice(word.length), box) : 0);
      end = pos + word.length;
      pos += piece.length;
    }
    out.push([start, end]);
    return out;
  }

  function writeLine(text: string, levels: ReturnType<typeof paragraphLevels>, [start, end]: [number, number], top: number, box: TTextBox) {
    const runs = visualRuns(text, levels, start, end, pick);
    const widths = runs.map((r) => runWidth(r.text, r.font, box));
    const total = widths.reduce((a, b) => a + b, 0);
    const align = box.align ?? "start";
    const left = align === "center" ? box.x + (box.width - total) / 2 : (align === "start") !== rtl ? box.x : box.x + box.width - total;
    // Runs in different fonts share one baseline, about an em below the top of the line.
    const baseline = top + box.size * (rtl ? 1.15 : 1.02);
    let x = left;
    runs.forEach((r, k) => {
      setFont(r.font, box.bold, box.size);
      doc.text(r.text, x, baseline, runOptions(r.text));
      x += widths[k]!;
    });
  }

  function write(text: string, box: TTextBox): number {
    const flowing = box.y === undefined;
    let y = box.y ?? doc.y;
    const step = lineHeight(box.size);
    if (box.color) doc.fillColor(box.color);
    for (const paragraph of text.split("\n")) {
      const levels = paragraphLevels(paragraph, rtl);
      for (const line of lines(paragraph, box)) {
        if (flowing && y + step > doc.page.height - doc.page.margins.bottom) {
          doc.addPage();
          y = doc.page.margins.top;
        }
        writeLine(paragraph, levels, line, y, box);
        y += step;
      }
    }
    doc.x = doc.page.margins.left;
    doc.y = y;
    return y;
  }

  return { rtl, write };
}
