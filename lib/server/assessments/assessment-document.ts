import "server-only";
import type { TActor } from "../../authz/policy";
import { scoreAssessment } from "../../scoring/score";
import { loadAssessment } from "./load-assessment";

/** The JSON representation of one assessment: status, answers with revisions, and its scores. */
export async function assessmentDocument(actor: TActor, id: string) {
  const { assessment, version, answers } = await loadAssessment(actor, id);
  const score = scoreAssessment(version, answers, { validated: assessment.status === "validated" });
  return {
    id: assessment.id,
    country: assessment.countryIso3,
    cycle: { id: assessment.cycle.id, name: assessment.cycle.name, opensAt: assessment.cycle.opensAt, closesAt: assessment.cycle.closesAt },
    questionnaire: version.key,
    status: assessment.status,
    submittedAt: assessment.submittedAt,
    answers: Object.fromEntries(
      assessment.answers.map((a) => [a.questionId, { value: JSON.parse(a.value), revision: a.revision, comment: a.comment, carriedForward: a.carriedForward, updatedAt: a.updatedAt }]),
    ),
    score: {
      preview: score.preview,
      overall: score.overall.display,
      tier: score.tier.tier,
      pillars: Object.fromEntries(Object.entries(score.pillars).map(([k, p]) => [k, p.display])),
      completion: score.completion,
      flags: score.flags.map((f) => ({ id: f.id, severity: f.severity })),
      questionnaireHash: score.questionnaireHash,
      rulesVersion: score.rulesVersion,
    },
  };
}
