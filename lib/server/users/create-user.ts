import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { grantProblem, isAdmin, isFocalPointOf, type TActor } from "../../authz/policy";
import { ZCreateUser, type TCreateUser } from "../../authz/user-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";

export type TCreatedUser = { id: string; email: string; name: string; oneTimePassword?: string };

/** Creates an account with its first role. Admins create any; focal points create contributors for their country. */
export async function createUser(actor: TActor, raw: TCreateUser): Promise<TCreatedUser> {
  const input = await ZCreateUser.parseAsync(raw);
  const grant = { role: input.role, countryIso3: input.countryIso3 ?? null, pillars: input.pillars };
  const problem = grantProblem(grant);
  if (problem) throw new AppError("invalid", problem, { role: problem });
  const delegating = input.role === "contributor" && grant.countryIso3 !== null && isFocalPointOf(actor, grant.countryIso3);
  if (!isAdmin(actor) && !delegating) throw forbidden("Only admins create accounts; focal points invite contributors");

  if (grant.countryIso3 && !(await db().country.findUnique({ where: { iso3: grant.countryIso3 } }))) {
    throw new AppError("invalid", `Unknown country ${grant.countryIso3}`, { countryIso3: "Unknown country" });
  }
  if (await db().user.findUnique({ where: { email: input.email } })) {
    throw new AppError("conflict", `An account for ${input.email} already exists`, { email: "This e-mail already has an account" });
  }
  const oneTimePassword = input.password ? undefined : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  const id = randomUUID();
  await db().$transaction(async (tx) => {
    await tx.user.create({ data: { id, email: input.email, name: input.name, emailVerified: false } });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash },
    });
    await tx.roleGrant.create({
      data: {
        userId: id,
        role: grant.role,
        countryIso3: grant.countryIso3,
        pillars: JSON.stringify(grant.pillars),
        grantedById: actor.via === "system" ? null : actor.userId,
      },
    });
    await audit(tx, actor, { action: "user.create", entityType: "user", entityId: id, data: { email: input.email, ...grant } });
  });
  return { id, email: input.email, name: input.name, oneTimePassword };
}
