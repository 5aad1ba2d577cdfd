import "server-only";
import { SYSTEM_ACTOR } from "../authz/policy";
import { allProblems, loadQuestionnaireSet } from "../files/questionnaire-files";
import { formatProblem } from "../questionnaire/problems";
import { importQuestionnaireVersion } from "../server/questionnaires/import-questionnaire-version";

/** Imports every shipped questionnaire version; a broken file stops the start with its problems. */
export async function seedQuestionnaires(dir = "questionnaires"): Promise<Record<string, string>> {
  const set = await loadQuestionnaireSet(dir);
  const problems = allProblems(set);
  if (problems.length > 0) throw new Error(`Questionnaire files have problems:\n${problems.map(formatProblem).join("\n")}`);
  const outcome: Record<string, string> = {};
  for (const { version } of set.questionnaires) outcome[version.key] = await importQuestionnaireVersion(SYSTEM_ACTOR, version);
  return outcome;
}
