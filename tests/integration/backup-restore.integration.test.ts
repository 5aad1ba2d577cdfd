// Backup and restore round trip, on whichever database DATABASE_URL names and on both evidence
// backends: a backup restored into an empty database and an empty store gives back every row
// (answers, history, reviews, comments, audit...) and every file; a backup taken while saves go on is
// one consistent snapshot; restore refuses a non-empty database (unless forced) and a damaged archive.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { create as createTar, extract } from "tar";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { createDbClient, type TDb } from "@/lib/db/create-client";
import { createBackup } from "@/lib/server/backup/create-backup";
import { encodeRow } from "@/lib/server/backup/backup-values";
import { delegateOf, modelsOf } from "@/lib/server/backup/database-models";
import { openBackup } from "@/lib/server/backup/open-backup";
import { restoreBackup } from "@/lib/server/backup/restore-backup";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { uploadEvidenceFile } from "@/lib/server/evidence/upload-evidence-file";
import { diskStore } from "@/lib/server/storage/disk-store";
import { evidenceStore } from "@/lib/server/storage/evidence-store";
import type { TObjectStore } from "@/lib/server/storage/object-store";
import { openTestCycle } from "../support/assessment-fixtures";
import { MINIMAL_PDF, ooxml, PNG_1PX } from "../support/evidence-files";
import { makeUser } from "../support/factories";
import { describeEachStorage, startS3Server, type TS3Server } from "../support/s3-server";
import { actAsAppDatabase, createScratchDatabase, dropScratchTemplate, type TScratchDatabase } from "../support/scratch-database";

const QUESTIONS = ["national-cirt", "breach-notification"];
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

/** Every row of every table, typed the way a backup writes them, sorted: two databases compare equal when these do. */
async function everything(client: TDb): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const model of modelsOf(client)) {
    const rows = await delegateOf(client, model.name).findMany({});
    out[model.name] = rows.map((r) => JSON.stringify(encodeRow(r))).sort();
  }
  return out;
}

afterAll(dropScratchTemplate);

describeEachStorage("backup and restore", (backend, s3) => {
  let source: TScratchDatabase;
  let leaveSource: () => void;
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  let work: string;
  let assessmentId: string;
  let otherId: string;
  let focal: TActor;
  let archive: string;

  /** An empty target: a fresh migrated database and a fresh store of the same kind. */
  async function emptyTarget(): Promise<{ database: TScratchDatabase; store: TObjectStore; s3?: TS3Server }> {
    const database = await createScratchDatabase();
    cleanups.push(database.drop);
    if (backend === "disk") return { database, store: diskStore(mkdtempSync(path.join(work, "restored-evidence-"))) };
    const s3 = await startS3Server("evidence-restored");
    cleanups.push(s3.stop);
    return { database, store: s3.store, s3 };
  }

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "five-pillars-backup-"));
    // A source database of its own, so the comparison covers exactly what this file wrote.
    source = await createScratchDatabase();
    leaveSource = actAsAppDatabase(source.client);
    const cycle = await openTestCycle(["KEN", "GHA"]);
    [assessmentId, otherId] = [cycle.byCountry.KEN!, cycle.byCountry.GHA!];
    focal = await makeUser("focal-point", { country: "KEN" });
    const focalGha = await makeUser("focal-point", { country: "GHA" });
    const reviewer = await makeUser("reviewer");
    // Answers with history: three revisions of one question, one of the others.
    let revision = 0;
    for (const value of ["not-in-place", "in-progress", "in-place"])
      revision = (await saveAnswer(focal, assessmentId, QUESTIONS[0]!, { value, revision })).revision;
    await saveAnswer(focal, assessmentId, QUESTIONS[1]!, { value: "in-place", revision: 0 });
    await saveAnswer(focalGha, otherId, QUESTIONS[0]!, { value: "in-progress", revision: 0 });
    // Evidence: three distinct files, the same bytes twice in another assessment, one removed later.
    await uploadEvidenceFile(focal, assessmentId, { questionId: QUESTIONS[0]!, fileName: "report.pdf", bytes: MINIMAL_PDF });
    await uploadEvidenceFile(focal, assessmentId, { questionId: QUESTIONS[0]!, fileName: "diagram.png", bytes: PNG_1PX });
    const docx = await uploadEvidenceFile(focal, assessmentId, { questionId: QUESTIONS[1]!, fileName: "strategy.docx", bytes: ooxml("word", "document.xml") });
    await uploadEvidenceFile(focalGha, otherId, { questionId: QUESTIONS[0]!, fileName: "same.pdf", bytes: MINIMAL_PDF });
    await removeEvidence(focal, docx.id);
    // Reviews and comments, written as the review workflow stores them.
    await db().answerReview.create({
      data: {
        assessmentId,
        questionId: QUESTIONS[0]!,
        state: "adjusted",
        adjustedValue: JSON.stringify("in-progress"),
        reason: "No charter yet",
        reviewerId: reviewer.userId,
      },
    });
    await db().reviewComment.create({
      data: { assessmentId, questionId: QUESTIONS[0]!, kind: "query", body: "Where is the CIRT's charter? — «ç» 中文", authorId: reviewer.userId },
    });
    archive = path.join(work, "backup.tar.gz");
  });

  afterAll(async () => {
    leaveSource?.();
    for (const cleanup of cleanups.reverse()) await cleanup();
    await source?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it("restores into an empty database and an empty store: every row and every file checksum the same", async () => {
    const manifest = await createBackup({ db: db(), store: evidenceStore(), out: archive });
    expect(manifest.files.map((f) => f.storageKey).sort()).toEqual(
      [...new Set((await db().evidence.findMany({ where: { kind: "file" } })).map((e) => e.storageKey!))].sort(),
    );
    expect(manifest.files).toHaveLength(4);
    const target = await emptyTarget();
    await restoreBackup({ db: target.database.client, store: target.store, file: archive });

    const [before, after] = [await everything(db()), await everything(target.database.client)];
    for (const model of ["Answer", "AnswerChange", "AnswerReview", "ReviewComment", "AuditLog", "Evidence", "User", "Account", "RoleGrant", "Assessment"]) {
      expect(before[model]!.length, model).toBeGreaterThan(0);
    }
    expect(after).toEqual(before);
    expect(await target.database.client.answerChange.count({ where: { assessmentId, questionId: QUESTIONS[0]! } })).toBe(3);
    for (const row of await target.database.client.evidence.findMany({ where: { kind: "file" } })) {
      expect(sha256(await bytesOf((await target.store.open(row.storageKey!)).stream))).toBe(row.sha256);
    }
  });

  it("refuses a non-empty database unless forced; forced, it replaces every row in one go", async () => {
    const target = await emptyTarget();
    await restoreBackup({ db: target.database.client, store: target.store, file: archive });
    await expect(restoreBackup({ db: target.database.client, store: target.store, file: archive })).rejects.toThrow(/not empty .*--force/);
    await target.database.client.answer.updateMany({ where: { assessmentId }, data: { comment: "changed after the backup" } });
    const { replacedRows } = await restoreBackup({ db: target.database.client, store: target.store, file: archive, force: true });
    expect(replacedRows).toBeGreaterThan(0);
    expect(await everything(target.database.client)).toEqual(await everything(db()));
  });

  it("checks every checksum before writing anything: a damaged archive changes nothing, even forced", async () => {
    const unpacked = mkdtempSync(path.join(work, "damaged-"));
    await extract({ file: archive, cwd: unpacked });
    const answers = path.join(unpacked, "data/Answer.jsonl");
    writeFileSync(answers, readFileSync(answers, "utf8").replace("in-place", "not-in-place"));
    const damaged = path.join(work, "damaged.tar.gz");
    await createTar({ gzip: true, file: damaged, cwd: unpacked }, ["manifest.json", "data", "files"]);
    const target = await emptyTarget();
    await expect(restoreBackup({ db: target.database.client, store: target.store, file: damaged, force: true })).rejects.toThrow(
      /data\/Answer.jsonl does not match its checksum/,
    );
    expect(await target.database.client.answer.count()).toBe(0);
    const stored: string[] = [];
    for await (const { key } of target.store.list()) stored.push(key);
    expect(stored).toEqual([]);
  });

  it("takes one consistent snapshot while saves go on (answers and their history agree)", { timeout: 60_000 }, async () => {
    // The backup reads through a connection of its own, as the CLI (another process) does.
    const reader = createDbClient(source.url);
    cleanups.push(() => reader.$disconnect());
    let running = true;
    let acknowledged = 0;
    const writer = async (questionId: string) => {
      let revision = (await db().answer.findUnique({ where: { assessmentId_questionId: { assessmentId, questionId } } }))?.revision ?? 0;
      // Paced a little, as autosave is, and bounded, so a stuck backup fails the test instead of hanging it.
      for (let i = 0; running && i < 500; i++) {
        revision = (await saveAnswer(focal, assessmentId, questionId, { value: i % 2 ? "in-place" : "in-progress", revision })).revision;
        acknowledged++;
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    const writers = QUESTIONS.map(writer);
    while (acknowledged < 6) await new Promise((r) => setTimeout(r, 10));
    const atStart = acknowledged;
    const concurrent = path.join(work, "concurrent.tar.gz");
    await createBackup({ db: reader, store: evidenceStore(), out: concurrent });
    const duringBackup = acknowledged - atStart;
    running = false;
    await Promise.all(writers);
    expect(duringBackup, "saves acknowledged while the backup ran").toBeGreaterThan(0);

    const opened = await openBackup(concurrent);
    try {
      const rows = (model: string) =>
        readFileSync(opened.pathOf(`data/${model}.jsonl`), "utf8")
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      const history = rows("AnswerChange").filter((c) => c.assessmentId === assessmentId);
      const answers = rows("Answer").filter((a) => a.assessmentId === assessmentId);
      expect(answers).toHaveLength(QUESTIONS.length);
      for (const answer of answers) {
        const changes = history.filter((c) => c.questionId === answer.questionId);
        expect(changes.length, `history of ${String(answer.questionId)}`).toBe(answer.revision);
        expect(Math.max(...changes.map((c) => Number(c.revision)))).toBe(answer.revision);
        expect(changes.find((c) => c.revision === answer.revision)?.newValue).toBe(answer.value);
      }
      const saveAudits = rows("AuditLog").filter((a) => a.assessmentId === assessmentId && String(a.action).startsWith("answer."));
      if (saveAudits.length > 0) expect(saveAudits.length).toBe(history.length);
    } finally {
      await opened.close();
    }
  });

  it("works from the command line: npm run cli -- backup --out FILE, then restore --file FILE", async () => {
    const target = await emptyTarget();
    // Asynchronous: the s3rver the CLI talks to runs in this very process.
    const cli = (url: string, extra: Record<string, string>, ...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/main.ts", ...args], {
          env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent", ...extra },
        });
        let [stdout, stderr] = ["", ""];
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    const out = path.join(work, "cli.tar.gz");
    // The CLI reads the store this block's app writes: <DATA_DIR>/evidence (inherited), or the bucket.
    const made = await cli(source.url, s3()?.env ?? {}, "backup", "--out", out);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^backup written to .*cli\.tar\.gz: \d+ rows in \d+ tables, 4 evidence files/);
    const targetStoreEnv: Record<string, string> = target.s3 ? target.s3.env : { DATA_DIR: path.join(work, "cli-restored-data") };
    const restored = await cli(target.database.url, targetStoreEnv, "restore", "--file", out);
    expect(restored.stdout).toMatch(/^restored .* 4 evidence files/);
    expect(restored.status).toBe(0);
    const again = await cli(target.database.url, targetStoreEnv, "restore", "--file", out);
    expect([again.status, again.stderr]).toEqual([1, expect.stringMatching(/The database is not empty \(\d+ rows\); --force replaces/)]);
    expect(await everything(target.database.client)).toEqual(await everything(db()));
  }, 60_000);
});
