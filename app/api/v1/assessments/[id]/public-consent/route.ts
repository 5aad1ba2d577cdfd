import { responds } from "@/lib/api/typed-response";
import { ZPublicConsent } from "@/lib/assessments/publication";
import { ZPublicConsentSet } from "@/lib/server/assessments/assessment-responses";
import { setPublicConsent } from "@/lib/server/assessments/set-public-consent";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";

/** The focal point agrees to publication of the validated result, or withdraws that agreement. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) =>
  responds(ZPublicConsentSet, await setPublicConsent(actor, params.id, ZPublicConsent.parse(await readJson(request)))),
);
