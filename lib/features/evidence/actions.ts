"use server";
import { z } from "zod";
import { defineAction } from "@/lib/server/entry/define-action";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { setEvidencePublic } from "@/lib/server/evidence/set-evidence-public";
import { ZEvidencePublic } from "../../assessments/publication";
import { ZAddLinkAction, ZRemoveEvidence } from "../../evidence/schemas";

// Authorization is decided inside each operation (visibility, pillar, edit window), so it holds for
// the API as well. Uploads are not an action: the panel posts them to the API route, which has no
// server-action body limit.
const byOperation = () => undefined;

export const addLinkAction = defineAction({
  schema: ZAddLinkAction,
  authorize: byOperation,
  run: (actor, { assessmentId, ...link }) => addEvidenceLink(actor, assessmentId, link),
});

export const removeEvidenceAction = defineAction({
  schema: ZRemoveEvidence,
  authorize: byOperation,
  run: (actor, { evidenceId }) => removeEvidence(actor, evidenceId),
});

export const evidencePublicAction = defineAction({
  schema: z.object({ evidenceId: z.string().min(1).max(100), ...ZEvidencePublic.shape }),
  authorize: byOperation,
  run: (actor, { evidenceId, isPublic }) => setEvidencePublic(actor, evidenceId, { isPublic }),
});
