import "server-only";
import { pillarScope, type TPillarScope } from "../../authz/pillar-scope";
import { canViewCountry, readablePillars, type TActor } from "../../authz/policy";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

/**
 * What of an assessment the actor may read, without loading its answers: for the reads that return
 * evidence, history or audit entries. Another country's assessment is "not found".
 */
export async function assessmentScope(actor: TActor, assessmentId: string): Promise<{ countryIso3: string; scope: TPillarScope }> {
  const row = await db().assessment.findUnique({
    where: { id: assessmentId },
    select: { countryIso3: true, cycle: { select: { questionnaireVersionId: true } } },
  });
  if (!row || !canViewCountry(actor, row.countryIso3)) throw notFound("Assessment not found");
  const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
  return { countryIso3: row.countryIso3, scope: pillarScope(version, readablePillars(actor, row.countryIso3)) };
}
