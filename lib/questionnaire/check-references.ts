// Checks on what refers to what: skip logic (showIf), gap-rule conditions and maturity stages.
import { answerChoices, choiceKey, type TChoice } from "./answer-values";
import { questionsWithPaths } from "./check-structure";
import type { TCondition, TQuestion, TQuestionnaireFile } from "./format-schema";
import { isScored } from "./normalize";
import type { TDataPath, TRawProblem } from "./problems";
import { checkStages } from "./check-stages";

export function checkReferences(file: TQuestionnaireFile): TRawProblem[] {
  return [...checkShowIf(file), ...checkGapRules(file), ...checkStages(file)];
}

function checkShowIf(file: TQuestionnaireFile): TRawProblem[] {
  const entries = questionsWithPaths(file);
  const position = new Map(entries.map((e, index) => [e.question.id, index]));
  const guardsScored = scoredSubtrees(entries.map((e) => e.question));
  return entries.flatMap(({ question, path }, index) => {
    const showIf = question.showIf;
    if (!showIf) return [];
    const at = [...path, "showIf"];
    const parentIndex = position.get(showIf.question);
    const parent = parentIndex === undefined ? undefined : entries[parentIndex]?.question;
    if (!parent || parentIndex === undefined) return [{ path: [...at, "question"], message: `showIf refers to unknown question ${showIf.question}` }];
    if (parentIndex >= index)
      return [
        {
          path: [...at, "question"],
          message: `showIf refers to ${showIf.question}, which does not come before this question (showIf may only refer to earlier questions)`,
        },
      ];
    const choices = answerChoices(parent);
    if (!choices)
      return [
        { path: [...at, "question"], message: `showIf cannot depend on ${parent.id}, a ${parent.type} question (use a yes-no, scale or choice question)` },
      ];
    const unknown = unknownValues(showIf.in, choices, parent, [...at, "in"], "showIf");
    if (unknown.length > 0 || !guardsScored.has(question.id)) return unknown;
    return upwardClosure(showIf.in.map(choiceKey), choices, parent, at);
  });
}

/** Ids of questions that are scored or that some scored question depends on through showIf. */
function scoredSubtrees(questions: TQuestion[]): Set<string> {
  const result = new Set<string>();
  // Parents come before their sub-questions, so walking backwards sees every child before its parent.
  for (const question of [...questions].reverse()) {
    if (!isScored(question) && !result.has(question.id)) continue;
    result.add(question.id);
    if (question.showIf) result.add(question.showIf.question);
  }
  return result;
}

// Improving an answer must never hide a scored sub-question: shown values must include every better value.
function upwardClosure(shown: string[], choices: TChoice[], parent: TQuestion, at: TDataPath): TRawProblem[] {
  const lowest = choices.filter((c) => shown.includes(c.value)).sort((a, b) => a.credit - b.credit)[0];
  if (!lowest) return [];
  const hidden = choices.filter((c) => c.credit >= lowest.credit && !shown.includes(c.value));
  return hidden.map((better) => ({
    path: [...at, "in"],
    message: `showIf shows this scored question when ${parent.id} is ${lowest.value} (credit ${lowest.credit}) but hides it when ${parent.id} is ${better.value} (credit ${better.credit}); a better answer must never hide a scored question`,
  }));
}

function unknownValues(values: (string | boolean)[], choices: TChoice[], parent: TQuestion, at: TDataPath, what: string): TRawProblem[] {
  const allowed = choices.map((c) => c.value);
  return values.flatMap((value, v) =>
    allowed.includes(choiceKey(value))
      ? []
      : [{ path: [...at, v], message: `${what} value ${JSON.stringify(value)} is not an answer of ${parent.id} (${allowed.join(", ")})` }],
  );
}

function checkGapRules(file: TQuestionnaireFile): TRawProblem[] {
  const questions = new Map(questionsWithPaths(file).map((e) => [e.question.id, e.question]));
  const indicators = new Map(file.pillars.flatMap((p) => p.indicators).map((i) => [i.id, i]));
  const seen = new Set<string>();
  return file.gapRules.flatMap((rule, r) => {
    const problems: TRawProblem[] = [];
    if (seen.has(rule.id)) problems.push({ path: ["gapRules", r, "id"], message: `duplicate gap rule id ${rule.id}` });
    seen.add(rule.id);
    const check = (condition: TCondition, path: TDataPath): void => {
      if ("all" in condition) return condition.all.forEach((c, k) => check(c, [...path, "all", k]));
      if ("any" in condition) return condition.any.forEach((c, k) => check(c, [...path, "any", k]));
      if ("not" in condition) return check(condition.not, [...path, "not"]);
      if ("indicator" in condition) {
        const indicator = indicators.get(condition.indicator);
        if (!indicator) problems.push({ path: [...path, "indicator"], message: `condition refers to unknown indicator ${condition.indicator}` });
        else if (!indicator.questions.some(isScored))
          problems.push({ path: [...path, "indicator"], message: `indicator ${indicator.id} has no scored question, so scoreBelow never tells answers apart` });
        return;
      }
      const question = questions.get(condition.question);
      if (!question) {
        problems.push({ path: [...path, "question"], message: `condition refers to unknown question ${condition.question}` });
        return;
      }
      if ("in" in condition) {
        const choices = answerChoices(question);
        if (!choices)
          problems.push({
            path: [...path, "in"],
            message: `"in" cannot test ${question.id}, a ${question.type} question (use creditBelow or unanswered)`,
          });
        else problems.push(...unknownValues(condition.in, choices, question, [...path, "in"], "condition"));
      }
      if ("creditBelow" in condition && !isScored(question))
        problems.push({ path: [...path, "creditBelow"], message: `creditBelow cannot tell answers of ${question.id} apart: it earns no credit` });
    };
    check(rule.when, ["gapRules", r, "when"]);
    return problems;
  });
}
