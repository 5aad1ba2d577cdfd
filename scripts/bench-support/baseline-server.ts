// Autosave benchmark, the bare baseline: node:http + better-sqlite3 (or + a pg Pool) doing the save
// the app does, on a scratch copy of the app's seeded database (same tables, same rows), in one
// transaction: check the assessment is a draft, compare-and-set the answer on its revision (an
// update `WHERE revision = ?`, or an insert that must not find a row), append a history row, read
// the assessment's answers and store a (simple) score on the assessment. Returns {revision}; a lost
// compare-and-set is a 409. No authentication, no questionnaire, no framework.
//   usage: tsx scripts/bench-support/baseline-server.ts sqlite <file> <journal_mode> <synchronous> | postgresql <url>
// On SQLite it runs with the journal mode and synchronous level the app's client uses (the bench
// reads them through the app's own client factory): the commit's fsync is the same for both.
// Listens on 127.0.0.1 (a free port) and prints `LISTENING <port>`.
import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";

type TSave = { assessmentId: string; questionId: string; value: string; revision: number };
type TResult = { status: number; body: unknown };

const [kind, target, journalMode = "delete", synchronous = "FULL"] = process.argv.slice(2);
if ((kind !== "sqlite" && kind !== "postgresql") || !target) {
  process.stderr.write("usage: baseline-server.ts sqlite <file> | postgresql <url>\n");
  process.exit(2);
}

/** The stored score: share of "yes" among the answers (the app scores properly; this is the bare minimum of the same work). */
function score(values: string[]) {
  let yes = 0;
  for (const v of values) if (v === '"yes"') yes++;
  const overall = values.length ? Math.round((10000 * yes) / values.length) / 100 : 0;
  return { overall, json: JSON.stringify({ overall, answered: values.length }) };
}

function sqliteSaver(file: string): (s: TSave) => Promise<TResult> {
  const db = new Database(file);
  if (!/^[a-z]+$/i.test(journalMode) || !/^[a-z0-9]+$/i.test(synchronous)) throw new Error("bad pragma values");
  db.pragma(`journal_mode = ${journalMode}`);
  db.pragma(`synchronous = ${synchronous}`);
  const status = db.prepare<[string], { status: string }>(`SELECT "status" FROM "assessment" WHERE "id" = ?`);
  const update = db.prepare(
    `UPDATE "answer" SET "value" = ?, "revision" = "revision" + 1, "updatedById" = NULL, "carriedForward" = 0, "updatedAt" = ? WHERE "assessmentId" = ? AND "questionId" = ? AND "revision" = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO "answer" ("id", "assessmentId", "questionId", "value", "revision", "carriedForward", "updatedAt", "createdAt") VALUES (?, ?, ?, ?, 1, 0, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const history = db.prepare(
    `INSERT INTO "answer_change" ("id", "assessmentId", "questionId", "oldValue", "newValue", "revision", "changedAt") VALUES (?, ?, ?, NULL, ?, ?, ?)`,
  );
  const values = db.prepare<[string], { value: string }>(`SELECT "value" FROM "answer" WHERE "assessmentId" = ?`);
  const stored = db.prepare(`UPDATE "assessment" SET "overallScore" = ?, "scoreJson" = ?, "updatedAt" = ? WHERE "id" = ?`);
  const tx = db.transaction((s: TSave): TResult => {
    const row = status.get(s.assessmentId);
    if (!row) return { status: 404, body: { error: "not found" } };
    if (row.status !== "draft") return { status: 409, body: { error: "not editable" } };
    const now = new Date().toISOString();
    const changed =
      s.revision === 0
        ? insert.run(randomUUID(), s.assessmentId, s.questionId, s.value, now, now).changes
        : update.run(s.value, now, s.assessmentId, s.questionId, s.revision).changes;
    if (changed !== 1) return { status: 409, body: { error: "conflict" } };
    const revision = s.revision + 1;
    history.run(randomUUID(), s.assessmentId, s.questionId, s.value, revision, now);
    const sc = score(values.all(s.assessmentId).map((r) => r.value));
    stored.run(sc.overall, sc.json, now, s.assessmentId);
    return { status: 200, body: { revision } };
  });
  return async (s) => tx(s);
}

function pgSaver(url: string): (s: TSave) => Promise<TResult> {
  const pool = new pg.Pool({ connectionString: url }); // pg's default pool size (10), as the app's adapter uses
  return async (s) => {
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      // Row lock on the assessment first: saves of one assessment run one after another, so the
      // stored score read below sees every committed answer (no deadlock: one lock order).
      const row = await c.query<{ status: string }>(`SELECT "status" FROM "assessment" WHERE "id" = $1 FOR UPDATE`, [s.assessmentId]);
      if (!row.rows[0] || row.rows[0].status !== "draft") {
        await c.query("ROLLBACK");
        return { status: row.rows[0] ? 409 : 404, body: { error: "not editable" } };
      }
      const now = new Date();
      const changed =
        s.revision === 0
          ? await c.query(
              `INSERT INTO "answer" ("id", "assessmentId", "questionId", "value", "revision", "carriedForward", "updatedAt", "createdAt") VALUES ($1, $2, $3, $4, 1, false, $5, $5) ON CONFLICT DO NOTHING`,
              [randomUUID(), s.assessmentId, s.questionId, s.value, now],
            )
          : await c.query(
              `UPDATE "answer" SET "value" = $1, "revision" = "revision" + 1, "updatedById" = NULL, "carriedForward" = false, "updatedAt" = $2 WHERE "assessmentId" = $3 AND "questionId" = $4 AND "revision" = $5`,
              [s.value, now, s.assessmentId, s.questionId, s.revision],
            );
      if (changed.rowCount !== 1) {
        await c.query("ROLLBACK");
        return { status: 409, body: { error: "conflict" } };
      }
      const revision = s.revision + 1;
      await c.query(
        `INSERT INTO "answer_change" ("id", "assessmentId", "questionId", "oldValue", "newValue", "revision", "changedAt") VALUES ($1, $2, $3, NULL, $4, $5, $6)`,
        [randomUUID(), s.assessmentId, s.questionId, s.value, revision, now],
      );
      const sc = score((await c.query<{ value: string }>(`SELECT "value" FROM "answer" WHERE "assessmentId" = $1`, [s.assessmentId])).rows.map((r) => r.value));
      await c.query(`UPDATE "assessment" SET "overallScore" = $1, "scoreJson" = $2, "updatedAt" = $3 WHERE "id" = $4`, [
        sc.overall,
        sc.json,
        now,
        s.assessmentId,
      ]);
      await c.query("COMMIT");
      return { status: 200, body: { revision } };
    } catch (error) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      c.release();
    }
  };
}

const save = kind === "sqlite" ? sqliteSaver(target) : pgSaver(target);
const ROUTE = /^\/api\/v1\/assessments\/([^/]+)\/answers\/([^/]+)$/;

const server = http.createServer((req, res) => {
  const send = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
  const m = req.method === "PUT" ? ROUTE.exec(req.url ?? "") : null;
  if (!m) {
    req.resume();
    return send(req.url === "/health" ? 200 : 404, { ok: req.url === "/health" });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (c: Buffer) => {
    size += c.length;
    if (size <= 64 * 1024) chunks.push(c);
  });
  req.on("end", () => {
    let input: { value?: unknown; revision?: unknown };
    try {
      input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof input;
    } catch {
      return send(400, { error: "bad json" });
    }
    if (typeof input.value !== "string" || !Number.isInteger(input.revision) || (input.revision as number) < 0) return send(422, { error: "invalid" });
    save({
      assessmentId: decodeURIComponent(m[1]!),
      questionId: decodeURIComponent(m[2]!),
      value: JSON.stringify(input.value),
      revision: input.revision as number,
    }).then(
      (r) => send(r.status, r.body),
      (error: unknown) => send(500, { error: String(error) }),
    );
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`LISTENING ${typeof address === "object" && address ? address.port : 0}\n`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
