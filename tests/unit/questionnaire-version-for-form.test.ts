// The version the pillar form gets in the browser scores exactly like the full one, shows the
// reader's language for its pillar, and is a fraction of the size.
import { describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { localized } from "@/lib/i18n/localized";
import { PILLAR_IDS } from "@/lib/questionnaire/format-schema";
import { versionForForm, withLookups } from "@/lib/questionnaire/version-for-form";
import { scoreAssessment } from "@/lib/scoring/score";
import { answersTemplate } from "@/lib/scoring/templates";
import { demoAnswers } from "@/lib/seed/demo-answers";

describe("versionForForm", () => {
  it.each(PILLAR_IDS.flatMap((p) => ["en", "ar", "zh"].map((l) => [p, l] as const)))(
    "%s in %s: same scores, the pillar's text in that language",
    async (pillar, locale) => {
      const full = await loadVersion("five-pillars@2024");
      const slim = withLookups(versionForForm(full, locale, pillar));
      const mixed = [40, 70].map((score) => demoAnswers(full, `form:${pillar}:${score}`, score, 0.8));
      for (const answers of [answersTemplate(full, "best"), answersTemplate(full, "worst"), ...mixed]) {
        expect(scoreAssessment(slim, answers).overall).toEqual(scoreAssessment(full, answers).overall);
        expect(scoreAssessment(slim, answers).pillars).toEqual(scoreAssessment(full, answers).pillars);
        expect(scoreAssessment(slim, answers).flags.map((f) => f.id)).toEqual(scoreAssessment(full, answers).flags.map((f) => f.id));
      }
      for (const q of full.questions) {
        const shown = localized(slim.questionById[q.id]!.text, locale);
        expect(shown).toBe(q.pillar === pillar ? localized(q.text, locale) : "");
      }
      expect(localized(slim.pillars.find((p) => p.id === pillar)!.title, locale)).toBe(localized(full.pillars.find((p) => p.id === pillar)!.title, locale));
      expect(JSON.stringify(versionForForm(full, locale, pillar)).length).toBeLessThan(JSON.stringify(full).length / 4);
    },
  );
});
