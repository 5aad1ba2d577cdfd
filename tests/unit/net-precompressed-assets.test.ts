// Build assets go out Brotli-compressed from their build-time copy; anything else, or anything odd,
// is left to Next.
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { createServer, request, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressAssets, precompressedFile, servePrecompressed } from "@/lib/net/precompressed-assets";

const dir = mkdtempSync(path.join(tmpdir(), "fp-static-"));
const script = `console.log(${JSON.stringify("x".repeat(5000))});\n`;
mkdirSync(path.join(dir, "chunks"));
writeFileSync(path.join(dir, "chunks", "app-1a2b.js"), script);
writeFileSync(path.join(dir, "chunks", "tiny.js"), "1");
writeFileSync(path.join(dir, "chunks", "font.woff2"), "w".repeat(4000));
const written = precompressAssets(dir);

const req = (url: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br, zstd" }, method = "GET") =>
  ({ url, method, headers }) as IncomingMessage;

describe("precompressAssets", () => {
  it("writes a Brotli copy of scripts and styles big enough to gain, nothing else", () => {
    expect(written).toBe(1);
    expect(existsSync(path.join(dir, "chunks", "app-1a2b.js.br"))).toBe(true);
    expect(existsSync(path.join(dir, "chunks", "tiny.js.br"))).toBe(false);
    expect(existsSync(path.join(dir, "chunks", "font.woff2.br"))).toBe(false);
  });
});

describe("precompressedFile", () => {
  it.each([
    ["an asset with a copy", req("/_next/static/chunks/app-1a2b.js"), true],
    ["with a query string", req("/_next/static/chunks/app-1a2b.js?dpl=1"), true],
    ["HEAD", req("/_next/static/chunks/app-1a2b.js", undefined, "HEAD"), true],
    ["a browser without Brotli", req("/_next/static/chunks/app-1a2b.js", { "accept-encoding": "gzip, deflate" }), false],
    ["Brotli refused with q=0", req("/_next/static/chunks/app-1a2b.js", { "accept-encoding": "gzip, br;q=0" }), false],
    ["no copy (too small)", req("/_next/static/chunks/tiny.js"), false],
    ["a POST", req("/_next/static/chunks/app-1a2b.js", undefined, "POST"), false],
    ["outside the assets", req("/en/assessments"), false],
    ["a step out of the directory", req("/_next/static/../static/chunks/app-1a2b.js"), false],
    ["an encoded step out", req("/_next/static/chunks/%2e%2e/chunks/app-1a2b.js"), false],
    ["a broken escape", req("/_next/static/chunks/%E0%A4%A.js"), false],
    ["the copy itself", req("/_next/static/chunks/app-1a2b.js.br"), false],
  ])("%s", (_name, request, served) => {
    expect(precompressedFile(request, dir) !== null).toBe(served);
  });
});

describe("servePrecompressed over HTTP", () => {
  const server = createServer((rq, rs) => {
    if (!servePrecompressed(rq, rs, dir)) rs.writeHead(299).end("next");
  });
  let port = 0;
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, () => ((port = (server.address() as AddressInfo).port), resolve()))));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (url: string, acceptEncoding: string) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request({ port, path: url, headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
      })
        .on("error", reject)
        .end();
    });

  it("sends the Brotli copy, which decodes to the asset, with the asset's headers", async () => {
    const res = await get("/_next/static/chunks/app-1a2b.js", "gzip, br");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(res.headers["cache-control"]).toContain("immutable");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it("leaves a browser without Brotli to Next", async () => {
    expect((await get("/_next/static/chunks/app-1a2b.js", "gzip")).status).toBe(299);
  });
});
