// The visible strings of a normalized version under the same keys as its file (text-keys.ts), so a
// stored version's text can be exported, corrected and replaced language by language without its
// file. Pure.
import type { TLocalizedText } from "./format-schema";
import type { TLanguage } from "./constants";
import type { TNormalizedQuestionnaire } from "./model";

export type TVersionText = { key: string; text: TLocalizedText };

function add(found: TVersionText[], key: string, text: TLocalizedText | undefined): void {
  if (text) found.push({ key, text });
}

/** Every localized text of the version with its key; the objects are the version's own. */
export function versionTexts(version: TNormalizedQuestionnaire): TVersionText[] {
  const found: TVersionText[] = [];
  add(found, "title", version.title);
  add(found, "description", version.description);
  add(found, "disclaimer", version.disclaimer);
  add(found, "terminology", version.terminology);
  for (const tier of version.tiers) add(found, `tier.${tier.tier}.label`, tier.label);
  for (const pillar of version.pillars) {
    add(found, `pillar.${pillar.id}.title`, pillar.title);
    add(found, `pillar.${pillar.id}.description`, pillar.description);
  }
  for (const indicator of version.indicators) {
    add(found, `indicator.${indicator.id}.title`, indicator.title);
    add(found, `indicator.${indicator.id}.description`, indicator.description);
  }
  for (const question of version.questions) {
    const at = `question.${question.id}`;
    add(found, `${at}.text`, question.text);
    add(found, `${at}.guidance`, question.guidance);
    add(found, `${at}.evidenceExamples`, question.evidenceExamples);
    if (question.type === "number") add(found, `${at}.unit`, question.unit);
    if (question.type === "single-choice" || question.type === "multiple-choice")
      for (const option of question.options) add(found, `${at}.option.${option.id}.label`, option.label);
  }
  for (const rule of version.gapRules) {
    add(found, `gap.${rule.id}.message`, rule.message);
    add(found, `gap.${rule.id}.action`, rule.action);
  }
  return found;
}

/** One language's strings, key -> text (keys without text in that language are left out). */
export function versionStrings(version: TNormalizedQuestionnaire, language: TLanguage): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const { key, text } of versionTexts(version)) {
    const value = text[language];
    if (value?.trim()) strings[key] = value;
  }
  return strings;
}

/**
 * A copy of the version whose `language` text is replaced by `strings` (a key left out keeps no
 * text in that language, and falls back to English). English, the source, cannot be removed.
 */
export function withLanguageStrings(
  version: TNormalizedQuestionnaire,
  language: Exclude<TLanguage, "en">,
  strings: Readonly<Record<string, string>>,
): TNormalizedQuestionnaire {
  const copy = structuredClone(version);
  for (const { key, text } of versionTexts(copy)) {
    const value = strings[key]?.trim();
    if (value) text[language] = value;
    else delete text[language];
  }
  // The lookup maps point at the same questions and indicators as the lists.
  copy.questionById = Object.fromEntries(copy.questions.map((q) => [q.id, q]));
  copy.indicatorById = Object.fromEntries(copy.indicators.map((i) => [i.id, i]));
  return copy;
}
