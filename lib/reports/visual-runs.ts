import bidiFactory, { type EmbeddingLevels } from "bidi-js";

const bidi = bidiFactory();

// Spaces, punctuation, symbols and digits keep the font of the text before them when it has them,
// so "Россия, 2025" is not cut into several fonts.
const NEUTRAL = /[\p{Z}\p{P}\p{S}\p{N}]/u;
// fontkit picks a run's direction from its first character of a real script (not Common/Inherited).
const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// Marks and isolates steer the bidi algorithm but are never drawn.
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** The text without bidi controls: what gets measured and drawn. */
export const drawable = (text: string) => text.replace(new RegExp(BIDI_CONTROL, "gu"), "");

/** The fonts to try, best first, and whether a font has a glyph for a character. */
export type TFontPick<F> = { order: readonly F[]; covers: (font: F, codePoint: number) => boolean };
export type TSpan<F> = { start: number; end: number; font: F };
export type TVisualRun<F> = { text: string; font: F };
export type TLevels = EmbeddingLevels;

function chooseFont<F>(pick: TFontPick<F>, codePoint: number, ch: string, previous: F | undefined): F {
  if (previous !== undefined && NEUTRAL.test(ch) && pick.covers(previous, codePoint)) return previous;
  return pick.order.find((f) => pick.covers(f, codePoint)) ?? pick.order[0]!;
}

/** Logical stretches of text set in one font (and, given levels, at one bidi level). */
export function fontSpans<F>(text: string, pick: TFontPick<F>, start = 0, end = text.length, levels?: Uint8Array): TSpan<F>[] {
  const spans: TSpan<F>[] = [];
  for (let i = start; i < end;) {
    const codePoint = text.codePointAt(i)!;
    const n = codePoint > 0xffff ? 2 : 1;
    const last = spans.at(-1);
    if (BIDI_CONTROL.test(text[i]!)) {
      if (last) last.end = i + n;
      i += n;
      continue;
    }
    const font = chooseFont(pick, codePoint, text.slice(i, i + n), last?.font);
    if (last && last.font === font && (!levels || levels[last.start] === levels[i])) last.end = i + n;
    else spans.push({ start: i, end: i + n, font });
    i += n;
  }
  return spans;
}

/** Unicode bidi levels of a paragraph; an Arabic report's paragraphs are right-to-left whatever they start with. */
export function paragraphLevels(text: string, rtl: boolean): TLevels {
  return bidi.getEmbeddingLevels(text, rtl ? "rtl" : "ltr");
}

/**
 * One line of a paragraph as runs in drawing order, left to right (bidi rule L2, mirrored brackets),
 * each in logical order for the shaper, which joins Arabic letters and reverses right-to-left runs itself.
 */
export function visualRuns<F>(text: string, levels: TLevels, start: number, end: number, pick: TFontPick<F>): TVisualRun<F>[] {
  if (end <= start) return [];
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const spans = fontSpans(text, pick, start, end, levels.levels).map((s) => ({ ...s, level: levels.levels[s.start]! }));
  const top = Math.max(...spans.map((s) => s.level));
  const lowestOdd = Math.min(...spans.map((s) => (s.level % 2 === 1 ? s.level : Infinity)));
  for (let level = top; level >= lowestOdd; level--) {
    for (let i = 0; i < spans.length;) {
      if (spans[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < spans.length && spans[j]!.level >= level) j++;
      spans.splice(i, j - i, ...spans.slice(i, j).reverse());
      i = j;
    }
  }
  return spans.map((s) => {
    let t = "";
    for (let i = s.start; i < s.end; i++) t += mirrored.get(i) ?? text[i];
    t = drawable(t);
    const first = SCRIPTED.exec(t)?.[0];
    const shaperReverses = first !== undefined && RTL_SCRIPT.test(first);
    // Where fontkit's guess of the direction differs from the bidi level, hand it the run pre-reversed.
    return { text: shaperReverses === (s.level % 2 === 1) ? t : [...t].reverse().join(""), font: s.font };
  });
}
