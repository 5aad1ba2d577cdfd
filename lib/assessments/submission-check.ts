// What still blocks a submission: pure, so the form shows the same list the server enforces.
import type { TAnswers, TNormalizedQuestionnaire } from "../questionnaire/model";
import { applicability } from "../scoring/applicability";
import { isUnanswered } from "../scoring/credit";

export type TSubmissionProblem = {
  questionId: string;
  pillar: string;
  kind: "unanswered" | "evidence-missing" | "carried-unconfirmed";
};

export type TEvidenceCount = Record<string, { links: number; documents: number }>;

export function submissionProblems(
  version: TNormalizedQuestionnaire,
  answers: TAnswers,
  evidence: TEvidenceCount,
  carriedUnconfirmed: ReadonlySet<string>,
): TSubmissionProblem[] {
  const applicable = applicability(version, answers);
  const problems: TSubmissionProblem[] = [];
  for (const q of version.questions) {
    if (!applicable[q.id]) continue;
    const at = { questionId: q.id, pillar: q.pillar };
    if (isUnanswered(q, answers[q.id])) {
      if (q.required) problems.push({ ...at, kind: "unanswered" });
      continue;
    }
    if (carriedUnconfirmed.has(q.id)) problems.push({ ...at, kind: "carried-unconfirmed" });
    // Evidence backs a positive claim: an answer that earns no credit needs none.
    const e = evidence[q.id] ?? { links: 0, documents: 0 };
    const missing =
      (q.evidence === "link" && e.links === 0) || (q.evidence === "document" && e.documents === 0) || (q.evidence === "either" && e.links + e.documents === 0);
    if (missing && claimsCredit(version, q.id, answers)) problems.push({ ...at, kind: "evidence-missing" });
  }
  return problems;
}

function claimsCredit(version: TNormalizedQuestionnaire, id: string, answers: TAnswers): boolean {
  const q = version.questionById[id]!;
  const v = answers[id];
  switch (q.type) {
    case "yes-no":
      return v === "yes";
    case "scale":
      return v !== "not-in-place";
    case "single-choice":
      return (q.options.find((o) => o.id === v)?.credit ?? 0) > 0;
    case "multiple-choice":
      return Array.isArray(v) && v.length > 0;
    default:
      return !q.informational;
  }
}
