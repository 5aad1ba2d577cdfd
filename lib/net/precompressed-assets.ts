// Next's hashed build assets (/_next/static/...), compressed once with Brotli at its highest level
// when the app is built, and sent as such to browsers that accept it. Brotli at level 11 is about
// 13 % smaller than gzip for the JavaScript a pillar page loads, too slow to run per request, and free
// once done at build time. Everything else goes through Next, compressed on the fly at a cheaper
// level (compress-responses.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { SECURITY_HEADERS } from "./security-headers.js";

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};
const PREFIX = "/_next/static/";
// Smaller files gain too little to be worth a second copy.
const MIN_BYTES = 1024;

/** Writes `<file>.br` beside every compressible asset under `staticDir`; returns how many. */
export function precompressAssets(staticDir: string): number {
  let written = 0;
  for (const entry of readdirSync(staticDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !(path.extname(entry.name) in TYPES)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    );
    written++;
  }
  return written;
}

function acceptsBrotli(req: IncomingMessage): boolean {
  const accept = req.headers["accept-encoding"];
  return typeof accept === "string" && /(^|,)\s*br\s*(;\s*q=(1|0?\.[0-9]*[1-9]))?\s*(,|$)/i.test(accept);
}

/** The precompressed file for this request, or null (then Next answers it as usual). */
export function precompressedFile(req: IncomingMessage, staticDir: string): string | null {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(PREFIX) || !acceptsBrotli(req)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(req.url.slice(PREFIX.length).split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  // Hashed asset names only: nothing that could step out of the directory.
  if (!/^[\w./-]+$/.test(relative) || relative.split("/").some((part) => part === ".." || part === "." || part === "")) return null;
  if (!(path.extname(relative) in TYPES)) return null;
  const file = path.join(staticDir, relative);
  if (!file.startsWith(staticDir + path.sep) || !existsSync(`${file}.br`)) return null;
  return file;
}

// The assets are immutable (their names carry their hash, a new build restarts the server), so each
// copy is read from disk once instead of on every request.
const copies = new Map<string, Buffer>();
function compressedCopy(file: string): Buffer {
  let copy = copies.get(file);
  if (!copy) copies.set(file, (copy = readFileSync(`${file}.br`)));
  return copy;
}

/** Answers the request from the precompressed copy when there is one; false when Next should. */
export function servePrecompressed(req: IncomingMessage, res: ServerResponse, staticDir: string): boolean {
  const file = precompressedFile(req, staticDir);
  if (!file) return false;
  const compressed = compressedCopy(file);
  res.writeHead(200, {
    "Content-Type": TYPES[path.extname(file)]!,
    "Content-Encoding": "br",
    "Content-Length": compressed.length,
    // The file name carries its content hash, as with Next's own headers for these files.
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
    ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
  });
  res.end(req.method === "HEAD" ? undefined : compressed);
  return true;
}
