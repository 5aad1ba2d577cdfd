// answers + version -> question, indicator, pillar and overall scores, tier, completion, flags,
// explanation and next steps. Pure and deterministic: the browser preview, the server and the CLI
// all call this one function.
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { evaluateGapRulesInContext } from "@/lib/gaps/evaluate-gap-rules";
import { readAnswerState } from "./applicability";
import { compileVersion } from "./compile";
import { buildExplanation, shownCents } from "./explanation";
import { buildNextSteps } from "./next-steps";
import { tally } from "./tally";
import { totalsFrom } from "./totals";
import type { TIndicatorScore, TQuestionScore, TScoreResult } from "./types";
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
    const shown = shownCents(compiled, raw, area.shown);

    // Loops over the compiled arrays with one object literal per entry: the result itself is most
    // of the work, so nothing else (closures, spreads, lookups by id) is allocated per question.
    const nq = compiled.questions.length;
    const questions = new Array<TQuestionScore>(nq);
    for (let i = 0; i < nq; i++) {
      const q = compiled.questions[i]!;
      const applicable = state.applicable[i] === 1;
      const answered = state.answered[i] === 1;
      questions[i] = {
        id: q.id,
        pillar: q.pillarKey,
        indicator: q.indicatorId,
        credit: applicable && answered ? state.credits[i]! : null,
        points: raw.questions[i]!,
        display: shown.questions[i]! / 100,
        maxPoints: q.points,
        applicable,
        answered,
      };
    }
    const ni = compiled.indicators.length;
    const indicators = new Array<TIndicatorScore>(ni);
    for (let k = 0; k < ni; k++) {
      const ind = compiled.indicators[k]!;
      const score = raw.indicators[k]!;
      indicators[k] = {
        id: ind.id,
        pillar: compiled.pillars[ind.pillar]!.key,
        score,
        display: shown.indicators[k]! / 100,
        maxPoints: ind.points,
        fraction: ind.points > 0 ? score / ind.points : 0,
      };
    }

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
      explanation: buildExplanation(compiled, shown),
      nextSteps,
      ignoredAnswers: state.ignored,
    };
  } finally {
    releaseWorkArea(area);
  }
}
