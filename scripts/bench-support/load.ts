// Autosave benchmark, the load: N concurrent writers over keep-alive node:http connections to
// 127.0.0.1. Each writer owns one (assessment, question), alternates "yes"/"no" so every save is a
// real change, and sends the revision it last got back. Bounded by time and by count.
import http from "node:http";

export type TWriterState = { assessmentId: string; questionId: string; token?: string; revision: number; value: string | null };
export type TPhaseResult = { ok: number; errors: number; conflicts: number; seconds: number; latencies: number[]; errorSamples: string[] };

const REQUEST_TIMEOUT_MS = 30_000;
const MAX_SAVES_PER_WRITER = 1_000_000;

function put(agent: http.Agent, port: number, path: string, token: string | undefined, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request({ host: "127.0.0.1", port, path, method: "PUT", agent, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`request timed out after ${REQUEST_TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** The revision in a save response: the app answers {answer: {revision}}, the baseline {revision}. */
function revisionOf(json: unknown): number | undefined {
  const j = json as { revision?: unknown; answer?: { revision?: unknown }; error?: { details?: { current?: { revision?: unknown } } } } | null;
  const r = j?.answer?.revision ?? j?.revision ?? j?.error?.details?.current?.revision;
  return typeof r === "number" ? r : undefined;
}

/**
 * Runs every writer for `seconds` (and at most `maxSaves` each); writer state carries over between
 * phases. Without `paceMs` each writer saves again as soon as it has its answer (saturation: the
 * throughput). With `paceMs` each writer starts a save every `paceMs` (as an autosaving person
 * does), so the latency is the one a person waits for while the others type too.
 */
export async function runPhase(port: number, writers: TWriterState[], seconds: number, maxSaves = MAX_SAVES_PER_WRITER, paceMs = 0): Promise<TPhaseResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: writers.length });
  const result: TPhaseResult = { ok: 0, errors: 0, conflicts: 0, seconds: 0, latencies: [], errorSamples: [] };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const note = (s: string) => {
    if (result.errorSamples.length < 5) result.errorSamples.push(s.slice(0, 300));
  };
  await Promise.all(
    writers.map(async (w, k) => {
      // Paced writers start spread over one interval, not all at once.
      const offset = paceMs > 0 ? (k / writers.length) * paceMs : 0;
      for (let n = 0; n < maxSaves && performance.now() < deadline; n++) {
        if (paceMs > 0) {
          const due = started + offset + n * paceMs;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          if (performance.now() >= deadline) break;
        }
        const value = w.value === "yes" ? "no" : "yes";
        const t0 = performance.now();
        let res: { status: number; text: string };
        try {
          res = await put(
            agent,
            port,
            `/api/v1/assessments/${encodeURIComponent(w.assessmentId)}/answers/${encodeURIComponent(w.questionId)}`,
            w.token,
            JSON.stringify({ value, revision: w.revision }),
          );
        } catch (error) {
          result.errors++;
          note(`request failed: ${error instanceof Error ? error.message : String(error)}`);
          return; // the server is gone or stuck: stop this writer
        }
        const elapsed = performance.now() - t0;
        let json: unknown = null;
        try {
          json = JSON.parse(res.text);
        } catch {
          /* counted below */
        }
        const revision = revisionOf(json);
        if (res.status >= 200 && res.status < 300 && revision !== undefined) {
          result.ok++;
          result.latencies.push(elapsed);
          w.revision = revision;
          w.value = value;
          continue;
        }
        result.errors++;
        if (res.status === 409) result.conflicts++;
        note(`${res.status} ${res.text}`);
        // A conflict carries the current revision: pick it up and go on; anything else stops the writer.
        if (res.status === 409 && revision !== undefined) w.revision = revision;
        else return;
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = Float64Array.from(xs).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
