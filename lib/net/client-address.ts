// The client's address, from the connection, never from a header a client can write. Pure: used by
// the HTTP server in scripts/serve.ts (which sees the socket) and by the app (which sees headers only).
import { isIP } from "node:net";

/**
 * The header scripts/serve.ts sets on every request (replacing any value a client sent) to the
 * address it resolved. better-auth's throttling reads it (advanced.ipAddress.ipAddressHeaders).
 */
export const CLIENT_ADDRESS_HEADER = "x-five-pillars-client-address";

const STAMPED = Symbol.for("five-pillars.client-address-stamped");
const store = globalThis as unknown as Record<symbol, boolean | undefined>;

/** Called once by the server that owns the socket: from then on the header is its own, not the client's. */
export function markClientAddressStamped(): void {
  store[STAMPED] = true;
}

/** Whether CLIENT_ADDRESS_HEADER comes from our server. Under a bare `next start` it could come from anyone. */
export function clientAddressStamped(): boolean {
  return store[STAMPED] === true;
}

/** "::ffff:192.0.2.1" -> "192.0.2.1"; lower case; null when not an IP address. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim().toLowerCase();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}

function bytesOf(address: string): number[] | null {
  const kind = isIP(address);
  if (kind === 4) return address.split(".").map(Number);
  if (kind !== 6) return null;
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::ffff:1.2.3.4") counts as two groups.
  const expand = (groups: string[]) =>
    groups.flatMap((g) =>
      g.includes(".") ? ((b) => [((b[0]! << 8) | b[1]!).toString(16), ((b[2]! << 8) | b[3]!).toString(16)])(g.split(".").map(Number)) : [g],
    );
  const l = expand(left);
  const r = expand(right);
  const groups = tail === undefined ? l : [...l, ...Array(8 - l.length - r.length).fill("0"), ...r];
  return groups.flatMap((g) => {
    const n = Number.parseInt(g || "0", 16);
    return [n >> 8, n & 0xff];
  });
}

/** Whether an address falls in one of the entries (IPs or CIDR ranges, e.g. "10.0.0.0/8", "fd00::/8"). */
export function inRanges(address: string, ranges: readonly string[]): boolean {
  const bytes = bytesOf(address);
  if (!bytes) return false;
  return ranges.some((range) => {
    const [base, prefixText] = range.split("/");
    const net = bytesOf(normalizeAddress(base) ?? "");
    if (!net || net.length !== bytes.length) return false;
    const prefix = prefixText === undefined ? net.length * 8 : Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > net.length * 8) return false;
    for (let bit = 0; bit < prefix; bit += 8) {
      const take = Math.min(8, prefix - bit);
      const mask = (0xff << (8 - take)) & 0xff;
      if ((bytes[bit / 8]! & mask) !== (net[bit / 8]! & mask)) return false;
    }
    return true;
  });
}

/**
 * The client of a request: the socket's peer, unless the peer is a trusted proxy; then the
 * X-Forwarded-For chain is walked from the right (the hops our proxies appended) to the first
 * address that is not a trusted proxy. A malformed hop ends the walk at the last trusted one.
 */
export function resolveClientAddress(
  peer: string | undefined | null,
  forwardedFor: string | string[] | undefined | null,
  trustedProxies: readonly string[],
): string | null {
  const socket = normalizeAddress(peer);
  if (!socket || trustedProxies.length === 0 || !inRanges(socket, trustedProxies)) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break;
    client = hop;
    if (!inRanges(hop, trustedProxies)) break;
  }
  return client;
}
