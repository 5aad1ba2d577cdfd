// HSTS (issue 13): sent when the app is served over HTTPS (APP_URL https://), never over plain HTTP;
// API responses are no-store unless a handler chose its own caching.
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshHeaders(appUrl: string) {
  vi.resetModules();
  vi.stubEnv("APP_URL", appUrl);
  return import("@/lib/server/entry/api-headers");
}

afterEach(() => vi.unstubAllEnvs());

describe("withApiHeaders", () => {
  it("adds HSTS and no-store when APP_URL is https", async () => {
    const { withApiHeaders } = await freshHeaders("https://gca.example.gov");
    const res = withApiHeaders(Response.json({ ok: true }));
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("adds no HSTS over plain HTTP", async () => {
    const { withApiHeaders } = await freshHeaders("http://localhost:3000");
    expect(withApiHeaders(Response.json({})).headers.get("strict-transport-security")).toBeNull();
  });

  it("keeps a handler's own Cache-Control, and copies responses whose headers are immutable (redirects)", async () => {
    const { withApiHeaders } = await freshHeaders("https://gca.example.gov");
    const own = withApiHeaders(new Response("x", { headers: { "cache-control": "private, no-store" } }));
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    const redirect = withApiHeaders(Response.redirect("https://gca.example.gov/en", 302));
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("https://gca.example.gov/en");
    expect(redirect.headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });
});
