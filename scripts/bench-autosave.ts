// Autosave benchmark: the answer save API (PUT /api/v1/assessments/{id}/answers/{questionId}, bearer
// token) under 50 concurrent writers, next to a bare baseline (node:http + better-sqlite3, or + pg)
// that this script starts too and that does the same save on a copy of the same database.
// Goal: app p95 < 50 ms and app throughput >= 10 % of the baseline's (aim 25 %), on SQLite and PostgreSQL.
//
// Per database: a fresh database (SQLite under data/bench/; PostgreSQL: a fresh database on
// TEST_POSTGRES_URL, or on a private cluster started here), migrated and seeded as `npm start` does;
// a scratch copy for the baseline; focal points with API tokens; the production build; `next start`
// on a free port of 127.0.0.1. Baseline first, then the app, each: warm-up, then a fixed duration.
//
//   npx tsx scripts/bench-autosave.ts [--smoke] [--only=sqlite|postgresql]
//   env: BENCH_SECONDS (default 10), BENCH_WARMUP_SECONDS (3), BENCH_WRITERS (50), BENCH_COUNTRIES (10),
//        BENCH_CPU_PROF=<dir> (CPU profile of the app server), BENCH_PACE_MS (1000, the paced phase),
//        BENCH_SQLITE_BASELINE=wal,NORMAL (journal mode and synchronous of the SQLite baseline; by
//        default the same as the app's client, so both pay the same fsync per commit)
// --smoke (CI): 2 s measured, 1 s warm-up; checks that it runs, not the figures.
// Exit code: 0 when it measured (goal met or not), 1 when the bench itself failed (a server did not
// start, any non-2xx answer). The last line printed is a JSON summary.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import Database from "better-sqlite3";
import pg from "pg";
import { percentile, runPhase, type TPhaseResult, type TWriterState } from "./bench-support/load";
import type { TSetupResult } from "./bench-support/setup-writers";
import { findPostgresBin, startPrivatePostgres, type TPrivatePostgres } from "./test-support/private-postgres";

type TProvider = "sqlite" | "postgresql";

const smoke = process.argv.includes("--smoke");
const only = process.argv.find((a) => a.startsWith("--only="))?.split("=")[1] as TProvider | undefined;
const num = (name: string, fallback: number, min: number, max: number) => {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}`);
  return n;
};
const SECONDS = smoke ? 2 : num("BENCH_SECONDS", 10, 1, 600);
const WARMUP = smoke ? 1 : num("BENCH_WARMUP_SECONDS", 3, 0, 120);
const WRITERS = num("BENCH_WRITERS", 50, 1, 500);
const COUNTRIES = Math.min(WRITERS, num("BENCH_COUNTRIES", 10, 1, 150));
const GOAL_P95_MS = 50;
// Paced phase: each writer saves once a second, as a person whose answers autosave (700 ms debounce).
const PACE_MS = num("BENCH_PACE_MS", 1000, 10, 60_000);
const GOAL_RATIO = 0.1;
const AIM_RATIO = 0.25;
const DATA_DIR = "./data/bench";

// ---------- processes, cleaned up on every way out ----------

const children = new Set<ChildProcess>();
const cleanups: Array<() => void | Promise<void>> = [];

function killChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM"); // its own process group (next start may fork)
  } catch {
    child.kill("SIGTERM");
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  killChild(child);
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

let cleanedUp = false;
async function cleanup(): Promise<void> {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of [...children]) await stopChild(child);
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (error) {
      process.stderr.write(`cleanup: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping servers\n`);
    void cleanup().finally(() => process.exit(130));
  });
}
process.on("exit", () => {
  // Last resort for a synchronous exit: no awaiting here.
  for (const child of children) killChild(child);
});

type TEnvVars = Record<string, string | undefined>;

function start(cmd: string, args: string[], env: TEnvVars): ChildProcess {
  const child = spawn(cmd, args, { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

function step(label: string, args: string[], env: TEnvVars): string {
  const t0 = performance.now();
  const r = spawnSync(args[0]!, args.slice(1), { env: env as NodeJS.ProcessEnv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 });
  if (r.status !== 0) throw new Error(`${label} failed (${r.status ?? r.signal}):\n${(r.stderr ?? "").slice(-4000)}${(r.stdout ?? "").slice(-2000)}`);
  log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r.stdout;
}

const log = (s: string) => process.stdout.write(`${s}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 2xx; fails when the process exits or after `ms`. */
async function waitForHttp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (let i = 0; i < 1000 && Date.now() < deadline; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

function collectOutput(child: ChildProcess): () => string {
  let out = "";
  const add = (c: Buffer) => {
    out = (out + c.toString("utf8")).slice(-8000);
  };
  child.stdout?.on("data", add);
  child.stderr?.on("data", add);
  return () => out;
}

// ---------- databases ----------

type TDatabases = { appUrl: string; baselineTarget: string; drop: () => Promise<void> };

function sqliteDatabases(): TDatabases {
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  return { appUrl: `file:${DATA_DIR}/autosave-app.db`, baselineTarget: `${DATA_DIR}/autosave-baseline.db`, drop: async () => undefined };
}

async function pgAdmin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgresDatabases(serverUrl: string): Promise<TDatabases> {
  const stamp = `${Date.now()}_${process.pid}`;
  const app = `five_pillars_bench_app_${stamp}`;
  const base = `five_pillars_bench_base_${stamp}`;
  await pgAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${app}`));
  const withDb = (name: string) => {
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return {
    appUrl: withDb(app),
    baselineTarget: withDb(base),
    drop: () =>
      pgAdmin(serverUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${app} WITH (FORCE)`);
        await c.query(`DROP DATABASE IF EXISTS ${base} WITH (FORCE)`);
      }).then(() => undefined),
  };
}

/** The baseline's scratch database: a copy of the seeded app database, so tables and rows are the same. */
async function copyForBaseline(provider: TProvider, dbs: TDatabases, serverUrl?: string): Promise<void> {
  if (provider === "sqlite") {
    const src = new Database(dbs.appUrl.slice("file:".length));
    src.prepare("VACUUM INTO ?").run(dbs.baselineTarget);
    src.close();
    return;
  }
  const base = new URL(dbs.baselineTarget).pathname.slice(1);
  const app = new URL(dbs.appUrl).pathname.slice(1);
  await pgAdmin(serverUrl!, (c) => c.query(`CREATE DATABASE ${base} TEMPLATE ${app}`));
}

// ---------- one database ----------

type TRow = {
  database: TProvider;
  writers: number;
  spread: string;
  seconds: number;
  baseline: { savesPerSec: number; p50: number; p95: number; saves: number; errors: number };
  app: { savesPerSec: number; p50: number; p95: number; saves: number; errors: number; conflicts: number };
  /** The app with every writer saving once per PACE_MS: the wait a person feels while 49 others type. */
  paced: { paceMs: number; offeredPerSec: number; savesPerSec: number; p50: number; p95: number; saves: number; errors: number };
  ratio: number;
  goalsMet: boolean;
  aimMet: boolean;
  profile: TSetupResult["profile"];
  /** SQLite: journal mode and synchronous level of the app's client and of the baseline. */
  journalMode?: string;
  errorSamples: string[];
};

const round = (n: number, d = 1) => (Number.isFinite(n) ? +n.toFixed(d) : n);

async function measure(label: string, port: number, writers: TWriterState[]): Promise<TPhaseResult & { warmupErrors: number; warmupSamples: string[] }> {
  const warm = WARMUP > 0 ? await runPhase(port, writers, WARMUP) : null;
  const run = await runPhase(port, writers, SECONDS);
  log(`  ${label}: ${run.ok} saves in ${run.seconds.toFixed(1)} s, ${run.errors + (warm?.errors ?? 0)} errors`);
  return { ...run, warmupErrors: warm?.errors ?? 0, warmupSamples: warm?.errorSamples ?? [] };
}

async function benchDatabase(provider: TProvider, serverUrl?: string): Promise<TRow> {
  log(`\n== ${provider}`);
  const dbs = provider === "sqlite" ? sqliteDatabases() : await postgresDatabases(serverUrl!);
  cleanups.push(dbs.drop);
  const env: TEnvVars = { ...process.env, DATABASE_URL: dbs.appUrl, DATA_DIR, APP_ENV: "test", LOG_LEVEL: "warn", SIGN_IN_RATE_LIMIT: "100" };
  delete env.NODE_ENV; // next start sets production itself; scripts run as they do for npm start
  const tsxRsc = ["npx", "tsx", "--conditions=react-server"];

  // Migrate and seed (prepare-db also generates the Prisma client for this provider), as `npm start` does.
  step("migrate + seed", [...tsxRsc, "scripts/prepare-db.ts"], env);
  await copyForBaseline(provider, dbs, serverUrl);
  const setupArgs = [`--writers=${WRITERS}`, `--countries=${COUNTRIES}`, `--timed-saves=${smoke ? 0 : 100}`];
  const setup = JSON.parse(
    step("focal points + tokens", [...tsxRsc, "scripts/bench-support/setup-writers.ts", ...setupArgs], env)
      .trim()
      .split("\n")
      .pop()!,
  ) as TSetupResult;
  const spread = `${setup.countries.length} countries x ${setup.questionsPerCountry} yes-no questions (${setup.countries.join(" ")}), one writer per question`;
  log(`  writers: ${setup.writers.length}: ${spread}`);

  const override = process.env.BENCH_SQLITE_BASELINE?.split(",");
  const basePragmas = setup.sqlite ? (override?.length === 2 ? override : [setup.sqlite.journalMode, setup.sqlite.synchronous]) : [];
  const journalMode = setup.sqlite
    ? `app journal_mode=${setup.sqlite.journalMode}, synchronous=${setup.sqlite.synchronous}; baseline ${override?.length === 2 ? "(BENCH_SQLITE_BASELINE) " : "the same: "}journal_mode=${basePragmas[0]}, synchronous=${basePragmas[1]}`
    : undefined;

  // Baseline: its own process, like the app.
  const baselineWriters = setup.writers.map((w) => ({ assessmentId: w.assessmentId, questionId: w.questionId, revision: w.revision, value: w.value }));
  const baseline = start(process.execPath, ["--import", "tsx", "scripts/bench-support/baseline-server.ts", provider, dbs.baselineTarget, ...basePragmas], env);
  const baselineOut = collectOutput(baseline);
  const basePort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`baseline server did not start:\n${baselineOut()}`)), 30_000);
    baseline.stdout!.on("data", () => {
      const m = /LISTENING (\d+)/.exec(baselineOut());
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    baseline.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`baseline server exited (${code}):\n${baselineOut()}`));
    });
  });
  await waitForHttp(`http://127.0.0.1:${basePort}/health`, baseline, 10_000);
  const base = await measure("baseline", basePort, baselineWriters);
  await stopChild(baseline);

  // The app: production build for this provider (the generated client must match it), then next start.
  step("build", [...tsxRsc, "scripts/build.ts"], env);
  const port = await freePort();
  const appEnv = { ...env, APP_URL: `http://127.0.0.1:${port}`, PORT: String(port) };
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the app server, to see where a save's time goes.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const app = start(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], appEnv);
  const appOut = collectOutput(app);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, app, 60_000);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${appOut()}`);
  }
  const appWriters = setup.writers.map((w) => ({
    assessmentId: w.assessmentId,
    questionId: w.questionId,
    token: w.token,
    revision: w.revision,
    value: w.value,
  }));
  const res = await measure("app", port, appWriters);
  const paced = await runPhase(port, appWriters, SECONDS, undefined, PACE_MS);
  log(
    `  app, each writer one save per ${PACE_MS} ms: ${paced.ok} saves in ${paced.seconds.toFixed(1)} s, p95 ${percentile(paced.latencies, 95).toFixed(1)} ms, ${paced.errors} errors`,
  );
  await stopChild(app);

  const baseRate = base.ok / base.seconds;
  const appRate = res.ok / res.seconds;
  const appP95 = percentile(res.latencies, 95);
  const ratio = baseRate > 0 ? appRate / baseRate : NaN;
  return {
    database: provider,
    writers: setup.writers.length,
    spread,
    seconds: SECONDS,
    baseline: {
      savesPerSec: round(baseRate, 0),
      p50: round(percentile(base.latencies, 50), 2),
      p95: round(percentile(base.latencies, 95), 2),
      saves: base.ok,
      errors: base.errors + base.warmupErrors,
    },
    app: {
      savesPerSec: round(appRate, 1),
      p50: round(percentile(res.latencies, 50), 1),
      p95: round(appP95, 1),
      saves: res.ok,
      errors: res.errors + res.warmupErrors,
      conflicts: res.conflicts,
    },
    paced: {
      paceMs: PACE_MS,
      offeredPerSec: round((appWriters.length * 1000) / PACE_MS, 1),
      savesPerSec: round(paced.ok / paced.seconds, 1),
      p50: round(percentile(paced.latencies, 50), 1),
      p95: round(percentile(paced.latencies, 95), 1),
      saves: paced.ok,
      errors: paced.errors,
    },
    ratio: round(ratio, 4),
    goalsMet: appP95 < GOAL_P95_MS && ratio >= GOAL_RATIO,
    aimMet: appP95 < GOAL_P95_MS && ratio >= AIM_RATIO,
    profile: setup.profile,
    journalMode,
    errorSamples: [...base.warmupSamples, ...base.errorSamples, ...res.warmupSamples, ...res.errorSamples, ...paced.errorSamples].slice(0, 5),
  };
}

// ---------- main ----------

function commit(): string {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() ? "+dirty" : "";
    return hash + dirty;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<number> {
  log(`Autosave benchmark: ${WRITERS} concurrent writers, ${WARMUP} s warm-up, ${SECONDS} s measured${smoke ? " (smoke)" : ""}`);
  const rows: TRow[] = [];
  const failures: string[] = [];
  if (only !== "postgresql") {
    try {
      rows.push(await benchDatabase("sqlite"));
    } catch (error) {
      failures.push(`sqlite: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (only !== "sqlite") {
    let serverUrl = process.env.TEST_POSTGRES_URL;
    let cluster: TPrivatePostgres | undefined;
    if (!serverUrl && findPostgresBin()) {
      cluster = startPrivatePostgres();
      cleanups.push(() => cluster!.stop());
      serverUrl = cluster.url;
    }
    if (!serverUrl) {
      const msg = "PostgreSQL NOT MEASURED: install PostgreSQL or set TEST_POSTGRES_URL";
      log(`\n!!! ${msg} !!!`);
      if (process.env.CI) failures.push(msg);
    } else {
      try {
        rows.push(await benchDatabase("postgresql", serverUrl));
      } catch (error) {
        failures.push(`postgresql: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  // Leave the client generated for the default database, as the app and the e2e tests expect.
  if (only !== "sqlite")
    spawnSync("npx", ["tsx", "scripts/generate-client.ts"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: "file:./data/five-pillars.db" } });

  if (rows.length) {
    log("");
    console.table(
      rows.map((r) => ({
        database: r.database,
        "baseline saves/s": r.baseline.savesPerSec,
        "baseline p95 ms": r.baseline.p95,
        "app saves/s": r.app.savesPerSec,
        "app p50 ms": r.app.p50,
        "app p95 ms": r.app.p95,
        "app/baseline": r.ratio,
        "paced p95 ms": r.paced.p95,
        errors: r.baseline.errors + r.app.errors + r.paced.errors,
        goalsMet: r.goalsMet,
      })),
    );
    for (const r of rows) {
      const p = r.profile;
      log(`${r.database}: ${r.spread}${r.journalMode ? `; SQLite ${r.journalMode}` : ""}`);
      log(
        `  app save path in-process (sequential): ${p.statementsPerSave ?? "?"} SQL statements per request in Prisma's query log (of which ${p.statementsPerAuth ?? "?"} bearer auth; the transaction's BEGIN is not logged) ${JSON.stringify(p.statements)}, p50 ${p.sequentialSaveMs?.p50 ?? "?"} ms${p.note ? ` (${p.note})` : ""}`,
      );
      for (const s of r.errorSamples) log(`  error: ${s}`);
    }
  }
  for (const r of rows)
    if (r.baseline.errors + r.app.errors + r.paced.errors > 0)
      failures.push(`${r.database}: ${r.baseline.errors} baseline and ${r.app.errors + r.paced.errors} app saves were not 2xx`);
  for (const r of rows) if (r.app.saves === 0 || r.baseline.saves === 0) failures.push(`${r.database}: no successful saves`);
  const summary = {
    bench: "autosave",
    commit: commit(),
    smoke,
    writers: WRITERS,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    goal: { p95Ms: GOAL_P95_MS, ratio: GOAL_RATIO, aim: AIM_RATIO },
    rows: rows.map(({ errorSamples: _e, ...r }) => r),
    goalsMet: rows.length > 0 && rows.every((r) => r.goalsMet),
    failures,
  };
  for (const f of failures) process.stderr.write(`\nFAILED ${f}\n`);
  log(JSON.stringify(summary));
  return failures.length ? 1 : 0;
}

main()
  .then(
    async (code) => {
      await cleanup();
      process.exit(code);
    },
    async (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      await cleanup();
      process.exit(1);
    },
  )
  .catch(() => process.exit(1));
