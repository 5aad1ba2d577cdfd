// Test factories: the same operations the seed and the app use, with unique e-mails per call.
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR, type TActor, type TRole } from "@/lib/authz/policy";
import type { TPillarId } from "@/lib/questionnaire/format-schema";
import { seedCountries } from "@/lib/seed/seed-countries";
import { db } from "@/lib/server/db";
import { loadActor } from "@/lib/server/load-actor";
import { createUser } from "@/lib/server/users/create-user";

export const TEST_PASSWORD = "correct-horse-battery-2026";

export async function makeUser(role: TRole, opts: { country?: string; pillars?: TPillarId[]; password?: string } = {}): Promise<TActor> {
  const email = `${role}.${randomUUID().slice(0, 8)}@test.example.org`;
  // A country grant needs the country: a file run first, on an empty database, must not rely on another's seed.
  if (opts.country) await seedCountries(db());
  const created = await createUser(SYSTEM_ACTOR, {
    email,
    name: `Test ${role}`,
    role,
    countryIso3: opts.country,
    pillars: opts.pillars ?? [],
    password: opts.password ?? TEST_PASSWORD,
  });
  const actor = await loadActor(created.id, "session");
  if (!actor) throw new Error("factory: user not loadable");
  return actor;
}
