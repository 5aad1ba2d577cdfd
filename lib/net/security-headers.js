// Headers that do not depend on the request, for every response but evidence downloads (they set
// their own framing rules). Plain JavaScript because next.config.js reads it too; the CSP carries a
// per-request nonce and is set in proxy.ts.
export const SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
