import "server-only";
import { parseStoredScore } from "../../assessments/stored-score";
import { SCORING_RULES_VERSION } from "../../scoring";
import { stagesFingerprint } from "../../maturity/maturity-stages";
import { db } from "../db";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { recordScore } from "./record-score";

/**
 * Stores the score of record again wherever the stored one is of an older format, rules version,
 * questionnaire hash or stage definitions (after an upgrade), so that every view reads a current score. Each assessment
 * is recomputed in its own transaction from what it reads there. Returns how many were stale.
 */
export async function recomputeStaleScores(): Promise<number> {
  const rows = await db().assessment.findMany({
    where: { scoreJson: { not: null } },
    select: { id: true, scoreJson: true, rulesVersion: true, scoredHash: true, cycle: { select: { questionnaireVersionId: true } } },
  });
  let stale = 0;
  for (const row of rows) {
    const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
    const stored = parseStoredScore(row.scoreJson);
    if (row.rulesVersion === SCORING_RULES_VERSION && row.scoredHash === version.hash && stored?.stagesFingerprint === stagesFingerprint(version)) continue;
    stale++;
    await db().$transaction(async (tx) => {
      const locked = await tx.assessment.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } });
      await recordScore(tx, row.id, version, locked.status);
    });
  }
  return stale;
}
