import "server-only";

const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** An export as a download named after what it holds and the cycle, e.g. scores-2024-self-assessment.csv. */
export function exportResponse(kind: string, cycleName: string, format: keyof typeof TYPES, body: string | Buffer): Response {
  const slug = cycleName.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "cycle";
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${kind}-${slug}.${format}"`,
    },
  });
}
