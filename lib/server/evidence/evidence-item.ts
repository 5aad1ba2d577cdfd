import "server-only";
import type { TEvidenceItem } from "../../evidence/types";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";

export const evidenceSelect = {
  id: true,
  questionId: true,
  kind: true,
  url: true,
  fileName: true,
  size: true,
  mimeType: true,
  sha256: true,
  createdAt: true,
  createdById: true,
} satisfies Prisma.EvidenceSelect;

export type TEvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** Display names of the people who added the rows, in one query. */
export async function creatorNames(rows: readonly TEvidenceRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  if (ids.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The API shape of a row. A link's optional title lives in `fileName`: the column holds the display name of either kind. */
export function toEvidenceItem(row: TEvidenceRow, names: Map<string, string>): TEvidenceItem {
  const base = {
    id: row.id,
    questionId: row.questionId,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdById ? (names.get(row.createdById) ?? null) : null,
  };
  if (row.kind === "link") return { ...base, kind: "link", url: row.url ?? "", title: row.fileName };
  return {
    ...base,
    kind: "file",
    fileName: row.fileName ?? "document",
    size: row.size ?? 0,
    mimeType: row.mimeType ?? "application/octet-stream",
    sha256: row.sha256 ?? "",
  };
}
