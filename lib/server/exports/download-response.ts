import "server-only";
import { DOWNLOAD_TYPES, type TDownloadType } from "../../exports/download";

/** A private download: never cached by a shared cache, typed, named (see lib/exports/download.ts). */
export function downloadResponse(fileName: string, type: TDownloadType, body: string | Buffer | ReadableStream<Uint8Array>): Response {
  return new Response(Buffer.isBuffer(body) ? new Uint8Array(body) : body, {
    headers: {
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Type": DOWNLOAD_TYPES[type],
      "Content-Disposition": `attachment; filename="${fileName}"`,
    },
  });
}
