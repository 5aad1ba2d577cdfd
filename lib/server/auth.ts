import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { databaseProvider, env } from "../env";
import { authSecret } from "./auth-secret";
import { db } from "./db";
import { sendMail, mailConfigured } from "./mail";
import { logger } from "./logger";

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
      minPasswordLength: 12,
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
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // Cache the session in a signed cookie for a minute to avoid a query per request.
      cookieCache: { enabled: true, maxAge: 60 },
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
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
    },
    trustedOrigins: [e.APP_URL],
    plugins: [nextCookies()],
    logger: { disabled: e.APP_ENV === "test" },
  });
}

type TAuth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { fivePillarsAuth?: TAuth };

export function auth(): TAuth {
  globalForAuth.fivePillarsAuth ??= createAuth();
  return globalForAuth.fivePillarsAuth;
}
