// Checks on the shape of a schema-valid questionnaire that zod cannot express:
// pillars, unique ids, number steps, scale credits, tiers, and that every pillar can earn points.
import { answerChoices } from "./answer-values";
import { type TQuestion, type TQuestionnaireFile } from "./format-schema";
import { PILLAR_IDS } from "./constants";
import { isScored } from "./normalize";
import type { TDataPath, TRawProblem } from "./problems";

/** Every question with its data path and id-based location, in file order. */
export function questionsWithPaths(file: TQuestionnaireFile): { question: TQuestion; path: TDataPath; where: string }[] {
  return file.pillars.flatMap((pillar, p) =>
    pillar.indicators.flatMap((indicator, i) =>
      indicator.questions.map((question, q) => ({
        question,
        path: ["pillars", p, "indicators", i, "questions", q],
        where: `${pillar.id}/${indicator.id}/${question.id}`,
      })),
    ),
  );
}

export function checkStructure(file: TQuestionnaireFile): TRawProblem[] {
  return [...checkPillars(file), ...checkUniqueIds(file), ...checkQuestions(file), ...checkTiers(file)];
}

function checkPillars(file: TQuestionnaireFile): TRawProblem[] {
  const problems: TRawProblem[] = [];
  const seen = new Set<string>();
  file.pillars.forEach((pillar, p) => {
    if (seen.has(pillar.id)) problems.push({ path: ["pillars", p, "id"], message: `pillar ${pillar.id} appears more than once` });
    seen.add(pillar.id);
    const scored = pillar.indicators.some((i) => i.weight > 0 && i.questions.some(isScored));
    if (!scored)
      problems.push({
        path: ["pillars", p],
        message: `pillar has no scored question, so its 20 points could never be earned`,
      });
  });
  for (const id of PILLAR_IDS) {
    if (!seen.has(id)) problems.push({ path: ["pillars"], message: `pillar ${id} is missing` });
  }
  return problems;
}

function checkUniqueIds(file: TQuestionnaireFile): TRawProblem[] {
  const problems: TRawProblem[] = [];
  const indicators = new Map<string, string>();
  const questions = new Map<string, string>();
  file.pillars.forEach((pillar, p) =>
    pillar.indicators.forEach((indicator, i) => {
      const first = indicators.get(indicator.id);
      if (first)
        problems.push({
          path: ["pillars", p, "indicators", i, "id"],
          message: `duplicate indicator id ${indicator.id} (first used in pillar ${first})`,
        });
      else indicators.set(indicator.id, pillar.id);
      indicator.questions.forEach((question, q) => {
        const earlier = questions.get(question.id);
        if (earlier)
          problems.push({
            path: ["pillars", p, "indicators", i, "questions", q, "id"],
            message: `duplicate question id ${question.id} (first used at ${earlier})`,
          });
        else questions.set(question.id, `${pillar.id}/${indicator.id}/${question.id}`);
      });
    }),
  );
  return problems;
}

function checkQuestions(file: TQuestionnaireFile): TRawProblem[] {
  return questionsWithPaths(file).flatMap(({ question, path }) => {
    switch (question.type) {
      case "single-choice":
      case "multiple-choice":
        return checkOptionIds(question.options, path);
      case "number":
        return checkNumber(question, path);
      case "scale":
        return checkScaleCredits(question, path);
      default:
        return [];
    }
  });
}

function checkOptionIds(options: { id: string }[], path: TDataPath): TRawProblem[] {
  const seen = new Set<string>();
  return options.flatMap((option, o) => {
    const duplicate = seen.has(option.id);
    seen.add(option.id);
    return duplicate ? [{ path: [...path, "options", o, "id"], message: `duplicate option id ${option.id}` }] : [];
  });
}

function checkNumber(question: Extract<TQuestion, { type: "number" }>, path: TDataPath): TRawProblem[] {
  const problems: TRawProblem[] = [];
  const { min, max } = question;
  if (min !== undefined && max !== undefined && min > max) problems.push({ path: [...path, "min"], message: `min ${min} is above max ${max}` });
  const steps = question.steps ?? [];
  steps.forEach((step, s) => {
    const at = [...path, "steps", s];
    const previous = steps[s - 1];
    if (previous && step.atLeast <= previous.atLeast)
      problems.push({
        path: [...at, "atLeast"],
        message: `step ${s + 1} atLeast ${step.atLeast} must be above step ${s} atLeast ${previous.atLeast} (list steps from smallest to largest)`,
      });
    if (previous && step.credit < previous.credit)
      problems.push({
        path: [...at, "credit"],
        message: `step ${s + 1} credit ${step.credit} is below step ${s} credit ${previous.credit}: a larger answer must not earn less`,
      });
    if (max !== undefined && step.atLeast > max)
      problems.push({ path: [...at, "atLeast"], message: `step ${s + 1} atLeast ${step.atLeast} is above max ${max}, so it can never be reached` });
  });
  return problems;
}

function checkScaleCredits(question: Extract<TQuestion, { type: "scale" }>, path: TDataPath): TRawProblem[] {
  // Levels come best first; defaults fill the levels the file leaves out.
  const levels = answerChoices(question) ?? [];
  return levels.flatMap((level, i) => {
    const better = levels[i - 1];
    return better && level.credit > better.credit
      ? [
          {
            path: [...path, "credits", level.value],
            message: `credits: ${level.value} (${level.credit}) earns more than ${better.value} (${better.credit}); the scale is best first`,
          },
        ]
      : [];
  });
}

function checkTiers(file: TQuestionnaireFile): TRawProblem[] {
  const problems: TRawProblem[] = [];
  const seen = new Set<number>();
  file.tiers.forEach((tier, t) => {
    if (seen.has(tier.tier)) problems.push({ path: ["tiers", t, "tier"], message: `tier ${tier.tier} is defined more than once` });
    seen.add(tier.tier);
  });
  if (!file.tiers.some((tier) => tier.min === 0)) problems.push({ path: ["tiers"], message: "no tier has min 0, so a low score would have no tier" });
  const byNumber = file.tiers.map((tier, t) => ({ ...tier, t })).sort((a, b) => a.tier - b.tier);
  byNumber.forEach((tier, k) => {
    const previous = byNumber[k - 1];
    if (previous && previous.tier !== tier.tier && tier.min >= previous.min)
      problems.push({
        path: ["tiers", tier.t, "min"],
        message: `min ${tier.min} must be below the min of tier ${previous.tier} (${previous.min}): tier 1 is the highest`,
      });
  });
  return problems;
}
