// An open cycle with assessments for the given countries, created the way admins do it.
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { seedCountries } from "@/lib/seed/seed-countries";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { recordScore } from "@/lib/server/assessments/record-score";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";

export async function openTestCycle(countries: string[], options: { questionnaire?: string; opensOn?: string; closesOn?: string } = {}) {
  await seedCountries(db());
  await seedQuestionnaires();
  const { cycleId } = await openCycle(SYSTEM_ACTOR, {
    name: `Test cycle ${randomUUID().slice(0, 8)}`,
    questionnaireKey: options.questionnaire ?? "five-pillars@2024",
    opensOn: options.opensOn ?? "2020-01-01",
    closesOn: options.closesOn ?? "2099-12-31",
    scope: "list",
    countries,
  });
  const rows = await db().assessment.findMany({ where: { cycleId }, select: { id: true, countryIso3: true } });
  return { cycleId, byCountry: Object.fromEntries(rows.map((r) => [r.countryIso3, r.id])) as Record<string, string> };
}

/** Stores an assessment's score of record the way the app does after a change (for rows written directly). */
export async function recordScoreOf(assessmentId: string) {
  const row = await db().assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { status: true, cycle: { select: { questionnaireVersionId: true } } },
  });
  const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
  return db().$transaction((tx) => recordScore(tx, assessmentId, version, row.status));
}
