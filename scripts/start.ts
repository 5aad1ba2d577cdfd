// `npm start`: migrate and seed the database, build when needed, then serve on PORT (default 3000)
// through scripts/serve.ts, which derives the client address from the socket (see TRUSTED_PROXIES).
import { spawn } from "node:child_process";
import { env } from "../lib/env";
import { buildIfNeeded } from "./build";
import { prepareDb } from "./prepare-db";

async function main(): Promise<void> {
  await prepareDb({ seed: true });
  buildIfNeeded();
  const { PORT, APP_URL } = env();
  process.stdout.write(`Five Pillars is starting on port ${PORT} for ${APP_URL}\n`);
  // A plain Node process (no react-server condition): Next loads its own React builds.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
