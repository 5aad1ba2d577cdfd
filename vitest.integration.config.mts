import { defineConfig } from "vitest/config";
import { sharedResolve } from "./tests/support/vitest-shared.mjs";

// Integration tests talk to the real database named by DATABASE_URL (set by scripts/test-integration.ts).
export default defineConfig({
  resolve: sharedResolve,
  test: {
    include: ["tests/integration/**/*.integration.test.ts"],
    environment: "node",
    // One database per run: files run one after another so they never race on shared rows.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
