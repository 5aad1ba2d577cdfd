// Bundles the service worker (lib/offline/service-worker.ts, with Serwist) into public/sw.js.
// Run by scripts/build.ts before `next build`; the output is generated, not committed.
import { mkdirSync } from "node:fs";
import { buildSync } from "esbuild";

export function buildServiceWorker(): void {
  mkdirSync("public", { recursive: true });
  buildSync({
    entryPoints: ["lib/offline/service-worker.ts"],
    outfile: "public/sw.js",
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    alias: { "@": "." },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) buildServiceWorker();
