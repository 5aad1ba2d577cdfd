import { responds } from "@/lib/api/typed-response";
import { ZEvidencePublic } from "@/lib/assessments/publication";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";
import { ZEvidencePublicSet } from "@/lib/server/evidence/evidence-responses";
import { setEvidencePublic } from "@/lib/server/evidence/set-evidence-public";

/** The focal point shows a link on the public country profile, or hides it (documents never show). */
export const POST = defineRoute<{ evidenceId: string }>(async ({ actor, request, params }) =>
  responds(ZEvidencePublicSet, await setEvidencePublic(actor, params.evidenceId, ZEvidencePublic.parse(await readJson(request)))),
);
