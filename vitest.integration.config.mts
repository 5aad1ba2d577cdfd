import { defineConfig } from "vitest/config";
import { sharedResolve } from "./tests/support/vitest-shared.mjs";

// Integration tests talk to the real database named by DATABASE_URL (set by scripts/test-integration.ts).
export default defineConfig({
  resolve: sharedResolve,
  test: {
    include: ["tests/integration/**/*.integration.test.ts"],
    environment: "node",
    // One database per run. Files own their rows (their own cycle, assessments and users), so they
    // may run in any order; scripts/test-integration.ts shuffles them, and runs two at a time on
    // PostgreSQL. One after another by default, as SQLite takes one writer at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
