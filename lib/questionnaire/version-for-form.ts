// What the pillar form needs of a version in the browser: the structure and scoring of every
// question (the live score and skip logic need them all), but text only in the reader's language
// (English where it has none) and, for questions of other pillars, no text at all. The page sent to
// a focal point on a slow link shrinks from every language of every question to one pillar's text.
import type { TLocalizedText } from "./format-schema";
import type { TLanguage } from "./constants";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "./model";
import type { TPillarId } from "./constants";

function inLanguage(text: TLocalizedText, locale: string): TLocalizedText {
  const own = text[locale as TLanguage];
  // English stays the key a fallback reads (localized() falls back to it); the other languages go.
  return own && locale !== "en" ? { en: "", [locale]: own } : { en: text.en };
}

const EMPTY: TLocalizedText = { en: "" };

function question(q: TNormalizedQuestion, locale: string, keepText: boolean): TNormalizedQuestion {
  const text = (t: TLocalizedText | undefined) => (t ? (keepText ? inLanguage(t, locale) : EMPTY) : undefined);
  const slim = {
    ...q,
    text: text(q.text)!,
    guidance: keepText ? text(q.guidance) : undefined,
    evidenceExamples: keepText ? text(q.evidenceExamples) : undefined,
    references: keepText ? q.references : [],
  } as TNormalizedQuestion;
  if (slim.type === "single-choice" || slim.type === "multiple-choice") slim.options = slim.options.map((o) => ({ ...o, label: text(o.label)! }));
  if (slim.type === "number" && slim.unit) slim.unit = text(slim.unit);
  return slim;
}

/** A version without its lookup maps (they repeat every question): what is sent to the browser. */
export type TFormVersion = Omit<TNormalizedQuestionnaire, "questionById" | "indicatorById">;

/** The lookup maps again, in the browser. */
export function withLookups(version: TFormVersion): TNormalizedQuestionnaire {
  return {
    ...version,
    questionById: Object.fromEntries(version.questions.map((q) => [q.id, q])),
    indicatorById: Object.fromEntries(version.indicators.map((i) => [i.id, i])),
  };
}

export function versionForForm(version: TNormalizedQuestionnaire, locale: string, pillar: TPillarId): TFormVersion {
  const questions = version.questions.map((q) => question(q, locale, q.pillar === pillar));
  const indicators = version.indicators.map((i) => ({
    ...i,
    title: inLanguage(i.title, locale),
    description: i.pillar === pillar && i.description ? inLanguage(i.description, locale) : undefined,
  }));
  const { questionById: _q, indicatorById: _i, ...rest } = version;
  return {
    ...rest,
    title: inLanguage(version.title, locale),
    description: undefined,
    disclaimer: inLanguage(version.disclaimer, locale),
    terminology: undefined,
    tiers: version.tiers.map((t) => ({ ...t, label: inLanguage(t.label, locale) })),
    pillars: version.pillars.map((p) => ({ ...p, title: inLanguage(p.title, locale), description: undefined })),
    indicators,
    questions,
    // The live score lists the findings; their recommendations and sources are for the report.
    gapRules: version.gapRules.map((g) => ({ ...g, message: inLanguage(g.message, locale), action: EMPTY, reference: "" })),
  };
}
