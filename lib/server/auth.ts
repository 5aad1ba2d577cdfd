import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { passwordProblem } from "../authz/password-schema";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../authz/password-schema";
import { CLIENT_ADDRESS_HEADER, clientAddressStamped } from "../net/client-address";
import { databaseProvider, env } from "../env";
import { authSecret } from "./auth-secret";
import { trustedOrigins } from "./trusted-origins";

export { trustedOrigins };
import { db } from "./db";
import { sendMail, mailConfigured } from "./mail";
import { logger } from "./logger";
import { accountLockedFor, clearFailedSignIns, recordFailedSignIn, tooManyAttemptsMessage } from "./users/sign-in-throttle";
import { sessionStillAlive } from "./users/session-lifetime";

const PUBLIC_PATHS = new Set(["/sign-in/email", "/sign-out", "/reset-password", "/request-password-reset", "/ok", "/error"]);

const throttled = (retryAfter: number) =>
  new APIError(
    "TOO_MANY_REQUESTS",
    { code: "ACCOUNT_LOCKED", message: tooManyAttemptsMessage(retryAfter), retryAfter },
    { "X-Retry-After": String(retryAfter) },
  );

const before = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") {
    const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
    const lockedFor = email ? await accountLockedFor(email) : null;
    if (lockedFor) throw throttled(lockedFor);
    // A disabled account is refused like a wrong password (no hint that it exists).
    const user = email ? await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { disabledAt: true } }) : null;
    if (user?.disabledAt) {
      await recordFailedSignIn(email);
      throw new APIError("UNAUTHORIZED", { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
    }
    return;
  }
  if (ctx.path === "/reset-password" || ctx.path === "/change-password") {
    const problem = typeof ctx.body?.newPassword === "string" ? await passwordProblem(ctx.body.newPassword) : null;
    if (problem) throw new APIError("BAD_REQUEST", { code: "WEAK_PASSWORD", message: problem });
  }
  // A session idle for too long is over for better-auth's own endpoints too (get-session,
  // change-password, update-user...): its row is deleted here, so the endpoint finds no session.
  if (!PUBLIC_PATHS.has(ctx.path) && ctx.headers?.get("cookie")) {
    const session = await getSessionFromCtx(ctx).catch(() => null);
    if (session) await sessionStillAlive(session.session);
  }
  // The current session is kept as it is (better-auth would replace its cookie, which a server action's
  // re-render does not see yet); the after hook ends all the others.
  if (ctx.path === "/change-password") return { context: { body: { ...ctx.body, revokeOtherSessions: false } } };
});

const after = createAuthMiddleware(async (ctx) => {
  // Changing a password ends every other session (ASVS 3.3.3), whatever the caller asked.
  if (ctx.path === "/change-password" && !isAPIError(ctx.context.returned)) {
    const current = await getSessionFromCtx(ctx).catch(() => null);
    if (current) await db().session.deleteMany({ where: { userId: current.user.id, NOT: { id: current.session.id } } });
    return;
  }
  if (ctx.path !== "/sign-in/email") return;
  const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
  if (!email) return;
  const returned = ctx.context.returned;
  if (isAPIError(returned)) {
    if (returned.statusCode === 401) await recordFailedSignIn(email);
  } else {
    await clearFailedSignIns(email);
  }
});

function createAuth() {
  const e = env();
  const secure = e.APP_ENV === "production" || e.APP_URL.startsWith("https://");
  return betterAuth({
    appName: "Five Pillars",
    baseURL: e.APP_URL,
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: databaseProvider() }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by admins, focal points (delegation) and the CLI, never by self sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: 60 * 60 * 24,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        if (!mailConfigured()) {
          logger.warn({ userId: user.id }, "password reset requested but SMTP is not configured; an admin can issue a link");
          return;
        }
        await sendMail({ to: user.email, subject: "Five Pillars: reset your password", text: `Reset your password: ${url}` });
      },
    },
    session: {
      // The absolute lifetime: never extended. The idle timeout is ours (users/session-lifetime.ts).
      expiresIn: e.SESSION_MAX_HOURS * 3600,
      disableSessionRefresh: true,
      // No cookie cache: a session ended on any instance (sign-out, password or role change) is refused
      // on the very next request, because every request reads the session row.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: e.SIGN_IN_RATE_LIMIT },
        "/request-password-reset": { window: 60, max: 5 },
      },
    },
    hooks: { before, after },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      // The address scripts/serve.ts resolved from the socket (and TRUSTED_PROXIES); never X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Check the Origin of cookie requests in tests too (better-auth skips it under NODE_ENV=test).
      disableOriginCheck: false,
    },
    trustedOrigins: trustedOrigins(),
    plugins: [nextCookies()],
    logger: { disabled: e.APP_ENV === "test" },
  });
}

type TAuth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { fivePillarsAuth?: TAuth };

/** A header only our server may set: without its stamp (a bare `next start`), a client's value is dropped. */
function withoutForgedAddress(request: Request): Request {
  if (clientAddressStamped() || !request.headers.has(CLIENT_ADDRESS_HEADER)) return request;
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  return new Request(request, { headers, duplex: "half" } as RequestInit);
}

export function auth(): TAuth {
  if (!globalForAuth.fivePillarsAuth) {
    const created = createAuth();
    const handler = created.handler;
    created.handler = (request: Request) => handler(withoutForgedAddress(request));
    globalForAuth.fivePillarsAuth = created;
  }
  return globalForAuth.fivePillarsAuth;
}
