// Checks on maturity stages: every requirement names a choice question of its own indicator and
// answers it has; an edition declares stages for all its indicators or for none.
import { answerChoices, choiceKey } from "./answer-values";
import { DECLARED_STAGES } from "./constants";
import type { TQuestionnaireFile, TStageRequirement } from "./format-schema";
import type { TDataPath, TRawProblem } from "./problems";

export function checkStages(file: TQuestionnaireFile): TRawProblem[] {
  const problems: TRawProblem[] = [];
  const indicators = file.pillars.flatMap((pillar, p) =>
    pillar.indicators.map((indicator, i) => ({ indicator, path: ["pillars", p, "indicators", i] as TDataPath })),
  );
  const staged = indicators.filter((e) => e.indicator.stages);
  if (staged.length > 0)
    for (const { indicator, path } of indicators)
      if (!indicator.stages)
        problems.push({ path: [...path, "stages"], message: `indicator ${indicator.id} declares no maturity stages, while others of this edition do` });
  for (const { indicator, path } of staged) {
    const questions = new Map(indicator.questions.map((q) => [q.id, q]));
    for (const stage of DECLARED_STAGES) {
      indicator.stages![stage].forEach((requirement: TStageRequirement, r) => {
        const at: TDataPath = [...path, "stages", stage, r];
        const answers = "any" in requirement ? requirement.any.map((a, k) => ({ a, at: [...at, "any", k] as TDataPath })) : [{ a: requirement, at }];
        for (const { a, at: where } of answers) {
          const question = questions.get(a.question);
          if (!question) {
            problems.push({
              path: [...where, "question"],
              message: `stage ${stage} refers to ${a.question}, which is not a question of indicator ${indicator.id}`,
            });
            continue;
          }
          const choices = answerChoices(question);
          if (!choices) {
            problems.push({
              path: [...where, "question"],
              message: `stage ${stage} cannot test ${question.id}, a ${question.type} question (use a yes-no, scale or choice question)`,
            });
            continue;
          }
          const allowed = choices.map((c) => c.value);
          a.in.forEach((value, v) => {
            if (!allowed.includes(choiceKey(value)))
              problems.push({
                path: [...where, "in", v],
                message: `stage value ${JSON.stringify(value)} is not an answer of ${question.id} (${allowed.join(", ")})`,
              });
          });
        }
      });
    }
  }
  return problems;
}
