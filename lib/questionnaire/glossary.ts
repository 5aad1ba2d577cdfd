// The glossary (questionnaires/glossary.yaml) fixes the key terms in each language; a translation
// that renders "national CIRT" or "critical information infrastructure" another way is reported.
// Pure: the caller reads the files.
import { z } from "zod";
import { LANGUAGES, type TLanguage } from "./constants";

const ZTermForm = z.strictObject({ term: z.string().min(1), match: z.string().min(1), note: z.string().optional() });
export const ZGlossary = z.strictObject({
  terms: z.array(
    z.strictObject({
      id: z.string().min(1),
      note: z.string().optional(),
      en: ZTermForm,
      fr: ZTermForm,
      ar: ZTermForm,
      zh: ZTermForm,
      ru: ZTermForm,
      es: ZTermForm,
    }),
  ),
});
export type TGlossary = z.infer<typeof ZGlossary>;

export type TGlossaryViolation = { key: string; term: string; language: TLanguage; expected: string; text: string };

/**
 * Each string whose English uses a glossary term must use that term in every language it is
 * translated into. `strings` are key -> text per language (English included).
 */
export function glossaryViolations(glossary: TGlossary, strings: ReadonlyMap<string, Partial<Record<TLanguage, string>>>): TGlossaryViolation[] {
  const violations: TGlossaryViolation[] = [];
  for (const term of glossary.terms) {
    const english = new RegExp(term.en.match, "iu");
    const forms = LANGUAGES.filter((l) => l !== "en").map((l) => [l, new RegExp(term[l].match, "iu")] as const);
    for (const [key, text] of strings) {
      if (!text.en || !english.test(withoutIds(text.en))) continue;
      for (const [language, form] of forms) {
        const translated = text[language];
        if (translated && !form.test(translated)) violations.push({ key, term: term.id, language, expected: term[language].term, text: translated });
      }
    }
  }
  return violations;
}

// Notes cite question ids such as `national-cybersecurity-reporting`, which are not prose.
function withoutIds(text: string): string {
  return text.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, " ");
}
