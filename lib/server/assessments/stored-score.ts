import "server-only";
import type { TAnswers, TNormalizedQuestionnaire } from "../../questionnaire/model";
import { evaluateGapRules } from "../../gaps/evaluate-gap-rules";
import { scoreTotals } from "../../scoring/totals";

/**
 * The score columns kept on an assessment, with the version hash and rules version that produced
 * them, so a stored score can always be recomputed and compared.
 */
export function storedScore(version: TNormalizedQuestionnaire, answers: TAnswers) {
  const totals = scoreTotals(version, answers);
  const flags = evaluateGapRules(version, answers).map((f) => f.id);
  return {
    overallScore: totals.overall.display,
    tier: totals.tier.tier,
    scoredHash: totals.questionnaireHash,
    rulesVersion: totals.rulesVersion,
    scoreJson: JSON.stringify({
      overall: totals.overall.display,
      pillars: Object.fromEntries(Object.entries(totals.pillars).map(([k, p]) => [k, p.display])),
      completion: totals.completion,
      flags,
    }),
  };
}
