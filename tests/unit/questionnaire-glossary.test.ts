// Every glossary term is rendered the glossary's way wherever the English uses it, in every edition
// and crosswalk of the repository, and every translation key names a string of its file.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { TLanguage } from "@/lib/questionnaire/format-schema";
import { glossaryViolations, ZGlossary, type TGlossary } from "@/lib/questionnaire/glossary";
import { textEntries } from "@/lib/questionnaire/text-keys";
import { ZTranslationFile } from "@/lib/questionnaire/translation-file";

const root = path.resolve("questionnaires/five-pillars");
const glossary = ZGlossary.parse(parse(readFileSync("questionnaires/glossary.yaml", "utf8"))) as TGlossary;
const sources = readdirSync(root).filter((f) => f.endsWith(".yaml"));

function stringsOf(source: string): Map<string, Partial<Record<TLanguage, string>>> {
  const data = parse(readFileSync(path.join(root, source), "utf8"));
  const strings = new Map(textEntries(data).map((e) => [e.key, { ...e.text }]));
  const dir = path.join(root, "translations", source.replace(/\.yaml$/, ""));
  for (const file of readdirSync(dir)) {
    const translation = ZTranslationFile.parse(parse(readFileSync(path.join(dir, file), "utf8")));
    for (const [key, text] of Object.entries(translation.strings)) {
      const entry = strings.get(key);
      if (!entry) throw new Error(`${dir}/${file}: ${key} names no string of ${source}`);
      entry[translation.language] = text;
    }
  }
  return strings;
}

describe("questionnaire glossary", () => {
  it("gives every term in all six languages with a usable pattern", () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(15);
    for (const term of glossary.terms)
      for (const language of ["en", "fr", "es", "ar", "zh", "ru"] as const)
        expect(new RegExp(term[language].match, "iu").test(term[language].term), `${term.id} ${language}`).toBe(true);
  });

  it("reports a translation that renders a term another way", () => {
    const strings = new Map([["q", { en: "Is there a national CIRT?", fr: "Existe-t-il une équipe nationale ?" }]]);
    expect(glossaryViolations(glossary, strings)).toEqual([expect.objectContaining({ key: "q", term: "cirt", language: "fr" })]);
  });

  it("the interface's own text (gap labels, hints) uses the glossary's terms too", () => {
    const flat = (d: object, prefix = ""): [string, string][] =>
      Object.entries(d).flatMap(([k, v]) => (typeof v === "object" && v ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]]));
    const strings = new Map<string, Partial<Record<TLanguage, string>>>();
    for (const language of ["en", "fr", "es", "ar", "zh", "ru"] as const)
      for (const [key, text] of flat(JSON.parse(readFileSync(`lib/i18n/messages/${language}.json`, "utf8"))))
        strings.set(key, { ...strings.get(key), [language]: text });
    const violations = glossaryViolations(glossary, strings);
    expect(violations.map((v) => `${v.language} ${v.key}: ${v.term} -> "${v.expected}" in "${v.text}"`)).toEqual([]);
  });

  it.each(sources)("%s: translations use the glossary's terms", (source) => {
    const violations = glossaryViolations(glossary, stringsOf(source));
    expect(violations.map((v) => `${v.language} ${v.key}: ${v.term} -> "${v.expected}" in "${v.text}"`)).toEqual([]);
  });
});
