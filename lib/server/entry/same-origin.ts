import "server-only";
import { env } from "../../env";
import { AppError } from "../errors";
import { trustedOrigins } from "../trusted-origins";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin the app is served from (APP_URL), the same one better-auth trusts for sign-in. */
export const appOrigin = (): string => new URL(env().APP_URL).origin;

/**
 * A cookie rides along with any request the browser sends, whoever started it, so a state-changing
 * request authenticated by a session cookie must prove it comes from our own pages: its Origin must
 * be the app's, or, when a browser sent no Origin, its Sec-Fetch-Site must be "same-origin". A request
 * with neither is refused too. Bearer-token requests carry no ambient credential and are not checked.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  // The origins sign-in trusts too: APP_URL, and localhost / 127.0.0.1 on the served port.
  const own = origin !== null ? trustedOrigins().includes(origin) : site === "same-origin";
  if (!own) {
    throw new AppError(
      "forbidden",
      `Cross-origin request refused: a signed-in browser may change data only from ${appOrigin()} (Origin: ${origin ?? "none"}, Sec-Fetch-Site: ${site ?? "none"}). Integrations send Authorization: Bearer <token>.`,
    );
  }
}

export const isStateChanging = (request: Request): boolean => !SAFE_METHODS.has(request.method.toUpperCase());
