// The questionnaire's fixed vocabulary: pillar ids, languages, the four-level scale. No zod here, so
// the answer form in the browser can use them without downloading the format's validators.

export const PILLAR_IDS = ["legal", "technical", "organizational", "capacity-development", "cooperation"] as const;
export type TPillarId = (typeof PILLAR_IDS)[number];

export const LANGUAGES = ["en", "fr", "ar", "zh", "ru", "es"] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** The GCI 2024 four-level scale, best first. */
export const SCALE_VALUES = ["in-place", "partially-in-place", "in-progress", "not-in-place"] as const;
export type TScaleValue = (typeof SCALE_VALUES)[number];
export const DEFAULT_SCALE_CREDITS: Record<TScaleValue, number> = {
  "in-place": 1,
  "partially-in-place": 0.5,
  "in-progress": 0.25,
  "not-in-place": 0,
};

/**
 * Maturity stages of an indicator, lowest first, as in the Oxford Global Cyber Security Capacity
 * Maturity Model (CMM). Start-up is where every indicator begins; each indicator declares what
 * reaches the other four.
 */
export const MATURITY_STAGES = ["start-up", "formative", "established", "strategic", "dynamic"] as const;
export type TMaturityStage = (typeof MATURITY_STAGES)[number];
/** The stages an indicator declares requirements for (start-up needs none). */
export const DECLARED_STAGES = ["formative", "established", "strategic", "dynamic"] as const satisfies readonly TMaturityStage[];
