// End-to-end tests in a real Chromium: a fresh SQLite database with demo data, the production build,
// the production server (scripts/serve.ts) on port 3100, then Playwright.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  DATABASE_URL: "file:./data/e2e/e2e.db",
  DATA_DIR: "./data/e2e",
  APP_ENV: "test" as const,
  APP_URL: `http://localhost:${port}`,
  E2E_PORT: port,
  // Every journey signs in; the limit itself is covered by the integration tests.
  SIGN_IN_RATE_LIMIT: "100",
  LOG_LEVEL: "warn",
};

function step(args: string[]): void {
  const result = spawnSync(args[0]!, args.slice(1), { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync("data/e2e", { recursive: true, force: true });
step(["npx", "tsx", "--conditions=react-server", "scripts/prepare-db.ts"]);
step(["npx", "tsx", "--conditions=react-server", "scripts/build.ts"]);
step(["npx", "playwright", "test", ...process.argv.slice(2)]);
