// The production HTTP server (`npm start` runs it): Next's request handler behind a node:http server
// that sees the socket. It alone sets the client-address header, from the peer address (and from
// X-Forwarded-For only when the peer is one of TRUSTED_PROXIES), replacing whatever a client sent.
// A bare `next start` has no socket-derived address, so the app then ignores that header altogether.
// It also sends Next's hashed assets Brotli-compressed at build time (lib/net/precompressed-assets.ts),
// and compresses everything else itself (lib/net/compress-responses.ts): Next only knows gzip.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { compressResponse } from "../lib/net/compress-responses";
import { env } from "../lib/env";
import { CLIENT_ADDRESS_HEADER, markClientAddressStamped, resolveClientAddress } from "../lib/net/client-address";
import { servePrecompressed } from "../lib/net/precompressed-assets";

const STATIC_DIR = path.resolve(".next/static");

async function main(): Promise<void> {
  const { PORT, APP_URL, TRUSTED_PROXIES } = env();
  const app = next({ dev: false, port: PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressStamped();
  const server = createServer((req, res) => {
    // Build assets with a Brotli copy (scripts/build.ts makes them) go out without Next.
    if (servePrecompressed(req, res, STATIC_DIR)) return;
    const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], TRUSTED_PROXIES);
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete req.headers[CLIENT_ADDRESS_HEADER];
    compressResponse(req, res, () => void handle(req, res));
  });
  server.listen(PORT, () => {
    const local = `http://localhost:${PORT}`;
    process.stdout.write(`Five Pillars is serving on ${APP_URL}${new URL(APP_URL).origin === local ? "" : ` (locally ${local})`}\n`);
    if (TRUSTED_PROXIES.length) process.stdout.write(`X-Forwarded-For is believed from ${TRUSTED_PROXIES.join(", ")} only\n`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
