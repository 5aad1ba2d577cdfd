// When may a country change its assessment? Pure, so the form, the API and the tests agree.
/**
 * In workflow order. declined: the country said it will not answer this cycle; desk-research: ITU drafts the answers from public sources for a country that
 * has not started; country-validation: the focal point confirms or corrects them before the cycle's
 * deadline; validated-unconfirmed: validated without the country's confirmation once it passed.
 */
export const ASSESSMENT_STATUSES = [
  "draft",
  "declined",
  "desk-research",
  "country-validation",
  "submitted",
  "in-review",
  "returned",
  "validated",
  "validated-unconfirmed",
] as const;
export type TAssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The statuses of a validated result: dashboards, reports, exports and the public pages count these. */
export const VALIDATED_STATUSES = ["validated", "validated-unconfirmed"] as const satisfies readonly TAssessmentStatus[];
export const isValidated = (status: string) => (VALIDATED_STATUSES as readonly string[]).includes(status);

/**
 * The focal point signs off (confirms or disputes) a result validated with the country. A desk-research
 * result validated without the country's confirmation (its deadline passed) has no sign-off to give.
 */
export const awaitsSignOff = (status: string) => status === "validated";

export type TEditWindow = { status: string; opensAt: Date; closesAt: Date };

/**
 * A draft is editable while its cycle is open; after the close date only assessments a reviewer
 * returned stay editable. Submitted, in-review and validated assessments are read-only for the country.
 */
export function countryMayEdit(window: TEditWindow, now: Date): { ok: true } | { ok: false; reason: "not-open" | "closed" | "locked" } {
  if (window.status === "returned") return { ok: true };
  if (window.status !== "draft") return { ok: false, reason: "locked" };
  if (now < window.opensAt) return { ok: false, reason: "not-open" };
  if (now > window.closesAt) return { ok: false, reason: "closed" };
  return { ok: true };
}

/** Who is writing, as the policy sees them for one country and pillar. */
export type TAnswerWriter = { editsPillar: boolean; focalPoint: boolean; reviewer: boolean };
export type TAnswerWindow = TEditWindow & { validationDeadline: Date | null };

/**
 * What a save is, in each status: a country's answer (draft or returned, in the cycle's window), a
 * reviewer's desk research (needs a source), or the focal point's correction of a drafted answer
 * (needs a comment or evidence, before the validation deadline). Anything else is refused: "role"
 * for a person who never writes here (403), the other reasons for a state that does not allow it (409).
 */
export function answerWriteMode(
  window: TAnswerWindow,
  who: TAnswerWriter,
  now: Date,
): { ok: true; mode: "country" | "desk-research" | "correction" } | { ok: false; reason: "role" | "not-open" | "closed" | "locked" | "deadline-passed" } {
  if (who.reviewer) return window.status === "desk-research" ? { ok: true, mode: "desk-research" } : { ok: false, reason: "role" };
  if (!who.editsPillar) return { ok: false, reason: "role" };
  if (window.status === "country-validation") {
    if (!who.focalPoint) return { ok: false, reason: "role" };
    if (!window.validationDeadline || now > window.validationDeadline) return { ok: false, reason: "deadline-passed" };
    return { ok: true, mode: "correction" };
  }
  const edit = countryMayEdit(window, now);
  return edit.ok ? { ok: true, mode: "country" } : edit;
}
