import "server-only";
import { env } from "../../env";

/** Two years, the HSTS preload list's minimum; subdomains too, since a ministry's host is its own. */
const HSTS = "max-age=63072000; includeSubDomains";

/** Strict-Transport-Security when the app is served over HTTPS (APP_URL https://), else null. */
export function hstsValue(): string | null {
  return env().APP_URL.startsWith("https://") ? HSTS : null;
}

/**
 * Headers every API response carries: national data is never stored by a browser or shared cache
 * (a handler that chose its own Cache-Control keeps it), and HSTS when served over HTTPS.
 */
export function withApiHeaders(response: Response): Response {
  const hsts = hstsValue();
  const needed = !response.headers.has("cache-control") || (hsts !== null && !response.headers.has("strict-transport-security"));
  if (!needed) return response;
  // Redirects and fetched responses have immutable headers: copy those.
  const out = isMutable(response) ? response : new Response(response.body, response);
  if (!out.headers.has("cache-control")) out.headers.set("Cache-Control", "no-store");
  if (hsts) out.headers.set("Strict-Transport-Security", hsts);
  return out;
}

function isMutable(response: Response): boolean {
  try {
    response.headers.set("x-headers-mutable", "1");
    response.headers.delete("x-headers-mutable");
    return true;
  } catch {
    return false;
  }
}
