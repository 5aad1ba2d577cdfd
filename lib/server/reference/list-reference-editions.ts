import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { db } from "../db";
import { forbidden } from "../errors";

/** Editions of published results loaded so far, newest first, with their country counts. */
export async function listReferenceEditions(actor: TActor): Promise<{ edition: number; count: number }[]> {
  if (!isAdmin(actor)) throw forbidden("Only admins manage reference results");
  const groups = await db().referenceResult.groupBy({ by: ["edition"], _count: { _all: true }, orderBy: { edition: "desc" } });
  return groups.map((g) => ({ edition: g.edition, count: g._count._all }));
}
