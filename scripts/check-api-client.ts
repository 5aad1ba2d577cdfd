// npm run api:check: the OpenAPI document as a product, checked the way an integrator uses it.
// 1. writes the document, generated from the server's zod schemas, to a temporary folder;
// 2. lints it with Redocly (redocly.yaml: the recommended ruleset) and fails on any error or warning;
// 3. generates client types from it with openapi-typescript;
// 4. type-checks the committed example client (docs/examples/api-client-example.cts) against them.
// Every step runs every time; any failure fails the script, nothing is skipped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApiDocument } from "@/lib/api/openapi-document";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const EXAMPLE = path.join(root, "docs", "examples", "api-client-example.cts");
// The document served by a deployment names its APP_URL; checked here with a production-like one
// (README's example), since a localhost server URL is itself a lint warning.
const SERVER_URL = "https://five-pillars.example.org";
// No telemetry or update check from the linter: CI reaches only the package registry.
const quiet = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: root, env: quiet, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(command)} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

function lint(documentFile: string) {
  let report: string;
  try {
    report = run(bin("redocly"), ["lint", documentFile, "--config", path.join(root, "redocly.yaml"), "--format", "json"]);
  } catch (error) {
    // Errors make redocly exit non-zero; its JSON report is still on stdout.
    report = String((error as Error).message).replace(/^redocly failed:\n/, "");
  }
  const json = report.slice(report.indexOf("{"));
  const { totals, problems } = JSON.parse(json) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
  };
  console.log(`redocly lint: ${totals.errors} errors, ${totals.warnings} warnings`);
  if (totals.errors + totals.warnings > 0) {
    for (const p of problems) console.error(`  ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`);
    throw new Error("The OpenAPI document does not lint clean");
  }
}

function typeCheckExample(dir: string, typesFile: string) {
  const tsconfig = path.join(dir, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "esnext",
        moduleResolution: "bundler",
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        // The generated types are checked too, not trusted.
        skipLibCheck: false,
        types: ["node"],
        typeRoots: [path.join(root, "node_modules", "@types")],
        paths: { "five-pillars-api": [typesFile] },
      },
      files: [EXAMPLE],
    }),
  );
  run(bin("tsc"), ["-p", tsconfig]);
  console.log(`tsc: ${path.relative(root, EXAMPLE)} type-checks against the generated client`);
}

const dir = mkdtempSync(path.join(tmpdir(), "five-pillars-api-"));
try {
  const documentFile = path.join(dir, "openapi.json");
  const doc = openApiDocument(SERVER_URL);
  writeFileSync(documentFile, JSON.stringify(doc, null, 2));
  const operations = Object.values(doc.paths).flatMap((ops) => Object.keys(ops)).length;
  console.log(`openapi.json: ${Object.keys(doc.paths).length} paths, ${operations} operations, ${Object.keys(doc.components.schemas).length} schemas`);
  lint(documentFile);
  const typesFile = path.join(dir, "five-pillars-api.d.ts");
  run(bin("openapi-typescript"), [documentFile, "--output", typesFile]);
  const generated = readFileSync(typesFile, "utf8");
  if (!generated.includes("listAssessments")) throw new Error("openapi-typescript wrote no operations");
  console.log(`openapi-typescript: ${generated.split("\n").length} lines of types`);
  typeCheckExample(dir, typesFile);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
