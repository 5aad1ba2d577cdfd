import "server-only";
import { SYSTEM_ACTOR } from "../authz/policy";
import { allProblems, loadQuestionnaireSet } from "../files/questionnaire-files";
import { formatProblem } from "../questionnaire/problems";
import { logger } from "../server/logger";
import { importQuestionnaireVersion } from "../server/questionnaires/import-questionnaire-version";

/** Imports every shipped questionnaire version; a broken file stops the start with its problems. */
export async function seedQuestionnaires(dir = "questionnaires"): Promise<Record<string, string>> {
  const set = await loadQuestionnaireSet(dir);
  const problems = allProblems(set, { translations: false });
  if (problems.length > 0) throw new Error(`Questionnaire files have problems:\n${problems.map(formatProblem).join("\n")}`);
  // A stale translation key loses one string (English shows instead); `questionnaire validate` fails on it in CI.
  for (const problem of set.translationProblems) logger.warn({ problem: formatProblem(problem) }, "translation file problem");
  const outcome: Record<string, string> = {};
  for (const { version, texts } of set.questionnaires) outcome[version.key] = await importQuestionnaireVersion(SYSTEM_ACTOR, version, texts);
  return outcome;
}
