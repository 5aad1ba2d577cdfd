import "server-only";
import { ZValidationDeadline, type TValidationDeadline } from "../../assessments/cycle-schemas";
import { isAdmin, type TActor } from "../../authz/policy";
import { audit } from "../audit";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

/** An admin sets the day by which countries confirm or correct desk research (the end of that day, UTC). */
export async function setValidationDeadline(actor: TActor, cycleId: string, raw: TValidationDeadline) {
  if (!isAdmin(actor)) throw forbidden("Only admins set a cycle's validation deadline");
  const { deadline } = ZValidationDeadline.parse(raw);
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { validationDeadline: true } });
  if (!cycle) throw notFound("Unknown cycle");
  const at = deadline ? new Date(`${deadline}T23:59:59Z`) : null;
  return db().$transaction(async (tx) => {
    await tx.cycle.update({ where: { id: cycleId }, data: { validationDeadline: at } });
    await audit(tx, actor, {
      action: "cycle.validation-deadline",
      entityType: "cycle",
      entityId: cycleId,
      data: { from: cycle.validationDeadline?.toISOString() ?? null, to: at?.toISOString() ?? null },
    });
    return { validationDeadline: at };
  });
}
