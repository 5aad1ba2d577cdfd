// answers + version -> question, indicator, pillar and overall scores, tier, completion, flags,
// explanation and next steps. Pure and deterministic: the browser preview, the server and the CLI
// all call this one function.
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { evaluateGapRulesInContext } from "@/lib/gaps/evaluate-gap-rules";
import { readAnswerState } from "./applicability";
import { compileVersion } from "./compile";
import { buildDetail } from "./detail";
import { buildNextSteps } from "./next-steps";
import { tally } from "./tally";
import { totalsFrom } from "./totals";
import type { TScoreResult } from "./types";
import { acquireWorkArea, releaseWorkArea } from "./work-area";

export { SCORING_RULES_VERSION } from "./rules-version";

export type TScoreOptions = {
  /** Scoring a validated submission rather than a draft: the result is no longer a preview. */
  validated?: boolean;
};

export function scoreAssessment(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>, options?: TScoreOptions): TScoreResult {
  const compiled = compileVersion(version);
  // Intermediate numbers go to reused buffers; only the result itself is allocated per call.
  const area = acquireWorkArea(compiled);
  try {
    const state = readAnswerState(compiled, answers, area.state);
    const raw = tally(compiled, state, area.tally);
    // The result itself is most of the work: question scores, explanation question nodes and next
    // steps are shared frozen objects where the answer allows (see shared-parts.ts), and nothing
    // else (closures, spreads, lookups by id) is allocated per question.
    const shown = area.shown;
    const { questions, indicators, explanation } = buildDetail(compiled, state, raw, shown, area.variants);
    const totals = totalsFrom(compiled, raw, shown.overall, shown.pillars);
    const nextSteps = buildNextSteps(compiled, state, raw.steps);
    return {
      questionnaire: totals.questionnaire,
      questionnaireHash: totals.questionnaireHash,
      rulesVersion: totals.rulesVersion,
      preview: options === undefined || options.validated !== true,
      overall: totals.overall,
      tier: totals.tier,
      pillars: totals.pillars,
      indicators,
      questions,
      completion: totals.completion,
      flags: evaluateGapRulesInContext({ compiled, state, indicatorEarned: raw.indicators }),
      explanation,
      nextSteps,
      ignoredAnswers: state.ignored,
    };
  } finally {
    releaseWorkArea(area);
  }
}
