import "server-only";
import { SYSTEM_ACTOR } from "../authz/policy";
import type { TDb } from "../db/create-client";
import { createUser } from "../server/users/create-user";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

/** Demo data for a fresh, non-production database: idempotent on the demo e-mails. */
export async function seedDemo(db: TDb): Promise<{ accounts: number }> {
  let accounts = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
    await createUser(SYSTEM_ACTOR, { ...account, pillars: "pillars" in account ? [...account.pillars] : [], password: DEMO_PASSWORD });
    accounts++;
  }
  return { accounts };
}
