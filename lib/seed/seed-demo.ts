import "server-only";
import { SYSTEM_ACTOR } from "../authz/policy";
import type { TDb } from "../db/create-client";
import { openCycle } from "../server/cycles/open-cycle";
import { createUser } from "../server/users/create-user";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoAssessments } from "./seed-demo-assessments";

/** Demo data for a fresh, non-production database: idempotent on the demo e-mails. */
export async function seedDemo(db: TDb, now = new Date()): Promise<{ accounts: number; cycle: string | null; answers: number }> {
  let accounts = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
    await createUser(SYSTEM_ACTOR, { ...account, pillars: "pillars" in account ? [...account.pillars] : [], password: DEMO_PASSWORD });
    accounts++;
  }
  // An open cycle so that every focal point has a draft to work on from the first start.
  const year = now.getUTCFullYear();
  const name = `${year} self-assessment (demo)`;
  const cycle = (await db.cycle.findUnique({ where: { name } }))
    ? null
    : await openCycle(SYSTEM_ACTOR, { name, questionnaireKey: "five-pillars@2024", opensOn: `${year}-01-01`, closesOn: `${year + 1}-12-31`, scope: "all" });
  // Fictitious results for every country in two cycles, so that dashboards have something to show.
  const assessments = await seedDemoAssessments(db, name, now);
  return { accounts, cycle: cycle ? name : null, answers: assessments?.answers ?? 0 };
}
