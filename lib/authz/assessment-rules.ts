// When may a country change its assessment? Pure, so the form, the API and the tests agree.
export type TAssessmentStatus = "draft" | "submitted" | "in-review" | "returned" | "validated";
export const ASSESSMENT_STATUSES: readonly TAssessmentStatus[] = ["draft", "submitted", "in-review", "returned", "validated"];

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
