// Builds the app when its sources, dependencies or database provider changed since the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseProvider } from "../lib/env";
import { buildServiceWorker } from "./build-service-worker";
import { precompressAssets } from "../lib/net/precompressed-assets";
import { ensureClient } from "./generate-client";

const INPUTS = ["app", "lib", "questionnaires", "next.config.js", "proxy.ts", "package-lock.json", "tsconfig.json"];
const STAMP = ".next/five-pillars-build-stamp";

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry)) if (name !== "generated" && name !== "node_modules") walk(path.join(entry, name), out);
  } else out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
}

export function buildFingerprint(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(input, files);
  return createHash("sha256").update(databaseProvider()).update(files.sort().join("\n")).digest("hex");
}

export function buildIfNeeded(options: { force?: boolean } = {}): void {
  const regenerated = ensureClient();
  const fingerprint = buildFingerprint();
  const upToDate = existsSync(".next/BUILD_ID") && existsSync("public/sw.js") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
  if (upToDate && !regenerated && !options.force) {
    process.stdout.write("Build is up to date\n");
    return;
  }
  process.stdout.write("Building the app (about half a minute)…\n");
  buildServiceWorker();
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
  process.stdout.write(`Brotli copies of ${precompressAssets(".next/static")} build assets\n`);
  writeFileSync(STAMP, fingerprint);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded({ force: process.argv.includes("--force") });
