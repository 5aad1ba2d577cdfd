// Which results the public sees. Pure, so the public pages, the open API, the admin's preview and
// the tests apply one rule: a published cycle shows a validated result only when the country
// agreed, or (when the cycle's rule says so) desk research the country did not confirm in time.
import { z } from "zod";
import { isValidated } from "../authz/assessment-rules";
import { deadlinePassed } from "./workflow";

export const PUBLICATION_RULES = ["consented", "consented-or-desk-research-past-deadline"] as const;
export type TPublicationRule = (typeof PUBLICATION_RULES)[number];

export const ASSESSMENT_ORIGINS = ["country", "desk-research"] as const;
export type TAssessmentOrigin = (typeof ASSESSMENT_ORIGINS)[number];

/** What the rule reads of a cycle. */
export type TPublicCycle = { publishedAt: Date | null; publicationRule: string; validationDeadline: Date | null };
/** What the rule reads of an assessment. */
export type TPublicCandidate = { status: string; origin: string; publicConsentAt: Date | null };

export type TPublicationCheck =
  { public: true; basis: "consent" | "deadline-passed" } | { public: false; why: "cycle-unpublished" | "not-validated" | "no-consent" };

/**
 * Desk research the country never confirmed may go public only after the validation deadline has
 * passed, and only when the cycle's rule allows it; everything else needs the focal point's consent.
 */
export function publicationOf(cycle: TPublicCycle, assessment: TPublicCandidate, now: Date): TPublicationCheck {
  if (!cycle.publishedAt || cycle.publishedAt > now) return { public: false, why: "cycle-unpublished" };
  if (!isValidated(assessment.status)) return { public: false, why: "not-validated" };
  if (assessment.publicConsentAt) return { public: true, basis: "consent" };
  const deskPastDeadline =
    cycle.publicationRule === "consented-or-desk-research-past-deadline" &&
    assessment.origin === "desk-research" &&
    deadlinePassed(cycle.validationDeadline, now);
  return deskPastDeadline ? { public: true, basis: "deadline-passed" } : { public: false, why: "no-consent" };
}

export const isPublic = (cycle: TPublicCycle, assessment: TPublicCandidate, now: Date) => publicationOf(cycle, assessment, now).public;

/** Publishing or withdrawing a cycle's results: one schema for the admin form and the server. */
export const ZPublishCycle = z.discriminatedUnion("action", [
  z.object({ action: z.literal("publish"), rule: z.enum(PUBLICATION_RULES) }),
  z.object({ action: z.literal("withdraw") }),
]);
export type TPublishCycle = z.infer<typeof ZPublishCycle>;

/** The focal point agrees to publication of the validated result, or withdraws that agreement. */
export const ZPublicConsent = z.object({ consent: z.boolean() });
export type TPublicConsent = z.infer<typeof ZPublicConsent>;

/** Marking an evidence link public (listed on the country's public page) or private again. */
export const ZEvidencePublic = z.object({ isPublic: z.boolean() });

/** Public URLs name a country by its ISO 3166-1 alpha-3 code, in any case. */
export const ZIso3Param = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Name the country by its three-letter ISO code, e.g. KEN");
