import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium by default, a path from CHROMIUM_PATH, or Playwright's own browser where installed.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Journeys own their data (a cycle of their own for what changes a status, answers they set before
// they check them), so they run in parallel and in whatever order the workers take them.
const workers = Number(process.env.E2E_WORKERS ?? 2);
// Measurements run alone, after every journey, so no other worker's load inflates their figures.
// Their project depends on the journeys' one: to run a measurement by itself, add --no-deps.
const MEASURED = /pillar-form-on-a-slow-link\.spec\.ts/;
// These journeys publish a cycle or withdraw the demo's publication: while they do, what the public
// pages show with no cycle named changes for everyone. They run one at a time, after the others.
const PUBLISHING = /(results-go-public|desk-research-to-public)\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: [MEASURED, PUBLISHING], use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "publishing", testMatch: PUBLISHING, dependencies: ["chromium"], workers: 1, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "measurements", testMatch: MEASURED, dependencies: ["publishing"], use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    // scripts/test-e2e.ts has already built the app and prepared a fresh database. The production
    // server itself (what `npm start` runs): client addresses from the socket, Brotli build assets.
    command: `PORT=${port} node --import tsx scripts/serve.ts`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
