import type { NextRequest } from "next/server";
import { MAX_EVIDENCE_FILE_BYTES, ZAddLink } from "@/lib/features/evidence/schemas";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";
import { AppError } from "@/lib/server/errors";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { listEvidence } from "@/lib/server/evidence/list-evidence";
import { uploadEvidenceFile } from "@/lib/server/evidence/upload-evidence-file";

// Room for the multipart boundaries and the questionId field around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => ({ evidence: await listEvidence(actor, params.id) }));

/** JSON {questionId, url, title?} adds a link; multipart/form-data {questionId, file} uploads a document. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) {
    return { evidence: await addEvidenceLink(actor, params.id, ZAddLink.parse(await readJson(request))) };
  }
  // Refused before the body is read, so an oversized upload costs no memory.
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_EVIDENCE_FILE_BYTES + MULTIPART_OVERHEAD) throw tooLarge();
  const form = await readForm(request);
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
  return { evidence: await uploadEvidenceFile(actor, params.id, { questionId, fileName: file.name, bytes }) };
});

const tooLarge = () => new AppError("invalid", `The file is larger than ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB`, { file: "Too large" });

async function readForm(request: NextRequest): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new AppError("bad-request", "The request body is not valid multipart/form-data");
  }
}
