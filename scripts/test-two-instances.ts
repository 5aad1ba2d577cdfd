// Two app instances on one PostgreSQL and one S3-compatible object store (s3rver), each with its own
// DATA_DIR, as behind a load balancer: a request may reach either one, and sessions, sign-out,
// sign-in throttling, autosave conflicts and uploads behave the same. Bounded: 127.0.0.1 only, every
// wait has a deadline, everything it starts is stopped. Prints "N passed, M failed"; exit 1 on a failure.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
// @ts-expect-error s3rver ships no types; only its constructor, run() and close() are used.
import S3rver from "s3rver";
import { findPostgresBin, startPrivatePostgres, type TPrivatePostgres } from "./test-support/private-postgres";

const PASSWORD = "demo-password-2026";
const children: ChildProcess[] = [];
const cleanups: (() => unknown)[] = [];
let passed = 0;
let failed = 0;

function check(name: string, ok: boolean, detail = ""): void {
  if (ok) passed++;
  else failed++;
  process.stdout.write(`  ${ok ? "✓" : "✗"} ${name}${ok || !detail ? "" : `: ${detail}`}\n`);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

type TEnvVars = Record<string, string | undefined>;

function step(label: string, args: string[], env: TEnvVars): void {
  const t = Date.now();
  const r = spawnSync(args[0]!, args.slice(1), { env: env as unknown as NodeJS.ProcessEnv, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
  process.stdout.write(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

type TCall = { status: number; json: () => Promise<any>; cookies: string[]; text: () => Promise<string> }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(
  base: string,
  origin: string,
  pathname: string,
  init: { method?: string; json?: unknown; body?: BodyInit; cookie?: string } = {},
): Promise<TCall> {
  const headers: Record<string, string> = { origin };
  if (init.json !== undefined) headers["content-type"] = "application/json";
  if (init.cookie) headers.cookie = init.cookie;
  const res = await fetch(base + pathname, {
    method: init.method ?? "GET",
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const body = await res.text();
  return { status: res.status, cookies: res.headers.getSetCookie(), json: async () => JSON.parse(body), text: async () => body };
}

const cookieOf = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]).join("; ");

async function main(): Promise<void> {
  // PostgreSQL: a fresh database on TEST_POSTGRES_URL, or a private cluster.
  let serverUrl = process.env.TEST_POSTGRES_URL;
  let cluster: TPrivatePostgres | undefined;
  if (!serverUrl) {
    if (!findPostgresBin()) throw new Error("PostgreSQL is not installed and TEST_POSTGRES_URL is not set");
    cluster = startPrivatePostgres();
    cleanups.push(() => cluster?.stop());
    serverUrl = cluster.url;
  }
  const name = `five_pillars_two_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${name}`;

  // One object store for both.
  const s3dir = mkdtempSync(path.join(tmpdir(), "five-pillars-two-s3-"));
  const s3 = new (S3rver as new (o: object) => { run(): Promise<{ port: number }>; close(): Promise<void> })({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: "evidence-two" }],
  });
  const { port: s3port } = await s3.run();
  cleanups.push(async () => {
    await s3.close();
    rmSync(s3dir, { recursive: true, force: true });
  });

  const [portA, portB] = [await freePort(), await freePort()];
  // The public URL both instances are known by (the load balancer's); here instance A's address.
  const appUrl = `http://127.0.0.1:${portA}`;
  const { NODE_ENV: _nodeEnv, ...inherited } = process.env; // next sets production itself
  const shared: TEnvVars = {
    ...inherited,
    DATABASE_URL: dbUrl.toString(),
    APP_ENV: "test",
    APP_URL: appUrl,
    BETTER_AUTH_SECRET: "two-instances-test-secret-0123456789abcdef",
    LOG_LEVEL: "warn",
    SIGN_IN_RATE_LIMIT: "100",
    EVIDENCE_S3_BUCKET: "evidence-two",
    EVIDENCE_S3_ENDPOINT: `http://127.0.0.1:${s3port}`,
    EVIDENCE_S3_REGION: "us-east-1",
    EVIDENCE_S3_ACCESS_KEY_ID: "S3RVER",
    EVIDENCE_S3_SECRET_ACCESS_KEY: "S3RVER",
    EVIDENCE_S3_FORCE_PATH_STYLE: "true",
  };
  const tsxRsc = ["npx", "tsx", "--conditions=react-server"];
  process.stdout.write("== two instances on one PostgreSQL and one object store\n");
  step("migrate + seed (once)", [...tsxRsc, "scripts/prepare-db.ts"], { ...shared, DATA_DIR: "./data/two-a" });
  step("build", [...tsxRsc, "scripts/build.ts"], { ...shared, DATA_DIR: "./data/two-a" });
  cleanups.push(() =>
    spawnSync("npx", ["tsx", "scripts/generate-client.ts"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: "file:./data/five-pillars.db" } }),
  );
  for (const [port, dir] of [
    [portA, "./data/two-a"],
    [portB, "./data/two-b"],
  ] as const) {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      env: { ...shared, PORT: String(port), DATA_DIR: dir } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    children.push(child);
  }
  const A = `http://127.0.0.1:${portA}`;
  const B = `http://127.0.0.1:${portB}`;
  await Promise.all([waitFor(`${A}/api/health`, 90_000), waitFor(`${B}/api/health`, 90_000)]);
  const o = appUrl;

  // Sessions: signed in on A, recognised on B; signed out on B, refused on A at once.
  const signIn = await call(A, o, "/api/auth/sign-in/email", { method: "POST", json: { email: "focal.ken@example.org", password: PASSWORD } });
  const cookie = cookieOf(signIn.cookies);
  check("sign-in on A", signIn.status === 200 && cookie.length > 0, `status ${signIn.status}`);
  const meB = await call(B, o, "/api/v1/me", { cookie });
  check("the session from A works on B", meB.status === 200, `status ${meB.status}`);

  // Autosave: a save on A, then a save over the same revision on B is a conflict with both values.
  const list = await (await call(B, o, "/api/v1/assessments", { cookie })).json();
  const draft = (list.assessments as { id: string; status: string }[]).find((a) => a.status === "draft");
  if (!draft) throw new Error("no draft assessment for Kenya in the demo data");
  const detail = await (await call(A, o, `/api/v1/assessments/${draft.id}`, { cookie })).json();
  const q = "national-cirt-24x7";
  const revision = (detail.answers[q]?.revision as number | undefined) ?? 0;
  const current = detail.answers[q]?.value;
  const mine = current === "yes" ? "no" : "yes";
  const theirs = mine === "yes" ? "no" : "yes";
  // national-cirt-24x7 shows only when national-cirt is in place; make sure it is.
  const cirt = detail.answers["national-cirt"];
  if (cirt?.value !== "in-place")
    await call(A, o, `/api/v1/assessments/${draft.id}/answers/national-cirt`, {
      method: "PUT",
      cookie,
      json: { value: "in-place", revision: cirt?.revision ?? 0 },
    });
  const onA = await call(A, o, `/api/v1/assessments/${draft.id}/answers/${q}`, { method: "PUT", cookie, json: { value: mine, revision } });
  const onB = await call(B, o, `/api/v1/assessments/${draft.id}/answers/${q}`, { method: "PUT", cookie, json: { value: theirs, revision } });
  const conflict = onB.status === 409 ? await onB.json() : null;
  check(
    "a save on A, then one over the same revision on B: 409 with A's value",
    onA.status === 200 && onB.status === 409 && conflict?.error?.details?.current?.value === mine,
    `A ${onA.status}, B ${onB.status}`,
  );

  // Uploads: stored through A, downloaded through B, byte for byte.
  const pdf = Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
  const form = new FormData();
  form.set("questionId", "national-cirt");
  form.set("file", new Blob([pdf], { type: "application/pdf" }), "cirt-mandate.pdf");
  const up = await call(A, o, `/api/v1/assessments/${draft.id}/evidence`, { method: "POST", cookie, body: form });
  const upJson = up.status === 200 ? await up.json() : null;
  const evidenceId = (upJson?.evidence?.id ?? upJson?.id) as string | undefined;
  const down = evidenceId ? await fetch(`${B}/api/v1/evidence/${evidenceId}`, { headers: { cookie } }) : null;
  const bytes = down ? Buffer.from(await down.arrayBuffer()) : Buffer.alloc(0);
  check(
    "a document uploaded through A downloads through B",
    up.status === 200 && down?.status === 200 && bytes.equals(pdf),
    `upload ${up.status} ${await up.text().catch(() => "")}, download ${down?.status}`,
  );

  const out = await call(B, o, "/api/auth/sign-out", { method: "POST", cookie, json: {} });
  const meA = await call(A, o, "/api/v1/me", { cookie });
  check("signed out on B: the old cookie is refused on A at once", out.status === 200 && meA.status === 401, `sign-out ${out.status}, me ${meA.status}`);

  // Throttling: failures counted across both instances lock the account on both.
  const email = "focal.fra@example.org";
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++)
    statuses.push((await call(i % 2 ? B : A, o, "/api/auth/sign-in/email", { method: "POST", json: { email, password: "not-the-password-1" } })).status);
  const lockedA = await call(A, o, "/api/auth/sign-in/email", { method: "POST", json: { email, password: PASSWORD } });
  const lockedB = await call(B, o, "/api/auth/sign-in/email", { method: "POST", json: { email, password: PASSWORD } });
  check(
    "five failures spread over A and B lock the account on both",
    statuses.every((s) => s === 401) && lockedA.status === 429 && lockedB.status === 429,
    `failures ${statuses.join(",")}, then A ${lockedA.status}, B ${lockedB.status}`,
  );
}

async function cleanup(): Promise<void> {
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  for (const f of cleanups.reverse()) {
    try {
      await f();
    } catch {
      /* best effort */
    }
  }
  rmSync("data/two-a", { recursive: true, force: true });
  rmSync("data/two-b", { recursive: true, force: true });
}

main()
  .catch((error: unknown) => {
    failed++;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  })
  .finally(async () => {
    await cleanup();
    process.stdout.write(`two instances: ${passed} passed, ${failed} failed\n`);
    process.exit(failed > 0 ? 1 : 0);
  });
