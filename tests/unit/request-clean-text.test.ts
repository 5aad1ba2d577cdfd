// Issue 13 defect 7: the check that keeps unstorable text (lone surrogates, NUL) and endless nesting
// out of every entry point, as a property: any well-formed text passes, any lone surrogate is found.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMalformedText, whyNotCleanText } from "@/lib/server/entry/clean-text";

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const isWellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

describe("whyNotCleanText", () => {
  it("accepts every well-formed string without NUL (any language, emoji, controls but NUL)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => whyNotCleanText(s.replaceAll("\u0000", "")) === null),
      { seed: 13, numRuns: 500 },
    );
  });

  it("finds a lone surrogate wherever it is, and nothing else is reported for well-formed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), loneSurrogate, fc.string({ unit: "grapheme" }), (a, lone, b) => {
        const s = `${a.replaceAll("\u0000", "")}${lone}${b.replaceAll("\u0000", "")}`;
        // Two halves can pair up into a valid code point: then the text is well formed and accepted.
        return (whyNotCleanText(s) === null) === isWellFormed(s);
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it("names NUL", () => expect(whyNotCleanText("a\u0000b")).toMatch(/NUL/));
});

describe("findMalformedText", () => {
  it("walks keys, arrays, nested objects and FormData", () => {
    expect(findMalformedText({ a: [{ b: "ok" }, "fine 😀"] })).toBeNull();
    expect(findMalformedText({ a: [{ b: "\udc00" }] })).toMatch(/lone surrogate/);
    expect(findMalformedText({ ["k\ud800"]: 1 })).toMatch(/lone surrogate/);
    const form = new FormData();
    form.set("questionId", "x\u0000");
    expect(findMalformedText(form)).toMatch(/NUL/);
  });

  it("refuses nesting deeper than 64 without recursing (no stack overflow at 100,000 levels)", () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000)) as unknown;
    expect(findMalformedText(deep)).toMatch(/nested deeper than 64 levels/);
    let ok: unknown = "leaf";
    for (let i = 0; i < 60; i++) ok = [ok];
    expect(findMalformedText(ok)).toBeNull();
  });
});
