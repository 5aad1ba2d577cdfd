import "server-only";
import { scoreOfRecord } from "../../assessments/score-of-record";
import { summarize } from "../../assessments/stored-score";
import { flagWithinScope } from "../../authz/pillar-scope";
import type { TActor } from "../../authz/policy";
import { db } from "../db";
import { choiceKey } from "../../questionnaire/answer-values";
import type { TIndicatorMaturity } from "../../maturity/maturity-stages";
import { loadAssessment } from "./load-assessment";
import { adjustmentsFrom, reviewSelect } from "./record-score";

const keys = (a: { question: string; in: (string | boolean)[] }) => ({ question: a.question, in: a.in.map(choiceKey) });

/** Requirements with answer values as the API stores them (a YAML `true` is the answer "yes"). */
function asStoredValues(m: TIndicatorMaturity) {
  const missing = m.next?.missing.map((r) => ("any" in r ? { any: r.any.map(keys) } : keys(r)));
  return { ...m, next: m.next && { stage: m.next.stage, missing: missing! } };
}

/**
 * The JSON representation of one assessment: status, answers with revisions, and its score of
 * record: self-reported and validated (null until a reviewer has acted), and which one single-number
 * views show (`basis`).
 */
export async function assessmentDocument(actor: TActor, id: string) {
  const { assessment, version, answers, scope } = await loadAssessment(actor, id);
  const reviews = await db().answerReview.findMany({ where: { assessmentId: id }, select: reviewSelect });
  const record = scoreOfRecord(version, answers, adjustmentsFrom(reviews), { status: assessment.status, reviewed: reviews.length > 0 });
  // A contributor reads the answers and flags of their own pillars; the scores are aggregates.
  const keepFlag = (f: { triggeredBy: readonly string[] }) => flagWithinScope(scope, f);
  return {
    id: assessment.id,
    country: assessment.countryIso3,
    cycle: { id: assessment.cycle.id, name: assessment.cycle.name, opensAt: assessment.cycle.opensAt, closesAt: assessment.cycle.closesAt },
    questionnaire: version.key,
    status: assessment.status,
    submittedAt: assessment.submittedAt,
    answers: Object.fromEntries(
      assessment.answers
        .filter((a) => scope.allows(a.questionId))
        .map((a) => [
          a.questionId,
          { value: JSON.parse(a.value), revision: a.revision, comment: a.comment, carriedForward: a.carriedForward, updatedAt: a.updatedAt },
        ]),
    ),
    score: {
      basis: record.basis,
      selfReported: summarize(record.selfReported, keepFlag),
      validated: record.validated ? summarize(record.validated, keepFlag) : null,
      /** Of the score `basis` names: distance to the tier boundaries and whether +-10% pillar weights keep the tier. */
      tierStability: record.tierStability,
      maturity: record.maturity.filter((m) => version.indicatorById[m.indicator]!.questionIds.some((q) => scope.allows(q))).map(asStoredValues),
      questionnaireHash: record.selfReported.questionnaireHash,
      rulesVersion: record.selfReported.rulesVersion,
    },
  };
}
