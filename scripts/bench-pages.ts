// Dashboard benchmark: server time of the overview, compare and gaps pages on the demo data
// (p50/p95 over sequential requests from a signed-in reviewer), of the public pages and open API
// (anonymous; they are cached under a stamp read per request), and each page's client JavaScript
// (the scripts its HTML loads, gzip-compressed) and HTML (raw, with the RSC payload inlined in it).
// Goals: p95 < 200 ms, < 250 KB gzip of scripts per page, < 150 KB of HTML for the overview and gaps.
// Run: npx tsx scripts/bench-pages.ts   (builds when needed; uses its own SQLite file)
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";

const PORT = 3300;
const BASE = `http://localhost:${PORT}`;
const RUNS = 40;
const env = {
  ...process.env,
  DATABASE_URL: "file:./data/bench/bench.db",
  DATA_DIR: "./data/bench",
  APP_ENV: "test",
  APP_URL: BASE,
  LOG_LEVEL: "warn",
  SIGN_IN_RATE_LIMIT: "100",
};
const PAGES = ["/en/dashboards", "/en/dashboards/compare?countries=KEN&countries=NGA&regions=africa&global=1", "/en/dashboards/gaps"];
// The public pages and the open API, read without an account: the traffic of published results.
// Their baseline in the same run is the signed-in overview, which reads the same scores uncached.
const PUBLIC = ["/en/public", "/en/public/KEN", "/api/v1/public/scores", "/api/v1/public/countries/KEN"];

function step(args: string[]) {
  const r = spawnSync(args[0]!, args.slice(1), { env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function main() {
  rmSync("data/bench", { recursive: true, force: true });
  step(["npx", "tsx", "--conditions=react-server", "scripts/prepare-db.ts"]);
  step(["npx", "tsx", "--conditions=react-server", "scripts/build.ts"]);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: "ignore" });
  try {
    await waitFor(`${BASE}/api/health`);
    const signIn = await fetch(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ email: "reviewer@example.org", password: "demo-password-2026" }),
    });
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    const rows: { page: string; p50: number; p95: number; scripts: number; jsKbGzip: number; nomoduleKbGzip: number; htmlKb: number; rscKb: number }[] = [];
    for (const page of [...PAGES, ...PUBLIC]) {
      const times: number[] = [];
      let html = "";
      const anonymous = PUBLIC.includes(page);
      for (let i = 0; i < RUNS + 3; i++) {
        const t0 = performance.now();
        const res = await fetch(BASE + page, { headers: anonymous ? {} : { cookie } });
        html = await res.text();
        if (!res.ok) throw new Error(`${page}: ${res.status}`);
        if (i >= 3) times.push(performance.now() - t0); // the first requests warm the caches
      }
      // What a current browser downloads: `nomodule` scripts (Next's legacy polyfills) are skipped by
      // every browser that runs ES modules, so they are listed apart and not counted.
      const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
      const isLegacy = (m: RegExpMatchArray) => /\snomodule\b/i.test(m[1]! + m[3]!);
      const scripts = [...new Set(tags.filter((m) => !isLegacy(m)).map((m) => m[2]!))];
      const legacy = [...new Set(tags.filter(isLegacy).map((m) => m[2]!))];
      let gzip = 0;
      for (const src of scripts) gzip += gzipSync(Buffer.from(await (await fetch(BASE + src)).arrayBuffer())).length;
      let legacyGzip = 0;
      for (const src of legacy) legacyGzip += gzipSync(Buffer.from(await (await fetch(BASE + src)).arrayBuffer())).length;
      rows.push({
        page,
        p50: +percentile(times, 50).toFixed(1),
        p95: +percentile(times, 95).toFixed(1),
        scripts: scripts.length,
        jsKbGzip: +(gzip / 1024).toFixed(1),
        nomoduleKbGzip: +(legacyGzip / 1024).toFixed(1),
        htmlKb: +(Buffer.byteLength(html) / 1024).toFixed(1),
        // The RSC payload Next inlines for hydration: the server-rendered tree a second time.
        rscKb: +([...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0) / 1024).toFixed(1),
      });
    }
    console.table(rows);
    const htmlGoal = (r: (typeof rows)[number]): boolean => r.page.includes("/compare") || r.page.startsWith("/api/") || r.htmlKb < 150;
    const ok = rows.every((r) => r.p95 < 200 && r.jsKbGzip < 250 && htmlGoal(r));
    console.log(JSON.stringify({ bench: "pages", runs: RUNS, rows, goalsMet: ok }));
  } finally {
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
