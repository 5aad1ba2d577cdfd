// Plain-data views of a normalized version for people and tools (CLI `list` and `show`, docs, review UI).
// Points are rounded to 4 decimals here only: the normalized version keeps exact values for scoring.
import { answerChoices, type TChoice } from "./answer-values";
import type { TQuestion } from "./format-schema";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "./model";

export const POINTS_DECIMALS = 4;

export function roundPoints(points: number): number {
  const factor = 10 ** POINTS_DECIMALS;
  return Math.round(points * factor) / factor;
}

export type TVersionSummary = {
  id: string;
  version: string;
  status: "draft" | "published";
  indicators: number;
  questions: number;
  hash: string;
};

export function versionSummary(version: TNormalizedQuestionnaire): TVersionSummary {
  return {
    id: version.id,
    version: version.version,
    status: version.status,
    indicators: version.indicators.length,
    questions: version.questions.length,
    hash: version.hash,
  };
}

export type TQuestionView = Pick<
  TNormalizedQuestion,
  "id" | "pillar" | "indicator" | "type" | "text" | "weight" | "informational" | "required" | "scored" | "evidence" | "showIf"
> & {
  points: number;
  /** Discrete answers with their credit (yes-no, scale and choice questions). */
  choices?: TChoice[];
  /** Type-specific settings: maxCredit, min/max/unit/steps, maxLength. */
  settings?: Record<string, unknown>;
};

export function describeQuestion(question: TNormalizedQuestion): TQuestionView {
  const settings = questionSettings(question);
  const choices = answerChoices(question);
  return {
    id: question.id,
    pillar: question.pillar,
    indicator: question.indicator,
    type: question.type,
    text: question.text,
    weight: question.weight,
    informational: question.informational,
    required: question.required,
    scored: question.scored,
    points: roundPoints(question.points),
    evidence: question.evidence,
    ...(question.showIf ? { showIf: question.showIf } : {}),
    ...(choices ? { choices } : {}),
    ...(settings ? { settings } : {}),
  };
}

function questionSettings(question: TQuestion): Record<string, unknown> | undefined {
  switch (question.type) {
    case "multiple-choice":
      return { maxCredit: question.maxCredit };
    case "number":
      return { min: question.min, max: question.max, unit: question.unit, steps: question.steps ?? [] };
    case "text":
      return { maxLength: question.maxLength };
    default:
      return undefined;
  }
}

/** Everything `questionnaire show --format json` prints. */
export function describeVersion(version: TNormalizedQuestionnaire) {
  return {
    key: version.key,
    id: version.id,
    version: version.version,
    status: version.status,
    hash: version.hash,
    title: version.title,
    pillars: version.pillars.map((p) => ({ id: p.id, title: p.title, points: roundPoints(p.points), indicators: p.indicatorIds })),
    indicators: version.indicators.map((i) => ({
      id: i.id,
      pillar: i.pillar,
      title: i.title,
      weight: i.weight,
      points: roundPoints(i.points),
      questions: i.questionIds,
    })),
    questions: version.questions.map(describeQuestion),
    tiers: version.tiers,
    gapRules: version.gapRules,
  };
}
