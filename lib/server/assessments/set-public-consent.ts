import "server-only";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { ZPublicConsent, type TPublicConsent } from "../../assessments/publication";
import { audit } from "../audit";
import { db } from "../db";
import { forbidden } from "../errors";
import { loadAssessment } from "./load-assessment";

/**
 * The focal point agrees that the country's validated result may be published when the cycle is,
 * or withdraws that agreement (the public pages drop the country at once). Agreement may be given
 * before validation: it covers the result as validated.
 */
export async function setPublicConsent(actor: TActor, assessmentId: string, raw: TPublicConsent) {
  const input = ZPublicConsent.parse(raw);
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (!isFocalPointOf(actor, assessment.countryIso3)) throw forbidden("Only the national focal point decides on publication");
  return db().$transaction(async (tx) => {
    const row = await tx.assessment.update({
      where: { id: assessmentId },
      data: input.consent
        ? { publicConsentAt: new Date(), publicConsentById: actor.via === "system" ? null : actor.userId }
        : { publicConsentAt: null, publicConsentById: null },
      select: { publicConsentAt: true },
    });
    await audit(tx, actor, {
      action: input.consent ? "assessment.public-consent.given" : "assessment.public-consent.withdrawn",
      entityType: "assessment",
      entityId: assessmentId,
      assessmentId,
    });
    return { publicConsentAt: row.publicConsentAt };
  });
}
