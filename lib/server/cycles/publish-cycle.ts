import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { ZPublishCycle, type TPublishCycle } from "../../assessments/publication";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";

/**
 * An admin makes a cycle's results public under a rule, or withdraws them. Publishing twice keeps
 * the first date (links and citations point at it) and records a changed rule.
 */
export async function publishCycle(actor: TActor, cycleId: string, raw: TPublishCycle) {
  if (!isAdmin(actor)) throw forbidden("Only admins publish a cycle's results");
  const input = ZPublishCycle.parse(raw);
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, publishedAt: true, publicationRule: true } });
  if (!cycle) throw notFound("Unknown cycle");
  if (input.action === "withdraw" && !cycle.publishedAt) throw new AppError("conflict", "This cycle's results are not published");
  return db().$transaction(async (tx) => {
    const data =
      input.action === "publish"
        ? { publishedAt: cycle.publishedAt ?? new Date(), publishedById: actor.via === "system" ? null : actor.userId, publicationRule: input.rule }
        : { publishedAt: null, publishedById: null };
    const row = await tx.cycle.update({ where: { id: cycleId }, data, select: { publishedAt: true, publicationRule: true } });
    await audit(tx, actor, {
      action: `cycle.${input.action}`,
      entityType: "cycle",
      entityId: cycleId,
      data: input.action === "publish" ? { rule: input.rule, previousRule: cycle.publishedAt ? cycle.publicationRule : null } : {},
    });
    return { publishedAt: row.publishedAt, publicationRule: row.publicationRule };
  });
}
