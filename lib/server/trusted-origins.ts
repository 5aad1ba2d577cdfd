import "server-only";
import { env } from "../env";

/**
 * Our own origin, and localhost / 127.0.0.1 on the served port (so `PORT=8080 npm start` just works):
 * the origins better-auth accepts for sign-in and the API accepts for cookie-authenticated writes.
 */
export function trustedOrigins(): string[] {
  const { APP_URL, PORT } = env();
  return [...new Set([new URL(APP_URL).origin, `http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`])];
}
