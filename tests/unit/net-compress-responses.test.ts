// Pages and API answers leave the production server compressed: Brotli where the browser takes it,
// gzip otherwise, nothing when it asks for nothing; and a streamed page's first part reaches the
// browser before the rest is rendered (Next flushes after each chunk).
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createBrotliDecompress, createGunzip, brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponse } from "@/lib/net/compress-responses";

const PAGE_HEAD = `<!DOCTYPE html><html><head><title>Pillar</title></head><body>${"<p>question</p>".repeat(200)}`;
const PAGE_TAIL = `${"<p>answer</p>".repeat(200)}</body></html>`;
let releaseTail: () => void = () => {};

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) =>
    compressResponse(req, res, () => {
      res.setHeader("Content-Type", req.url === "/image" ? "image/png" : "text/html; charset=utf-8");
      if (req.url === "/image") return res.end(Buffer.alloc(4000, 7));
      if (req.url === "/small") return res.end("<p>ok</p>");
      res.write(PAGE_HEAD);
      // What Next's pipe-readable does after each chunk of a streamed page.
      (res as unknown as { flush: () => void }).flush();
      releaseTail = () => res.end(PAGE_TAIL);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, acceptEncoding?: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    request(`${base}${path}`, { headers }, resolve).on("error", reject).end();
  });
}

async function body(res: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of res) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe("compressResponse", () => {
  it.each([
    ["a browser that takes Brotli and gzip", "gzip, deflate, br, zstd", "br"],
    ["a browser without Brotli", "gzip, deflate", "gzip"],
    ["Brotli refused with q=0", "br;q=0, gzip", "gzip"],
  ])("compresses a page for %s", async (_, accept, expected) => {
    const pending = get("/page", accept);
    setTimeout(() => releaseTail(), 20);
    const res = await pending;
    expect(res.headers["content-encoding"]).toBe(expected);
    expect(String(res.headers.vary)).toMatch(/Accept-Encoding/i);
    const raw = await body(res);
    const html = (expected === "br" ? brotliDecompressSync(raw) : gunzipSync(raw)).toString();
    expect(html).toBe(PAGE_HEAD + PAGE_TAIL);
    expect(raw.length).toBeLessThan(html.length / 10);
  });

  it("sends the page as is to a client that asks for no encoding", async () => {
    const pending = get("/page");
    setTimeout(() => releaseTail(), 20);
    const res = await pending;
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect((await body(res)).toString()).toBe(PAGE_HEAD + PAGE_TAIL);
  });

  it("leaves images and tiny answers alone", async () => {
    const image = await get("/image", "br, gzip");
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect((await body(image)).length).toBe(4000);
    const small = await get("/small", "br, gzip");
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it.each([
    ["Brotli", "br", createBrotliDecompress],
    ["gzip", "gzip", createGunzip],
  ])("streams with %s: the first part arrives before the rest is rendered", async (_, accept, decompressor) => {
    const res = await get("/page", accept);
    const inflate = decompressor();
    res.pipe(inflate);
    let seen = "";
    const ended = new Promise<void>((resolve) => inflate.on("end", resolve));
    await new Promise<void>((resolve) => {
      inflate.on("data", (part: Buffer) => {
        seen += part.toString();
        if (seen.length >= PAGE_HEAD.length) resolve();
      });
    });
    // The tail has not been written yet, and the head is already readable.
    expect(seen).toBe(PAGE_HEAD);
    releaseTail();
    await ended;
    expect(seen).toBe(PAGE_HEAD + PAGE_TAIL);
  });
});
