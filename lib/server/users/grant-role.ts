import "server-only";
import { grantProblem, isAdmin, type TActor } from "../../authz/policy";
import { ZGrantRole, ZRevokeRole, type TGrantRole } from "../../authz/user-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { endSessions } from "./end-sessions";

export async function grantRole(actor: TActor, raw: TGrantRole): Promise<{ grantId: string }> {
  if (!isAdmin(actor)) throw forbidden("Only admins grant roles");
  const input = ZGrantRole.parse(raw);
  const grant = { role: input.role, countryIso3: input.countryIso3 ?? null, pillars: input.pillars };
  const problem = grantProblem(grant);
  if (problem) throw new AppError("invalid", problem, { role: problem });
  if (!(await db().user.findUnique({ where: { id: input.userId } }))) throw notFound("Unknown user");
  if (grant.countryIso3 && !(await db().country.findUnique({ where: { iso3: grant.countryIso3 } }))) {
    throw new AppError("invalid", `Unknown country ${grant.countryIso3}`, { countryIso3: "Unknown country" });
  }
  // A focal point represents exactly one country.
  if (grant.role === "focal-point") {
    const other = await db().roleGrant.findFirst({ where: { userId: input.userId, role: "focal-point" } });
    if (other) throw new AppError("conflict", `This person is already the focal point of ${other.countryIso3}`);
  }
  const existing = await db().roleGrant.findFirst({ where: { userId: input.userId, role: grant.role, countryIso3: grant.countryIso3 } });
  return db().$transaction(async (tx) => {
    const row = existing
      ? await tx.roleGrant.update({ where: { id: existing.id }, data: { pillars: JSON.stringify(grant.pillars) } })
      : await tx.roleGrant.create({
          data: {
            userId: input.userId,
            role: grant.role,
            countryIso3: grant.countryIso3,
            pillars: JSON.stringify(grant.pillars),
            grantedById: actor.via === "system" ? null : actor.userId,
          },
        });
    await audit(tx, actor, { action: "role.grant", entityType: "user", entityId: input.userId, data: grant });
    // A role change ends the person's sessions at once: they sign in again under the new roles.
    await endSessions(input.userId, tx);
    return { grantId: row.id };
  });
}

export async function revokeRole(actor: TActor, raw: { grantId: string }): Promise<void> {
  if (!isAdmin(actor)) throw forbidden("Only admins revoke roles");
  const { grantId } = ZRevokeRole.parse(raw);
  const grant = await db().roleGrant.findUnique({ where: { id: grantId } });
  if (!grant) throw notFound("Unknown role grant");
  if (grant.userId === actor.userId && grant.role === "admin") {
    throw new AppError("conflict", "You cannot revoke your own admin role; ask another admin");
  }
  await db().$transaction(async (tx) => {
    await tx.roleGrant.delete({ where: { id: grantId } });
    await audit(tx, actor, { action: "role.revoke", entityType: "user", entityId: grant.userId, data: { role: grant.role, countryIso3: grant.countryIso3 } });
    await endSessions(grant.userId, tx);
  });
}
