import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/routing";
import { mergeMessages } from "@/lib/i18n/load-messages";

type TMessages = { [key: string]: string | TMessages };
const load = (locale: string): TMessages => JSON.parse(readFileSync(path.resolve(process.cwd(), `lib/i18n/messages/${locale}.json`), "utf8"));
const flatten = (o: TMessages, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

const english = new Map(flatten(load("en")));
/** A value for every placeholder the English message names (numbers suit plural and plain arguments). */
const sampleFor = (message: string) => Object.fromEntries([...message.matchAll(/\{(\w+)/g)].map((m) => [m[1], 2]));

describe.each(LOCALES)("the %s catalogue", (locale) => {
  const messages = new Map(flatten(load(locale)));

  it("has every key that English has, and no other", () => {
    expect([...english.keys()].filter((k) => !messages.has(k))).toEqual([]);
    expect([...messages.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it("has valid ICU messages that keep the English placeholders", () => {
    for (const [key, message] of messages) {
      expect(() => new IntlMessageFormat(message, locale).format(sampleFor(english.get(key) ?? "")), key).not.toThrow();
      const placeholders = (english.get(key) ?? "").match(/\{(\w+)[,}]/g) ?? [];
      for (const p of placeholders) expect(message, `${locale} ${key}`).toContain(p.slice(0, -1));
    }
  });
});

describe("message fallback", () => {
  it("shows English where a locale lacks a string, never a raw key", () => {
    expect(mergeMessages({ a: { b: "B", c: "C" } }, { a: { b: "Bé" } })).toEqual({ a: { b: "Bé", c: "C" } });
  });
});

describe("gap flag names", () => {
  it("name every gap rule of the shipped editions, in every language", async () => {
    const { loadVersion } = await import("@/lib/files/questionnaire-files");
    const ids = new Set<string>();
    for (const key of ["five-pillars@2020", "five-pillars@2024"]) for (const rule of (await loadVersion(key)).gapRules) ids.add(rule.id);
    expect(ids.size).toBeGreaterThan(20);
    for (const locale of LOCALES) {
      const names = load(locale).gapFlags as Record<string, string>;
      expect(
        [...ids].filter((id) => !names[id]),
        locale,
      ).toEqual([]);
    }
  });
});
