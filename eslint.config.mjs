import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import fivePillars from "./scripts/eslint/five-pillars-plugin.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "lib/generated/",
      "data/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
      "public/sw.js",
      "**/*.tmp.*",
      "**/*-tmp.*",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { "react-hooks": reactHooks, "five-pillars": fivePillars },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/set-state-in-effect": "off",
      "five-pillars/no-server-in-client": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      // Environment variables are parsed once, by lib/env.ts.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts." }],
    },
  },
  { files: ["lib/server/**/*.ts"], rules: { "five-pillars/require-server-only": "error" } },
  {
    // Tooling outside the app passes the environment on to child processes and test runners.
    files: ["lib/env.ts", "scripts/**", "tests/**", "playwright.config.ts", "vitest*.config.mts", "proxy.ts"],
    rules: { "no-restricted-properties": "off" },
  },
);
