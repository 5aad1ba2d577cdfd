// The scoring API for the UI, the server and the CLI. Pure: no I/O, runs in the browser too.
export { answerSchemaFor, validateAnswers, describeValue, type TAnswerProblem, type TPresentAnswer } from "./answer-value";
export { ZAnswersFile, type TAnswersFile } from "./answers-file";
export { applicability, applicableQuestionIds } from "./applicability";
export { bestAnswer, credit, isUnanswered, worstAnswer, type TAnswerChoice } from "./credit";
export { formatScoreTable } from "./format-table";
export { round2 } from "./rounding";
export { SCORING_RULES_VERSION, scoreAssessment, type TScoreOptions } from "./score";
export { answersTemplate, type TTemplateFill } from "./templates";
export { tierFor } from "./tiers";
export { tierStability, type TTierStability } from "./tier-stability";
export { scoreTotals } from "./totals";
export type * from "./types";
export { conditionHolds, evaluateGapRules, type TGapFlag } from "@/lib/gaps/evaluate-gap-rules";
