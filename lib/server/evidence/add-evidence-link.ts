import "server-only";
import { z } from "zod";
import type { TActor } from "../../authz/policy";
import { ZAddLink, type TAddLink } from "../../evidence/schemas";
import type { TEvidenceLink } from "../../evidence/types";
import { audit } from "../audit";
import { db } from "../db";
import { assertStillEditable, authorizeEvidenceEdit } from "./evidence-access";
import { evidenceSelect, toEvidenceItem } from "./evidence-item";

/** Adds a web link (http or https only) as evidence for one answer. */
export async function addEvidenceLink(actor: TActor, assessmentId: string, raw: TAddLink): Promise<TEvidenceLink> {
  const input = z.parse(ZAddLink, raw);
  const { assessment } = await authorizeEvidenceEdit(actor, assessmentId, input.questionId);
  const row = await db().$transaction(async (tx) => {
    await assertStillEditable(tx, assessment);
    const created = await tx.evidence.create({
      data: { assessmentId, questionId: input.questionId, kind: "link", url: input.url, fileName: input.title || null, createdById: actor.userId },
      select: evidenceSelect,
    });
    await audit(tx, actor, {
      action: "evidence.add-link",
      entityType: "evidence",
      entityId: created.id,
      assessmentId,
      data: { questionId: input.questionId, url: input.url },
    });
    return created;
  });
  return toEvidenceItem(row, new Map([[actor.userId, actor.name]])) as TEvidenceLink;
}
