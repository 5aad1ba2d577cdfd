import "server-only";
// What the evidence routes of JSON API v1 answer, as zod: the OpenAPI document is generated from
// these, and the routes check at compile time that what they send fits them.
import { z } from "zod";

const ZEvidenceBase = z.object({
  id: z.string(),
  questionId: z.string(),
  createdAt: z.iso.datetime().describe("ISO 8601"),
  createdByName: z.string().nullable(),
});

export const ZEvidenceLink = ZEvidenceBase.extend({ kind: z.literal("link"), url: z.string(), title: z.string().nullable() });

export const ZEvidenceFile = ZEvidenceBase.extend({
  kind: z.literal("file"),
  fileName: z.string().describe("The sanitized display name; its extension matches the detected type"),
  size: z.number().int().describe("Bytes"),
  mimeType: z.string().describe("Detected from the content"),
  sha256: z.string(),
});

export const ZEvidenceItem = z.discriminatedUnion("kind", [ZEvidenceLink, ZEvidenceFile]);

/** GET /assessments/{id}/evidence: keyed by question id, oldest first; questions without evidence are absent. */
export const ZEvidenceList = z.object({ evidence: z.record(z.string(), z.array(ZEvidenceItem)) });

/** POST /assessments/{id}/evidence: the link or document just added. */
export const ZEvidenceAdded = z.object({ evidence: ZEvidenceItem });

/** DELETE /evidence/{evidenceId}. */
export const ZEvidenceRemoved = z.object({ removed: z.object({ id: z.string() }) });

/** POST /evidence/{evidenceId}/public: whether the link shows on the public country profile. */
export const ZEvidencePublicSet = z.object({ id: z.string(), isPublic: z.boolean() });
