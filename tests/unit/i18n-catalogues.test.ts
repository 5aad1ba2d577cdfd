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

describe.each(LOCALES.filter((l) => l !== "en"))("maturity stages in %s", (locale) => {
  const messages = new Map(flatten(load(locale)));
  const stages = ["start-up", "formative", "established", "strategic", "dynamic"].map((s) => messages.get(`maturity.stages.${s}`)!);
  // The stage names a planner meets in the table must be the ones the introduction explains.
  it("names five distinct stages, translated, and the introduction uses each name", () => {
    expect(new Set(stages).size).toBe(5);
    stages.forEach((name, k) => expect(name).not.toBe(english.get(`maturity.stages.${["start-up", "formative", "established", "strategic", "dynamic"][k]}`)));
    const intro = messages.get("maturity.intro")!.toLowerCase();
    // The distinctive word of each name (Arabic names are "stage of X": the last word).
    for (const name of stages) expect(intro, name).toContain(name.toLowerCase().split(" ").at(-1)!);
  });
});
