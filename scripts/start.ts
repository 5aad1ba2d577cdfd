// `npm start`: migrate and seed the database, build when needed, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { env } from "../lib/env";
import { buildIfNeeded } from "./build";
import { prepareDb } from "./prepare-db";

async function main(): Promise<void> {
  await prepareDb({ seed: true });
  buildIfNeeded();
  const { PORT, APP_URL } = env();
  process.stdout.write(`Five Pillars is starting on ${APP_URL}\n`);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
