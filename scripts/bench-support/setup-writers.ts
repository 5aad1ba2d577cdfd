// Autosave benchmark, setup step (run by scripts/bench-autosave.ts with the app database in
// DATABASE_URL, under `tsx --conditions=react-server`): picks draft assessments of the open cycle,
// creates one focal point per country with an API token (the app's own createUser and
// createApiToken), gives each writer one yes-no question of its own, and reads the current answer
// and revision. Then, on one more draft that no writer uses, it calls the app's save function
// in-process with a query-logging Prisma client to count SQL statements per save and time it.
// Prints one JSON line (the last line of stdout).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, env, sqliteFilePath } from "../../lib/env";
import { PrismaClient } from "../../lib/generated/prisma/client";

export type TBenchWriter = { id: number; iso3: string; assessmentId: string; questionId: string; token: string; revision: number; value: string | null };
export type TSaveProfile = {
  statementsPerSave: number | null;
  statementsPerAuth: number | null;
  statements: Record<string, number>;
  sequentialSaveMs: { p50: number; p95: number; n: number } | null;
  note?: string;
};
/** SQLite only: the journal mode and synchronous level the app's own client runs with (the baseline copies them). */
export type TSqliteSettings = { journalMode: string; synchronous: string };
export type TSetupResult = {
  writers: TBenchWriter[];
  countries: string[];
  questionsPerCountry: number;
  cycle: string;
  profile: TSaveProfile;
  sqlite: TSqliteSettings | null;
};

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split("=")[1]) : fallback;
};

function makeClient(url: string): PrismaClient {
  const options = { log: [{ emit: "event" as const, level: "query" as const }] };
  if (databaseProvider(url) === "sqlite")
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url, process.cwd()) }), ...options });
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), ...options });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!;

async function main(): Promise<TSetupResult> {
  const writerCount = arg("writers", 50);
  const countryCount = arg("countries", 10);
  const timedSaves = arg("timed-saves", 100);
  const url = env().DATABASE_URL;
  const sqlite = databaseProvider(url) === "sqlite" ? await appSqliteSettings(url) : null;
  // The app's db() keeps its client on globalThis: put a query-logging one there first, so the
  // app's own code below (createUser, createApiToken, saveAnswer) runs on it and can be counted.
  const client = makeClient(url);
  (globalThis as unknown as { fivePillarsDb?: PrismaClient }).fivePillarsDb = client;
  if (sqlite) await client.$queryRawUnsafe(`PRAGMA synchronous = ${sqlite.synchronous}`);
  let counting: Map<string, number> | null = null;
  (client as unknown as { $on: (e: "query", cb: (ev: { query: string }) => void) => void }).$on("query", (ev) => {
    if (!counting) return;
    const kind = ev.query.trim().split(/\s+/, 1)[0]!.toUpperCase();
    counting.set(kind, (counting.get(kind) ?? 0) + 1);
  });

  const { SYSTEM_ACTOR } = await import("../../lib/authz/policy");
  const { createUser } = await import("../../lib/server/users/create-user");
  const { createApiToken } = await import("../../lib/server/tokens/create-api-token");
  const { loadStoredVersion } = await import("../../lib/server/questionnaires/get-questionnaire-version");

  const now = new Date();
  const cycle = await client.cycle.findFirst({ where: { opensAt: { lte: now }, closesAt: { gte: now } }, orderBy: { opensAt: "desc" } });
  if (!cycle) throw new Error("no open cycle in the seeded database");
  const drafts = await client.assessment.findMany({
    where: { cycleId: cycle.id, status: "draft" },
    orderBy: { countryIso3: "asc" },
    select: { id: true, countryIso3: true },
  });
  if (drafts.length < countryCount + 1) throw new Error(`only ${drafts.length} draft assessments in "${cycle.name}", need ${countryCount + 1}`);
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const perCountry = Math.ceil(writerCount / countryCount);
  const yesNo = version.questions.filter((q) => q.type === "yes-no").map((q) => q.id);
  if (yesNo.length < perCountry) throw new Error(`only ${yesNo.length} yes-no questions, need ${perCountry}`);

  const chosen = drafts.slice(0, countryCount);
  const tokens = new Map<string, string>();
  for (const a of [...chosen, drafts[countryCount]!]) {
    const user = await createUser(SYSTEM_ACTOR, {
      email: `bench.${a.countryIso3.toLowerCase()}.${Date.now()}@bench.example.org`,
      name: `Bench focal point ${a.countryIso3}`,
      role: "focal-point",
      countryIso3: a.countryIso3,
      pillars: [],
      password: "bench-password-2026-not-used",
    });
    tokens.set(a.countryIso3, (await createApiToken(SYSTEM_ACTOR, { name: "bench" }, user.id)).secret);
  }

  const writers: TBenchWriter[] = [];
  for (let i = 0; i < writerCount; i++) {
    const a = chosen[i % countryCount]!;
    const questionId = yesNo[Math.floor(i / countryCount)]!;
    const current = await client.answer.findUnique({ where: { assessmentId_questionId: { assessmentId: a.id, questionId } } });
    writers.push({
      id: i,
      iso3: a.countryIso3,
      assessmentId: a.id,
      questionId,
      token: tokens.get(a.countryIso3)!,
      revision: current?.revision ?? 0,
      value: current ? (JSON.parse(current.value) as string | null) : null,
    });
  }

  const profile = await profileSaves(drafts[countryCount]!, tokens.get(drafts[countryCount]!.countryIso3)!, yesNo[0]!, timedSaves, (m) => (counting = m));
  await client.$disconnect();
  return { writers, countries: chosen.map((a) => a.countryIso3), questionsPerCountry: perCountry, cycle: cycle.name, profile, sqlite };
}

const SYNC_LEVELS = ["OFF", "NORMAL", "FULL", "EXTRA"];

/** What the app's client factory sets up (journal mode, synchronous), read through that factory. */
async function appSqliteSettings(url: string): Promise<TSqliteSettings> {
  const { createDbClient } = await import("../../lib/db/create-client");
  const app = createDbClient(url);
  try {
    const jm = await app.$queryRawUnsafe<Array<Record<string, unknown>>>("PRAGMA journal_mode");
    const sync = await app.$queryRawUnsafe<Array<Record<string, unknown>>>("PRAGMA synchronous");
    const level = Number(Object.values(sync[0] ?? {})[0]);
    return { journalMode: String(Object.values(jm[0] ?? {})[0]), synchronous: SYNC_LEVELS[level] ?? String(level) };
  } finally {
    await app.$disconnect();
  }
}

/**
 * The app's save path in-process (bearer auth + saveAnswer), on an assessment no writer touches:
 * SQL statements per save by kind, and the sequential time per save (no HTTP, no concurrency).
 * Tolerant: if the app's modules change shape, the profile says so instead of failing the bench.
 */
async function profileSaves(
  target: { id: string },
  token: string,
  questionId: string,
  timedSaves: number,
  setCounting: (m: Map<string, number> | null) => void,
): Promise<TSaveProfile> {
  try {
    const { actorFromBearer } = await import("../../lib/server/current-actor");
    const { saveAnswer } = await import("../../lib/server/assessments/save-answer");
    let revision = 0;
    let value = "no";
    const times: number[] = [];
    const save = async () => {
      value = value === "yes" ? "no" : "yes";
      const actor = await actorFromBearer(`Bearer ${token}`);
      if (!actor) throw new Error("token not accepted");
      const saved = (await saveAnswer(actor, target.id, questionId, { value, revision })) as { revision: number };
      revision = saved.revision;
    };
    for (let i = 0; i < 5; i++) await save(); // warm-up (also the first insert)
    const authCount = new Map<string, number>();
    setCounting(authCount);
    await actorFromBearer(`Bearer ${token}`);
    const saveCount = new Map<string, number>();
    setCounting(saveCount);
    await save();
    setCounting(null);
    const auth = [...authCount.values()].reduce((s, n) => s + n, 0);
    const all = [...saveCount.values()].reduce((s, n) => s + n, 0);
    for (let i = 0; i < timedSaves; i++) {
      const t0 = performance.now();
      await save();
      times.push(performance.now() - t0);
    }
    return {
      statementsPerSave: all,
      statementsPerAuth: auth,
      statements: Object.fromEntries(saveCount),
      sequentialSaveMs: times.length === 0 ? null : { p50: +pct(times, 50).toFixed(2), p95: +pct(times, 95).toFixed(2), n: times.length },
    };
  } catch (error) {
    return {
      statementsPerSave: null,
      statementsPerAuth: null,
      statements: {},
      sequentialSaveMs: null,
      note: `profile skipped: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
