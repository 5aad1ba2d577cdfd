import { z } from "zod";
import { responds } from "@/lib/api/typed-response";
import { MAX_EVIDENCE_FILE_BYTES, ZAddLink } from "@/lib/evidence/schemas";
import { defineRoute, readForm, readJson } from "@/lib/server/entry/define-route";
import { findMalformedText } from "@/lib/server/entry/clean-text";
import { mediaType } from "@/lib/server/entry/read-body";
import { AppError } from "@/lib/server/errors";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { ZEvidenceAdded, ZEvidenceList } from "@/lib/server/evidence/evidence-responses";
import { listEvidence } from "@/lib/server/evidence/list-evidence";
import { uploadEvidenceFile } from "@/lib/server/evidence/upload-evidence-file";

// Room for the multipart boundaries and the questionId field around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => responds(ZEvidenceList, { evidence: await listEvidence(actor, params.id) }));

/** JSON {questionId, url, title?} adds a link; multipart/form-data {questionId, file} uploads a document. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (mediaType(request) !== "multipart/form-data") {
    return responds(ZEvidenceAdded, { evidence: await addEvidenceLink(actor, params.id, z.parse(ZAddLink, await readJson(request))) });
  }
  // Counted while streaming: an upload over the limit is refused (413) with or without a Content-Length.
  const form = await readForm(request, MAX_EVIDENCE_FILE_BYTES + MULTIPART_OVERHEAD, tooLarge());
  const malformed = findMalformedText(form);
  if (malformed) throw new AppError("bad-request", `The form ${malformed}`);
  const questionId = form.get("questionId");
  const file = form.get("file");
  if (typeof questionId !== "string" || !questionId || !(file instanceof File)) {
    throw new AppError("invalid", "Send the fields questionId and file", {
      ...(typeof questionId === "string" && questionId ? {} : { questionId: "Required" }),
      ...(file instanceof File ? {} : { file: "Required" }),
    });
  }
  if (file.size > MAX_EVIDENCE_FILE_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await file.arrayBuffer());
  return responds(ZEvidenceAdded, { evidence: await uploadEvidenceFile(actor, params.id, { questionId, fileName: file.name, bytes }) });
});

const tooLarge = () => new AppError("too-large", `The file is larger than ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB`, { file: "Too large" });
