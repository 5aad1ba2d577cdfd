import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, markClientAddressStamped } from "@/lib/net/client-address";
import { seedCountries } from "@/lib/seed/seed-countries";
import { auth } from "@/lib/server/auth";
import { actorFromBearer, actorFromHeaders } from "@/lib/server/current-actor";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { hashTokenSecret } from "@/lib/server/tokens/token-secret";
import { issueResetLink } from "@/lib/server/users/issue-reset-link";
import { makeUser, TEST_PASSWORD } from "../support/factories";

const origin = () => env().APP_URL;

function signIn(email: string, password: string, ip = "203.0.113.7") {
  return auth().handler(
    new Request(`${origin()}/api/auth/sign-in/email`, {
      method: "POST",
      // The client address as scripts/serve.ts stamps it from the socket (X-Forwarded-For is not believed).
      headers: { "content-type": "application/json", origin: origin(), [CLIENT_ADDRESS_HEADER]: ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  markClientAddressStamped();
  await seedCountries(db());
});

describe("signing in", () => {
  it("a correct password opens a session with an httpOnly, SameSite cookie stored in the database", async () => {
    const user = await makeUser("reviewer");
    const response = await signIn(user.email, TEST_PASSWORD, "203.0.113.10");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(1);
    const headers = new Headers({ cookie: cookie.split(";")[0]! });
    expect((await actorFromHeaders(headers))?.email).toBe(user.email);
  });

  it("a wrong password is refused with 401 and no session", async () => {
    const user = await makeUser("reviewer");
    const response = await signIn(user.email, "not-the-password", "203.0.113.11");
    expect(response.status).toBe(401);
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
  });

  it("limits sign-in attempts per address and minute", async () => {
    const user = await makeUser("reviewer");
    const statuses: number[] = [];
    // A different (unknown) account each time, so only the address limit applies (the account limit is
    // covered in accounts-sessions.integration.test.ts).
    for (let i = 0; i < env().SIGN_IN_RATE_LIMIT + 2; i++)
      statuses.push((await signIn(`nobody.${i}@test.example.org`, "wrong-password", "203.0.113.99")).status);
    expect(statuses.slice(0, env().SIGN_IN_RATE_LIMIT).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not affected.
    expect((await signIn(user.email, TEST_PASSWORD, "203.0.113.100")).status).toBe(200);
  });

  it("self sign-up is disabled: accounts come from admins, focal points and the CLI", async () => {
    const response = await auth().handler(
      new Request(`${origin()}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: origin() },
        body: JSON.stringify({ email: "self@test.example.org", password: "long-enough-password", name: "Self" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db().user.findUnique({ where: { email: "self@test.example.org" } })).toBeNull();
  });
});

describe("admin-issued password reset link", () => {
  it("sets a new password once; the old password and the reused link stop working", async () => {
    const user = await makeUser("focal-point", { country: "KEN" });
    const { url } = await issueResetLink(SYSTEM_ACTOR, { userId: user.userId }, "fr");
    expect(url).toMatch(/\/fr\/reset-password\?token=/);
    const token = new URL(url).searchParams.get("token")!;
    await auth().api.resetPassword({ body: { newPassword: "a-brand-new-password-1", token } });
    expect((await signIn(user.email, TEST_PASSWORD, "203.0.113.20")).status).toBe(401);
    expect((await signIn(user.email, "a-brand-new-password-1", "203.0.113.21")).status).toBe(200);
    await expect(auth().api.resetPassword({ body: { newPassword: "yet-another-password-2", token } })).rejects.toThrow();
  });
});

describe("personal API tokens", () => {
  it("authenticate as their owner; only a hash is stored; revoked and expired tokens stop working", async () => {
    const focal = await makeUser("focal-point", { country: "KEN" });
    const token = await createApiToken(focal, { name: "integration" });
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);

    const actor = await actorFromBearer(`Bearer ${token.secret}`);
    expect(actor).toMatchObject({ email: focal.email, via: "token", grants: [{ role: "focal-point", countryIso3: "KEN" }] });
    expect(await actorFromBearer(`Bearer ${token.secret}x`)).toBeNull();
    expect(await actorFromBearer("Bearer fp_nonsense")).toBeNull();

    await revokeApiToken(focal, { tokenId: token.id });
    expect(await actorFromBearer(`Bearer ${token.secret}`)).toBeNull();

    const expiring = await createApiToken(focal, { name: "short", expiresInDays: 1 });
    await db().apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromBearer(`Bearer ${expiring.secret}`)).toBeNull();
  });

  it("another person's token cannot be revoked (reported as not found)", async () => {
    const owner = await makeUser("reviewer");
    const other = await makeUser("reviewer");
    const token = await createApiToken(owner, { name: "mine" });
    await expect(revokeApiToken(other, { tokenId: token.id })).rejects.toMatchObject({ code: "not-found" });
    expect(await actorFromBearer(`Bearer ${token.secret}`)).not.toBeNull();
  });

  it("a disabled account's tokens stop working", async () => {
    const user = await makeUser("reviewer");
    const token = await createApiToken(user, { name: "t" });
    await db().user.update({ where: { id: user.userId }, data: { disabledAt: new Date() } });
    expect(await actorFromBearer(`Bearer ${token.secret}`)).toBeNull();
  });
});
