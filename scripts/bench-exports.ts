// Export benchmark: the scores and answers exports of the demo data (194 countries in each of two
// cycles) as CSV and as streamed XLSX, beside the workbook built whole in memory as the XLSX export
// did before (the plain baseline, kept here only). Each measurement runs in its own process: time is
// the median of 3 runs to the last byte read; extra RSS is the process's peak during its first run
// over its size just before. Goals: XLSX < 500 ms and < 100 MB extra RSS per export.
// Run: npx tsx scripts/bench-exports.ts   (uses its own SQLite file; --smoke for one cycle, one run)
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import ExcelJS from "exceljs";

const DB_ENV = { DATABASE_URL: "file:./data/bench-exports/bench.db", DATA_DIR: "./data/bench-exports", APP_ENV: "test", LOG_LEVEL: "warn" };
const KINDS = ["scores", "answers"] as const;
const FORMATS = ["csv", "xlsx", "xlsx-in-memory"] as const;
type TKind = (typeof KINDS)[number];
type TFormat = (typeof FORMATS)[number];
type TResult = { rows: number; bytes: number; medianMs: number; extraRssMb: number };

/** The XLSX writer before streaming: the whole workbook model, then the whole file, in memory. */
async function inMemoryXlsx(header: readonly string[], rows: Iterable<readonly unknown[]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sheet", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((key) => ({ header: key, key, width: 12 }));
  for (const row of rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function bytesOf(body: string | Buffer | ReadableStream<Uint8Array>): Promise<number> {
  if (typeof body === "string") return Buffer.byteLength(body);
  if (Buffer.isBuffer(body)) return body.length;
  let n = 0;
  const reader = body.getReader(); // read as a client would, to the last byte
  for (let part = await reader.read(); !part.done; part = await reader.read()) n += part.value.length;
  return n;
}

async function child(kind: TKind, format: TFormat, cycleId: string, runs: number): Promise<TResult> {
  const { db } = await import("@/lib/server/db");
  const { loadActor } = await import("@/lib/server/load-actor");
  const scores = await import("@/lib/server/scores/export-scores");
  const answers = await import("@/lib/server/exports/export-answers");
  const { ANSWER_COLUMNS, answerRowCells } = await import("@/lib/exports/answer-rows");
  const reviewer = await db().user.findUniqueOrThrow({ where: { email: "reviewer@example.org" }, select: { id: true } });
  const actor = (await loadActor(reviewer.id, "system"))!;
  const once = async (): Promise<{ rows: number; bytes: number }> => {
    if (kind === "scores") {
      const data = await scores.exportScores(actor, cycleId);
      const body =
        format === "csv"
          ? scores.scoresCsv(data.rows)
          : format === "xlsx"
            ? scores.scoresXlsx(data.rows)
            : await inMemoryXlsx(
                Object.keys(data.rows[0] ?? {}),
                data.rows.map((r) => Object.values(r)),
              );
      return { rows: data.rows.length, bytes: await bytesOf(body) };
    }
    const data = await answers.exportAnswers(actor, cycleId);
    const body =
      format === "csv"
        ? answers.answersCsv(data)
        : format === "xlsx"
          ? answers.answersXlsx(data)
          : await inMemoryXlsx(ANSWER_COLUMNS, data.rows.map(answerRowCells));
    return { rows: data.rows.length, bytes: await bytesOf(body) };
  };
  global.gc?.();
  const before = process.memoryUsage().rss;
  const first = await once();
  const extraRssMb = (process.resourceUsage().maxRSS * 1024 - before) / 1e6;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ...first, medianMs: times[times.length >> 1]!, extraRssMb: Math.max(0, extraRssMb) };
}

function run(args: string[], capture = false) {
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", ...args], {
    env: { ...process.env, ...DB_ENV },
    stdio: ["ignore", capture ? "pipe" : "ignore", "inherit"],
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  return r.stdout;
}

async function main() {
  const smoke = process.argv.includes("--smoke");
  rmSync("data/bench-exports", { recursive: true, force: true });
  run(["scripts/prepare-db.ts"]);
  const cycles = JSON.parse(run(["scripts/bench-exports.ts", "--cycles"], true)) as { id: string; name: string; countries: number }[];
  console.log(`Exports of ${cycles.map((c) => `${c.name} (${c.countries} countries)`).join(" and ")}, as the reviewer (every country)\n`);
  console.log("| export | cycle | rows | format | bytes | median | extra RSS |");
  console.log("|---|---|---|---|---|---|---|");
  const results: (TResult & { kind: TKind; format: TFormat })[] = [];
  for (const kind of KINDS)
    for (const cycle of smoke ? cycles.slice(0, 1) : cycles)
      for (const format of FORMATS) {
        const r = JSON.parse(run(["scripts/bench-exports.ts", "--child", kind, format, cycle.id, smoke ? "1" : "3"], true)) as TResult;
        results.push({ ...r, kind, format });
        const csv = results.find((x) => x.kind === kind && x.format === "csv" && x.rows === r.rows);
        const ratio = csv && format !== "csv" ? ` (${(r.medianMs / csv.medianMs).toFixed(1)}x CSV)` : "";
        console.log(
          `| ${kind} | ${cycle.name} | ${r.rows} | ${format} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.medianMs.toFixed(0)} ms${ratio} | ${r.extraRssMb.toFixed(0)} MB |`,
        );
      }
  const xlsx = results.filter((r) => r.format === "xlsx");
  const slowest = Math.max(...xlsx.map((r) => r.medianMs));
  const heaviest = Math.max(...xlsx.map((r) => r.extraRssMb));
  console.log(
    `\nStreamed XLSX: slowest ${slowest.toFixed(0)} ms (goal < 500: ${slowest < 500 ? "met" : "NOT met"}), most extra RSS ${heaviest.toFixed(0)} MB (goal < 100: ${heaviest < 100 ? "met" : "NOT met"})`,
  );
}

if (process.argv[2] === "--cycles") {
  const { db } = await import("@/lib/server/db");
  const cycles = await db().cycle.findMany({ select: { id: true, name: true, _count: { select: { assessments: true } } }, orderBy: { opensAt: "asc" } });
  const withData = cycles.filter((c) => c._count.assessments >= 194);
  process.stdout.write(JSON.stringify(withData.map((c) => ({ id: c.id, name: c.name, countries: c._count.assessments }))));
  process.exit(0);
} else if (process.argv[2] === "--child") {
  const [kind, format, cycleId, runs] = process.argv.slice(3) as [TKind, TFormat, string, string];
  process.stdout.write(JSON.stringify(await child(kind, format, cycleId, Number(runs))));
  process.exit(0);
} else {
  await main();
}
