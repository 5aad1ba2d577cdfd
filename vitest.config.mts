import { defineConfig } from "vitest/config";
import { sharedResolve } from "./tests/support/vitest-shared.mjs";

export default defineConfig({
  resolve: sharedResolve,
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
