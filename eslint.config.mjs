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
    // Layers point one way: app -> lib/features (UI) -> lib/server (data access, authorization) -> the
    // domain (questionnaire, scoring, gaps, ...). Input schemas live with their domain, so the server
    // never needs the UI's folders. docs/architecture.md draws the layers.
    files: ["lib/**/*.{ts,tsx,mts}"],
    ignores: ["lib/features/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/features/**", "@/lib/features/**"],
              message: "Only app/ and lib/features import lib/features; move shared code (schemas, types) to its domain folder.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no database, no session, no server-only code.
    files: ["lib/{questionnaire,scoring,gaps,assessments,authz,charts,evidence,plans}/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/features/**", "@/lib/features/**"], message: "The domain does not import the UI." },
            {
              group: ["**/server/**", "@/lib/server/**", "server-only", "@prisma/*", "**/generated/**"],
              message: "The domain is pure: data access belongs in lib/server.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tooling outside the app passes the environment on to child processes and test runners.
    files: ["lib/env.ts", "scripts/**", "tests/**", "playwright.config.ts", "vitest*.config.mts", "proxy.ts"],
    rules: { "no-restricted-properties": "off" },
  },
);
