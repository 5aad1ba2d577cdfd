// Turns a validated questionnaire file into the normalized version with derived points.
// Pure: the caller supplies the content hash (computed where I/O and crypto live).
import { type TQuestion, type TQuestionnaireFile } from "./format-schema";
import { DEFAULT_SCALE_CREDITS } from "./constants";
import { POINTS_PER_PILLAR, type TNormalizedIndicator, type TNormalizedPillar, type TNormalizedQuestion, type TNormalizedQuestionnaire } from "./model";

/** Highest credit any answer to this question can earn (0 for questions that cannot earn credit). */
export function maxCredit(q: TQuestion): number {
  switch (q.type) {
    case "yes-no":
      return 1;
    case "scale":
      return Math.max(...Object.values({ ...DEFAULT_SCALE_CREDITS, ...q.credits }));
    case "single-choice":
      return Math.max(0, ...q.options.map((o) => o.credit));
    case "multiple-choice":
      return Math.min(
        q.maxCredit,
        q.options.reduce((sum, o) => sum + o.credit, 0),
      );
    case "number":
      return Math.max(0, ...(q.steps ?? []).map((s) => s.credit));
    case "text":
    case "date":
      return 0;
  }
}

/** A question earns credit when it is not informational, has weight, and some answer earns credit. */
export function isScored(q: TQuestion): boolean {
  return !q.informational && q.weight > 0 && maxCredit(q) > 0;
}

export function normalizeQuestionnaire(file: TQuestionnaireFile, options: { hash: string }): TNormalizedQuestionnaire {
  const pillars: TNormalizedPillar[] = [];
  const indicators: TNormalizedIndicator[] = [];
  const questions: TNormalizedQuestion[] = [];

  for (const pillar of file.pillars) {
    const scoredIndicators = pillar.indicators.filter((i) => i.weight > 0 && i.questions.some(isScored));
    const indicatorWeightSum = scoredIndicators.reduce((sum, i) => sum + i.weight, 0);
    pillars.push({
      id: pillar.id,
      title: pillar.title,
      description: pillar.description,
      points: POINTS_PER_PILLAR,
      indicatorIds: pillar.indicators.map((i) => i.id),
    });

    for (const indicator of pillar.indicators) {
      const indicatorPoints = indicatorWeightSum > 0 && scoredIndicators.includes(indicator) ? (POINTS_PER_PILLAR * indicator.weight) / indicatorWeightSum : 0;
      const questionWeightSum = indicator.questions.filter(isScored).reduce((sum, q) => sum + q.weight, 0);
      indicators.push({
        id: indicator.id,
        pillar: pillar.id,
        title: indicator.title,
        description: indicator.description,
        weight: indicator.weight,
        points: indicatorPoints,
        questionIds: indicator.questions.map((q) => q.id),
        ...(indicator.stages ? { stages: indicator.stages } : {}),
      });
      for (const question of indicator.questions) {
        const scored = isScored(question) && indicatorPoints > 0;
        questions.push({
          ...question,
          pillar: pillar.id,
          indicator: indicator.id,
          index: questions.length,
          scored,
          points: scored ? (indicatorPoints * question.weight) / questionWeightSum : 0,
        });
      }
    }
  }

  return {
    key: `${file.id}@${file.version}`,
    id: file.id,
    version: file.version,
    status: file.status,
    hash: options.hash,
    title: file.title,
    description: file.description,
    disclaimer: file.disclaimer,
    terminology: file.terminology,
    tiers: [...file.tiers].sort((a, b) => b.min - a.min),
    pillars,
    indicators,
    questions,
    questionById: Object.fromEntries(questions.map((q) => [q.id, q])),
    indicatorById: Object.fromEntries(indicators.map((i) => [i.id, i])),
    gapRules: file.gapRules,
  };
}
