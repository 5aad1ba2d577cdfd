import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { seedCountries } from "@/lib/seed/seed-countries";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser } from "@/lib/server/users/create-user";
import { grantRole, revokeRole } from "@/lib/server/users/grant-role";
import { listUsers } from "@/lib/server/users/list-users";
import { makeUser } from "../support/factories";

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "none";
  } catch (error) {
    return error instanceof AppError ? error.code : `unexpected: ${String(error)}`;
  }
}

beforeAll(async () => {
  await seedCountries(db());
});

describe("creating accounts", () => {
  it("an admin creates a focal point, who gets a one-time password and a grant for one country", async () => {
    const admin = await makeUser("admin");
    const created = await createUser(admin, { email: "new.focal@test.example.org", name: "New Focal", role: "focal-point", countryIso3: "ken" });
    expect(created.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const grants = await db().roleGrant.findMany({ where: { userId: created.id } });
    expect(grants).toMatchObject([{ role: "focal-point", countryIso3: "KEN" }]);
    const audit = await db().auditLog.findFirst({ where: { entityId: created.id, action: "user.create" } });
    expect(audit).not.toBeNull();
  });

  it.each([
    ["a reviewer", "reviewer", { role: "admin" as const }, "forbidden"],
    ["a focal point creating an admin", "focal-point", { role: "admin" as const }, "forbidden"],
    [
      "a focal point inviting a contributor of another country",
      "focal-point",
      { role: "contributor" as const, countryIso3: "FRA", pillars: ["legal" as const] },
      "forbidden",
    ],
    ["a contributor inviting a contributor", "contributor", { role: "contributor" as const, countryIso3: "KEN", pillars: ["legal" as const] }, "forbidden"],
  ])("%s is refused", async (_label, role, input, code) => {
    const actor = await makeUser(role as "reviewer", { country: role === "reviewer" ? undefined : "KEN", pillars: role === "contributor" ? ["legal"] : [] });
    // Looked up by its e-mail: other files create users meanwhile.
    const email = `x.${randomUUID()}@test.example.org`;
    expect(await errorCode(createUser(actor, { email, name: "X", ...input }))).toBe(code);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("a focal point invites a contributor for their own country and chosen pillars", async () => {
    const focal = await makeUser("focal-point", { country: "KEN" });
    const created = await createUser(focal, {
      email: `c.${Date.now()}@test.example.org`,
      name: "C",
      role: "contributor",
      countryIso3: "KEN",
      pillars: ["legal", "technical"],
    });
    const grant = await db().roleGrant.findFirstOrThrow({ where: { userId: created.id } });
    expect(JSON.parse(grant.pillars)).toEqual(["legal", "technical"]);
  });

  it.each([
    [{ role: "focal-point" as const }, "invalid", "a focal point without a country"],
    [{ role: "reviewer" as const, countryIso3: "KEN" }, "invalid", "a reviewer bound to a country"],
    [{ role: "contributor" as const, countryIso3: "KEN" }, "invalid", "a contributor without pillars"],
    [{ role: "focal-point" as const, countryIso3: "XYZ" }, "invalid", "an unknown country"],
  ])("rejects %o (%s) and creates nothing", async (input, code, _label) => {
    const email = `bad.${randomUUID()}@test.example.org`;
    expect(await errorCode(createUser(SYSTEM_ACTOR, { email, name: "Bad", ...input }))).toBe(code);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("refuses a second account for the same e-mail", async () => {
    const user = await makeUser("reviewer");
    expect(await errorCode(createUser(SYSTEM_ACTOR, { email: user.email.toUpperCase(), name: "Dup", role: "reviewer" }))).toBe("conflict");
  });
});

describe("granting and revoking roles", () => {
  it("an admin grants and revokes; the audit log records both", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("reviewer");
    const { grantId } = await grantRole(admin, { userId: user.userId, role: "contributor", countryIso3: "FRA", pillars: ["cooperation"] });
    await revokeRole(admin, { grantId });
    const actions = (await db().auditLog.findMany({ where: { entityId: user.userId }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["role.grant", "role.revoke"]));
    expect(await db().roleGrant.count({ where: { userId: user.userId, role: "contributor" } })).toBe(0);
  });

  it("a focal point represents exactly one country", async () => {
    const focal = await makeUser("focal-point", { country: "KEN" });
    expect(await errorCode(grantRole(SYSTEM_ACTOR, { userId: focal.userId, role: "focal-point", countryIso3: "FRA" }))).toBe("conflict");
  });

  it("only admins grant, revoke and list", async () => {
    const reviewer = await makeUser("reviewer");
    const user = await makeUser("reviewer");
    expect(await errorCode(grantRole(reviewer, { userId: user.userId, role: "admin" }))).toBe("forbidden");
    const grant = await db().roleGrant.findFirstOrThrow({ where: { userId: user.userId } });
    expect(await errorCode(revokeRole(reviewer, { grantId: grant.id }))).toBe("forbidden");
    expect(await errorCode(listUsers(reviewer))).toBe("forbidden");
  });

  it("an admin cannot revoke their own admin role", async () => {
    const admin = await makeUser("admin");
    const grant = await db().roleGrant.findFirstOrThrow({ where: { userId: admin.userId, role: "admin" } });
    expect(await errorCode(revokeRole(admin, { grantId: grant.id }))).toBe("conflict");
  });
});
