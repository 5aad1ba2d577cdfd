// Bidi reordering and font fallback for the PDF writer, with stand-in fonts: "ar" has Arabic letters,
// digits and spaces; "lat" has ASCII; "zh" has ideographs.
import { describe, expect, it } from "vitest";
import { breakPieces } from "@/lib/reports/line-breaks";
import { fontSpans, paragraphLevels, visualRuns, type TFontPick } from "@/lib/reports/visual-runs";

type F = "ar" | "lat" | "zh";
const has: Record<F, RegExp> = { ar: /[\u0600-\u06FF0-9 ]/u, lat: /[\x20-\x7E]/u, zh: /[\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/u };
const pick = (order: F[]): TFontPick<F> => ({ order, covers: (f, cp) => has[f].test(String.fromCodePoint(cp)) });

const runs = (text: string, rtl: boolean, order: F[]) => visualRuns(text, paragraphLevels(text, rtl), 0, text.length, pick(order)).map((r) => [r.text, r.font]);

describe("visualRuns", () => {
  it.each<[string, string, boolean, F[], string[][]]>([
    ["Latin in a left-to-right report stays one run", "Legal measures", false, ["lat"], [["Legal measures", "lat"]]],
    // The shaper reverses Arabic runs itself, so they are handed over in logical order.
    ["an Arabic sentence is one run, in logical order", "تقرير البلد", true, ["ar", "lat"], [["تقرير البلد", "ar"]]],
    [
      "numbers keep their digit order and sit left of the Arabic before them",
      "النتيجة 45",
      true,
      ["ar", "lat"],
      [
        ["45", "ar"],
        ["النتيجة ", "ar"],
      ],
    ],
    [
      "a Latin phrase inside Arabic keeps its word order",
      "تقرير ITU Report",
      true,
      ["ar", "lat"],
      [
        ["ITU Report", "lat"],
        ["تقرير ", "ar"],
      ],
    ],
    // Naskh-like fonts lack brackets: they come from the Latin font, mirrored and placed by the bidi rules.
    [
      "brackets around Arabic are mirrored and a space joins the run beside it",
      "[حرجة] نص",
      true,
      ["ar", "lat"],
      [
        ["نص", "ar"],
        [" [", "lat"],
        ["حرجة", "ar"],
        ["]", "lat"],
      ],
    ],
    [
      "a Chinese name in a French sentence falls back to the Chinese font",
      "Rapport 中国 2025",
      false,
      ["lat", "zh"],
      [
        ["Rapport ", "lat"],
        ["中国", "zh"],
        [" 2025", "lat"],
      ],
    ],
    [
      "isolated dates are not cut by the Arabic around them and the marks are not drawn",
      "الدورة \u20682026-01-15\u2069",
      true,
      ["ar", "lat"],
      [
        ["2026", "ar"],
        ["-01-15", "lat"],
        ["الدورة ", "ar"],
      ],
    ],
  ])("%s", (_name, text, rtl, order, expected) => {
    expect(runs(text, rtl, order)).toEqual(expected);
  });

  it("mirrors brackets that sit alone in a run", () => {
    // "(" and ")" come from the Latin font: right-to-left runs without an Arabic letter, which the
    // shaper would set left to right, so they arrive mirrored and already reversed.
    expect(runs("أ (ب)", true, ["ar", "lat"])).toEqual([
      ["(", "lat"],
      ["ب", "ar"],
      [")", "lat"],
      ["أ ", "ar"],
    ]);
  });
});

describe("fontSpans", () => {
  it("keeps spaces and punctuation in the font of the text before them", () => {
    expect(fontSpans("Россия, 2025", { order: ["lat"] as const, covers: () => true })).toEqual([{ start: 0, end: 12, font: "lat" }]);
  });
});

describe("breakPieces", () => {
  it.each([
    ["Legal measures in force", ["Legal ", "measures ", "in ", "force"]],
    ["网络安全承诺", ["网", "络", "安", "全", "承", "诺"]],
    ["总分：45，第5级", ["总", "分：", "45，", "第", "5", "级"]],
    ["Rapport 中国", ["Rapport ", "中", "国"]],
  ])("%s", (text, pieces) => {
    expect(breakPieces(text)).toEqual(pieces);
    expect(breakPieces(text).join("")).toBe(text);
  });
});
