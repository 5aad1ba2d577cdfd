import "server-only";
import type { TActor } from "../../authz/policy";
import { notFound } from "../errors";
import { findVisibleEvidence } from "./evidence-access";
import { openEvidenceFile } from "./evidence-storage";

export type TEvidenceDownload = { stream: ReadableStream<Uint8Array>; size: number; mimeType: string; fileName: string; sha256: string };

/** An uploaded document for whoever may see its assessment (country users, reviewers, admins). */
export async function readEvidenceFile(actor: TActor, evidenceId: string): Promise<TEvidenceDownload> {
  const row = await findVisibleEvidence(actor, evidenceId);
  if (row.kind !== "file" || !row.storageKey) throw notFound("This evidence is a link, not a file");
  const { stream, size } = await openEvidenceFile(row.storageKey);
  return { stream, size, mimeType: row.mimeType ?? "application/octet-stream", fileName: row.fileName ?? "document", sha256: row.sha256 ?? "" };
}
