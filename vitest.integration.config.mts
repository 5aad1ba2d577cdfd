import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Integration tests talk to the real database named by DATABASE_URL (set by scripts/test-integration.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/integration/**/*.integration.test.ts"],
    environment: "node",
    // One database per run: files run one after another so they never race on shared rows.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
