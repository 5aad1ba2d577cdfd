import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { inRanges, normalizeAddress, resolveClientAddress } from "@/lib/net/client-address";

describe("resolveClientAddress (issue 13 defect 3)", () => {
  it.each([
    ["no trusted proxies: the socket, whatever X-Forwarded-For says", "203.0.113.5", "1.2.3.4", [], "203.0.113.5"],
    ["an untrusted peer's X-Forwarded-For is ignored", "203.0.113.5", "1.2.3.4", ["10.0.0.0/8"], "203.0.113.5"],
    ["a trusted proxy: the hop it appended", "10.0.0.2", "198.51.100.7", ["10.0.0.0/8"], "198.51.100.7"],
    ["a forged left-most hop is skipped over", "10.0.0.2", "1.2.3.4, 198.51.100.7", ["10.0.0.0/8"], "198.51.100.7"],
    ["chained trusted proxies are walked from the right", "10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.9", ["10.0.0.0/8"], "198.51.100.7"],
    ["a malformed hop stops the walk at the last trusted one", "10.0.0.2", "198.51.100.7, junk", ["10.0.0.0/8"], "10.0.0.2"],
    ["IPv4-mapped IPv6 peers are plain IPv4", "::ffff:203.0.113.5", null, [], "203.0.113.5"],
    ["IPv6 ranges", "fd00::1", "2001:db8::7", ["fd00::/8"], "2001:db8::7"],
    ["an exact IP entry", "192.0.2.10", "198.51.100.8", ["192.0.2.10"], "198.51.100.8"],
  ] as const)("%s", (_label, peer, forwarded, trusted, expected) => {
    expect(resolveClientAddress(peer, forwarded, trusted)).toBe(expected);
  });

  it("never returns something that is not an IP address", () => {
    expect(resolveClientAddress(undefined, "1.2.3.4", [])).toBeNull();
    expect(normalizeAddress("not-an-ip")).toBeNull();
    expect(inRanges("192.0.2.1", ["192.0.2.0/33"])).toBe(false);
    expect(inRanges("192.0.2.1", ["192.0.2.0/24"])).toBe(true);
    expect(inRanges("192.0.3.1", ["192.0.2.0/24"])).toBe(false);
  });
});

describe("APP_URL default", () => {
  it("follows PORT when APP_URL is unset (PORT=8080 npm start signs in)", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: "8080" };
    delete env.APP_URL;
    const out = spawnSync("npx", ["tsx", "-e", 'import("./lib/env.ts").then((m) => process.stdout.write(m.env().APP_URL))'], { env, encoding: "utf8" });
    expect(out.stdout).toBe("http://localhost:8080");
  });
});
