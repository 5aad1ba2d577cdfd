// Self-reported versus validated: the validated answers are the country's answers with the
// reviewers' adjustments applied; every question whose points moved is listed with the reason.
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "../questionnaire/model";
import { scoreAssessment } from "../scoring/score";

export type TAdjustment = { questionId: string; value: TAnswerValue; reason: string | null };
export type TScoreDifference = { questionId: string; pillar: string; before: number; after: number; reason: string | null; selfValue: TAnswerValue | undefined; validatedValue: TAnswerValue };

export function validatedAnswers(answers: TAnswers, adjustments: TAdjustment[]): TAnswers {
  const out = { ...answers };
  for (const a of adjustments) out[a.questionId] = a.value;
  return out;
}

export function compareScores(version: TNormalizedQuestionnaire, answers: TAnswers, adjustments: TAdjustment[]) {
  const self = scoreAssessment(version, answers);
  const validated = scoreAssessment(version, validatedAnswers(answers, adjustments), { validated: true });
  const reasonOf = new Map(adjustments.map((a) => [a.questionId, a]));
  const differences: TScoreDifference[] = [];
  for (let i = 0; i < self.questions.length; i++) {
    const before = self.questions[i]!;
    const after = validated.questions[i]!;
    const adjustment = reasonOf.get(before.id);
    if (adjustment && (Math.abs(before.points - after.points) > 1e-9 || JSON.stringify(answers[before.id]) !== JSON.stringify(adjustment.value))) {
      differences.push({
        questionId: before.id,
        pillar: before.pillar,
        before: before.display,
        after: after.display,
        reason: adjustment.reason,
        selfValue: answers[before.id],
        validatedValue: adjustment.value,
      });
    }
  }
  return { self, validated, differences, delta: Math.round((validated.overall.display - self.overall.display) * 100) / 100 };
}
