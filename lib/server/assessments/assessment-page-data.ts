import "server-only";
import { countryMayEdit } from "../../authz/assessment-rules";
import { canViewCountry, editablePillars, isFocalPointOf, seesAllCountries, type TActor } from "../../authz/policy";
import type { TPillarId } from "../../questionnaire/format-schema";
import { previousValidated } from "./carry-forward-assessment";
import { loadAssessment } from "./load-assessment";

/** What the assessment pages need, with the person's rights decided by the policy. */
export async function assessmentPageData(actor: TActor, id: string) {
  const loaded = await loadAssessment(actor, id);
  const { assessment } = loaded;
  const window = countryMayEdit({ status: assessment.status, ...assessment.cycle }, new Date());
  const editable = window.ok ? editablePillars(actor, assessment.countryIso3) : [];
  // Contributors see only the pillars they were given; the focal point and reviewers see all five.
  const visiblePillars: TPillarId[] =
    seesAllCountries(actor) || isFocalPointOf(actor, assessment.countryIso3)
      ? loaded.version.pillars.map((p) => p.id)
      : canViewCountry(actor, assessment.countryIso3)
        ? editablePillars(actor, assessment.countryIso3)
        : [];
  const initial = Object.fromEntries(
    assessment.answers.map((a) => [a.questionId, { value: JSON.parse(a.value), revision: a.revision, comment: a.comment, carriedForward: a.carriedForward }]),
  );
  const canSubmit = isFocalPointOf(actor, assessment.countryIso3);
  // Offered only where it can be used: the focal point, an editable assessment with no answer yet.
  const previous =
    canSubmit && window.ok && assessment.answers.length === 0 ? await previousValidated(assessment.countryIso3, assessment.cycle.opensAt) : null;
  return { ...loaded, window, editable, visiblePillars, initial, canSubmit, previous: previous ? { name: previous.cycle.name } : null };
}
