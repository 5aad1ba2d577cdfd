// Issue 13, accounts and sessions: throttling that a client cannot dodge (defect 3), sessions that end
// at once (defect 4), idle and absolute session lifetimes, the audit trail's actor snapshot (defect 6),
// password strength (defect 8) and the origins trusted by default.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, markClientAddressStamped } from "@/lib/net/client-address";
import { seedCountries } from "@/lib/seed/seed-countries";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { audit } from "@/lib/server/audit";
import { auth } from "@/lib/server/auth";
import { actorFromHeaders } from "@/lib/server/current-actor";
import { db } from "@/lib/server/db";
import { auditCsv, auditTrail } from "@/lib/server/review/audit-trail";
import { createUser } from "@/lib/server/users/create-user";
import { grantRole, revokeRole } from "@/lib/server/users/grant-role";
import { issueResetLink } from "@/lib/server/users/issue-reset-link";
import { NextRequest } from "next/server";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser, TEST_PASSWORD } from "../support/factories";

const origin = () => env().APP_URL;
let nextAddress = 1;
/** A distinct client address per test, as scripts/serve.ts stamps it from the socket. */
const freshAddress = () => `192.0.2.${nextAddress++}`;

function post(path: string, body: unknown, opts: { address?: string; forwardedFor?: string; cookie?: string; origin?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json", origin: opts.origin ?? origin() });
  if (opts.address) headers.set(CLIENT_ADDRESS_HEADER, opts.address);
  if (opts.forwardedFor) headers.set("x-forwarded-for", opts.forwardedFor);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  return auth().handler(new Request(`${origin()}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

const signIn = (email: string, password: string, opts: Parameters<typeof post>[2] = {}) =>
  post("/sign-in/email", { email, password }, { address: freshAddress(), ...opts });

/** Every cookie a response sets, as one Cookie header (the session token and any cached session). */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");

async function apiStatus(cookie: string): Promise<number> {
  const request = new NextRequest(`${origin()}/api/v1/me`, { headers: { cookie } });
  return (await me(request, { params: Promise.resolve({}) })).status;
}

async function signedIn(email: string, password = TEST_PASSWORD) {
  const response = await signIn(email, password);
  expect(response.status).toBe(200);
  return cookiesOf(response);
}

beforeAll(async () => {
  markClientAddressStamped();
  await seedCountries(db());
});

describe("sign-in throttling (defect 3)", () => {
  it("a client rotating X-Forwarded-For stays in its own address's bucket", async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < env().SIGN_IN_RATE_LIMIT + 2; i++) {
      // A different unknown account each time: only the address limit applies.
      statuses.push((await signIn(`nobody.${i}.${address}@test.example.org`, "wrong-password-x", { address, forwardedFor: `198.51.100.${i}` })).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it("without a stamp from our server, a forged client-address header is not believed either", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < env().SIGN_IN_RATE_LIMIT + 2; i++) {
      const headers = new Headers({ "content-type": "application/json", origin: origin(), "x-forwarded-for": `198.51.101.${i}` });
      headers.set(CLIENT_ADDRESS_HEADER, `198.51.102.${i}`);
      const forged = new Request(`${origin()}/api/auth/sign-in/email`, {
        method: "POST",
        headers,
        body: JSON.stringify({ email: `forged.${i}@test.example.org`, password: "wrong-password-x" }),
      });
      // The marker is what scripts/serve.ts sets; a bare `next start` never does.
      const key = Symbol.for("five-pillars.client-address-stamped");
      const store = globalThis as unknown as Record<symbol, boolean>;
      store[key] = false;
      try {
        statuses.push((await auth().handler(forged)).status);
      } finally {
        store[key] = true;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    // That shared bucket (the test fallback address) must not throttle the files that run next.
    await db().rateLimit.deleteMany({ where: { key: { startsWith: "127.0.0.1|" } } });
  });

  it("throttles per account across addresses, in the database, with the minutes to wait", async () => {
    const user = await makeUser("reviewer");
    for (let i = 0; i < env().SIGN_IN_ACCOUNT_LIMIT; i++) expect((await signIn(user.email, "wrong-password-x")).status).toBe(401);
    const locked = await signIn(user.email, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    const body = await locked.json();
    expect(body.code).toBe("ACCOUNT_LOCKED");
    expect(body.retryAfter).toBeGreaterThan(60 * (env().SIGN_IN_LOCK_MINUTES - 1));
    expect(body.message).toMatch(/Too many attempts: try again in \d+ minutes?/);
    expect(Number(locked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    // The lock lives in the database (every instance sees it) and lifts when it expires.
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    await db().signInThrottle.update({ where: { key: row.key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("a successful sign-in clears the account's failures", async () => {
    const user = await makeUser("reviewer");
    for (let i = 0; i < env().SIGN_IN_ACCOUNT_LIMIT - 1; i++) await signIn(user.email, "wrong-password-x");
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(200);
    expect((await signIn(user.email, "wrong-password-x")).status).toBe(401);
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it("a disabled account cannot sign in", async () => {
    const user = await makeUser("reviewer");
    await db().user.update({ where: { id: user.userId }, data: { disabledAt: new Date() } });
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(401);
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
  });
});

describe("sessions end at once (defect 4)", () => {
  it("sign-out: replaying the old cookies gives 401 immediately", async () => {
    const user = await makeUser("reviewer");
    const cookie = await signedIn(user.email);
    expect(await apiStatus(cookie)).toBe(200);
    expect((await post("/sign-out", {}, { cookie })).status).toBe(200);
    expect(await apiStatus(cookie)).toBe(401);
    expect(await actorFromHeaders(new Headers({ cookie }))).toBeNull();
  });

  it("a password change ends the other sessions at once, even when the caller asks to keep them", async () => {
    const user = await makeUser("reviewer");
    const here = await signedIn(user.email);
    const elsewhere = await signedIn(user.email);
    const changed = await post(
      "/change-password",
      { currentPassword: TEST_PASSWORD, newPassword: "a-second-strong-passphrase-9", revokeOtherSessions: false },
      { cookie: here },
    );
    expect(changed.status).toBe(200);
    expect(await apiStatus(elsewhere)).toBe(401);
    expect(await apiStatus(here)).toBe(200);
  });

  it("revoking a role ends the person's sessions at once", async () => {
    const user = await makeUser("reviewer");
    const cookie = await signedIn(user.email);
    const grant = await db().roleGrant.findFirstOrThrow({ where: { userId: user.userId } });
    await revokeRole(SYSTEM_ACTOR, { grantId: grant.id });
    expect(await apiStatus(cookie)).toBe(401);
  });

  it("granting a role ends the person's sessions: the next sign-in carries the new role", async () => {
    const user = await makeUser("reviewer");
    const cookie = await signedIn(user.email);
    await grantRole(SYSTEM_ACTOR, { userId: user.userId, role: "admin", pillars: [] });
    expect(await apiStatus(cookie)).toBe(401);
  });

  it("disabling an account ends its sessions", async () => {
    const { disableUser } = await import("@/lib/server/users/disable-user");
    const admin = await makeUser("admin");
    const user = await makeUser("reviewer");
    const cookie = await signedIn(user.email);
    await disableUser(admin, { userId: user.userId });
    expect(await apiStatus(cookie)).toBe(401);
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
  });
});

describe("session lifetimes", () => {
  it("a session idle for longer than SESSION_IDLE_MINUTES is refused and removed", async () => {
    const user = await makeUser("reviewer");
    const cookie = await signedIn(user.email);
    const idle = new Date(Date.now() - (env().SESSION_IDLE_MINUTES + 1) * 60_000);
    await db().session.updateMany({ where: { userId: user.userId }, data: { updatedAt: idle } });
    expect(await apiStatus(cookie)).toBe(401);
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
  });

  it("activity keeps a session alive; it still ends SESSION_MAX_HOURS after sign-in", async () => {
    const user = await makeUser("reviewer");
    const cookie = await signedIn(user.email);
    const session = await db().session.findFirstOrThrow({ where: { userId: user.userId } });
    const lifetime = session.expiresAt.getTime() - session.createdAt.getTime();
    expect(Math.abs(lifetime - env().SESSION_MAX_HOURS * 3600_000)).toBeLessThan(60_000);
    // Used a few minutes ago: still valid, and the use is recorded.
    await db().session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date(Date.now() - 5 * 60_000) } });
    expect(await apiStatus(cookie)).toBe(200);
    const seen = await db().session.findUniqueOrThrow({ where: { id: session.id } });
    expect(Date.now() - seen.updatedAt.getTime()).toBeLessThan(30_000);
    expect(seen.expiresAt.getTime()).toBe(session.expiresAt.getTime());
  });
});

describe("audit trail actor snapshot (defect 6)", () => {
  it("shows the actor's name and e-mail at the time of the event, in the page rows and the CSV", async () => {
    const { byCountry } = await openTestCycle(["KEN"]);
    const id = byCountry.KEN!;
    const focal = await makeUser("focal-point", { country: "KEN" });
    await audit(db(), focal, { action: "test.event", entityType: "assessment", entityId: id, assessmentId: id });
    await db().user.update({ where: { id: focal.userId }, data: { name: "Someone Else Entirely", email: `renamed.${focal.email}` } });
    const reviewer = await makeUser("reviewer");
    const [row] = (await auditTrail(reviewer, id, { action: "test.event" })) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ actor: focal.name, actorEmail: focal.email });
    const csv = auditCsv(await auditTrail(reviewer, id, { action: "test.event" }));
    expect(csv).toContain(focal.email);
    expect(csv).not.toContain("Someone Else Entirely");
  });
});

describe("password strength (defect 8)", () => {
  it("refuses a repeated-character password when an account is created, saying why", async () => {
    const attempt = createUser(SYSTEM_ACTOR, { email: "weak@test.example.org", name: "Weak", role: "reviewer", pillars: [], password: "aaaaaaaaaaaa" });
    await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["password"], message: expect.stringMatching(/repeat/i) })] });
    expect(await db().user.findUnique({ where: { email: "weak@test.example.org" } })).toBeNull();
  });

  it("refuses a common password on reset and on change; the one-time and demo passwords pass", async () => {
    const user = await makeUser("focal-point", { country: "KEN" });
    const { url } = await issueResetLink(SYSTEM_ACTOR, { userId: user.userId });
    const token = new URL(url).searchParams.get("token")!;
    const reset = await post("/reset-password", { newPassword: "password1234", token });
    expect(reset.status).toBe(400);
    expect((await reset.json()).message).toMatch(/common/i);
    expect((await signIn(user.email, "password1234")).status).toBe(401);

    const cookie = await signedIn(user.email);
    const change = await post("/change-password", { currentPassword: TEST_PASSWORD, newPassword: "abcdefghijklmnop" }, { cookie });
    expect(change.status).toBe(400);

    const generated = await createUser(SYSTEM_ACTOR, { email: "otp@test.example.org", name: "OTP", role: "reviewer", pillars: [] });
    expect((await signIn(generated.email, generated.oneTimePassword!)).status).toBe(200);
    await expect(makeUser("reviewer", { password: DEMO_PASSWORD })).resolves.toBeTruthy();
  });
});

describe("trusted origins", () => {
  it("accepts sign-in from localhost and 127.0.0.1 on the served port", async () => {
    const user = await makeUser("reviewer");
    const port = env().PORT;
    // better-auth checks the Origin of requests that carry cookies, as a browser's do (NEXT_LOCALE at least).
    const cookie = "NEXT_LOCALE=en";
    expect((await signIn(user.email, TEST_PASSWORD, { origin: `http://127.0.0.1:${port}`, cookie })).status).toBe(200);
    expect((await signIn(user.email, TEST_PASSWORD, { origin: `http://localhost:${port}`, cookie })).status).toBe(200);
    expect((await signIn(user.email, TEST_PASSWORD, { origin: "http://evil.example", cookie })).status).toBe(403);
  });
});
