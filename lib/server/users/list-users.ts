import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { db } from "../db";
import { forbidden } from "../errors";
import { parsePillars } from "../load-actor";

export async function listUsers(actor: TActor) {
  if (!isAdmin(actor)) throw forbidden("Only admins list users");
  const users = await db().user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      createdAt: true,
      grants: { select: { id: true, role: true, countryIso3: true, pillars: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return users.map((u) => ({ ...u, grants: u.grants.map((g) => ({ ...g, pillars: parsePillars(g.pillars) })) }));
}
export type TUserRow = Awaited<ReturnType<typeof listUsers>>[number];
