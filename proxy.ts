import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "./lib/env";
import { routing } from "./lib/i18n/routing";

const intl = createMiddleware(routing);

/** A strict CSP with a fresh nonce per request; Next adds the nonce to its own scripts. */
function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The same value the API sends (lib/server/entry/api-headers.ts): only when served over HTTPS. */
const hsts = () => (env().APP_URL.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null);

/** A path that does not decode (bad percent-encoding, a lone surrogate) is the caller's error: 400, not 500. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** Equal to serverActions.bodySizeLimit in next.config.js. */
const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Pages take bodies only as server actions. Next does enforce the action limit, but answers with a
 * 500 after draining the whole upload; counting a copy here (never more than the limit) gives a 413.
 */
async function pageBodyTooLarge(request: NextRequest): Promise<boolean> {
  if (request.method === "GET" || request.method === "HEAD") return false;
  if (Number(request.headers.get("content-length") ?? "0") > ACTION_BODY_LIMIT) return true;
  const reader = request.clone().body?.getReader();
  if (!reader) return false;
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT) {
      // Not awaited: a cancelled tee branch settles only once the other branch is cancelled too.
      void reader.cancel().catch(() => undefined);
      return true;
    }
  }
}

const refuse = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  if (malformedPath(request.nextUrl.pathname)) return refuse(400, "bad-request", "The request path is not valid percent-encoding");
  // API paths reach the proxy only for the check above (see the matcher).
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (await pageBodyTooLarge(request)) return refuse(413, "too-large", "The request body is larger than 1 MB");
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, env().NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  const transport = hsts();
  if (transport) response.headers.set("Strict-Transport-Security", transport);
  return response;
}

export const config = {
  matcher: [
    // Everything but the API, Next's assets and files with an extension.
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // API paths with a stray "%" or an escaped non-ASCII byte: Next answers a path it cannot decode
    // with a bare 500, so these come here to get a 400. Other API requests skip the proxy, whose body
    // copy (proxyClientMaxBodySize) would cut uploads short.
    "/api/(.*%(?:[89a-fA-F]|(?![0-9a-fA-F]{2})).*)",
  ],
};
