// The review API's description and download names: pure, so checked without a database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { AUDIT_FILTERS, auditFileName, auditFilterOf } from "@/lib/features/review/audit-query";

describe("auditFileName", () => {
  it.each([
    ["KEN", "2025 cycle", "audit-KEN-2025-cycle.csv"],
    ["ken", "Test cycle ab12cd34", "audit-KEN-test-cycle-ab12cd34.csv"],
    ["CIV", "Cycle d'évaluation 2026", "audit-CIV-cycle-d-evaluation-2026.csv"],
    ["FRA", 'a"; filename="evil.exe', "audit-FRA-a-filename-evil-exe.csv"],
    ["GHA", "../../etc/passwd\r\nX-Injected: 1", "audit-GHA-etc-passwd-x-injected-1.csv"],
    ["CHN", "2025年周期", "audit-CHN-2025.csv"],
    ["RUS", "Цикл", "audit-RUS-cycle.csv"],
    ['K"E', "x".repeat(200), `audit-KE-${"x".repeat(60)}.csv`],
  ])("%s / %j -> %s", (iso3, cycle, expected) => {
    expect(auditFileName(iso3, cycle)).toBe(expected);
    expect(expected).toMatch(/^[A-Za-z0-9.-]+$/);
  });
});

describe("auditFilterOf", () => {
  it.each([
    ["workflow", "workflow"],
    ["threads", "threads"],
    ["toString", "all"],
    [["answers"], "all"],
    [undefined, "all"],
  ])("%j -> %s", (raw, expected) => {
    expect(auditFilterOf(raw)).toBe(expected);
  });
  it("maps each filter to an action prefix", () => {
    expect(AUDIT_FILTERS).toEqual({ all: undefined, workflow: "assessment.", answers: "answer.", threads: "thread." });
  });
});

describe("the OpenAPI document", () => {
  type TOperation = { requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; parameters?: { name: string; schema: { enum?: string[] } }[] };
  type TSchema = { properties?: Record<string, { enum?: string[] }>; required?: string[] };
  // As clients receive it: JSON, read through the fields the assertions need.
  const doc: { paths: Record<string, Record<string, TOperation>>; components: { schemas: Record<string, TSchema> } } = JSON.parse(
    JSON.stringify(openApiDocument("http://localhost:3000")),
  );

  it("describes every review route", () => {
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/assessments/{id}/transitions",
        "/assessments/{id}/reviews/{questionId}",
        "/assessments/{id}/comments/{questionId}",
        "/assessments/{id}/review",
        "/assessments/{id}/sign-off",
        "/assessments/{id}/audit",
        "/review-queue",
        "/notifications",
        "/notifications/read",
      ]),
    );
  });

  it("describes every route and method under app/api/v1, and nothing that does not exist", () => {
    const root = path.resolve(__dirname, "../../app/api/v1");
    const routes: string[] = [];
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.name !== "route.ts") continue;
      const dir = path.relative(root, entry.parentPath).split(path.sep).filter(Boolean);
      const route = "/" + dir.map((part) => part.replace(/^\[(.+)\]$/, "{$1}")).join("/");
      if (route === "/openapi.json") continue;
      const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (new RegExp(`export const ${method}\\b|export async function ${method}\\b`).test(source)) routes.push(`${method} ${route}`);
    }
    const described = Object.entries(doc.paths).flatMap(([route, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${route}`));
    expect(routes.length).toBeGreaterThan(20);
    expect(described.sort()).toEqual(routes.sort());
  });

  it("takes request bodies and query parameters from the zod schemas", () => {
    const { schemas } = doc.components;
    expect(schemas.Transition!.properties!.transition!.enum).toEqual([
      "submit",
      "decline",
      "resume",
      "start-desk-research",
      "send-for-validation",
      "confirm-validation",
      "validate-unconfirmed",
      "start-review",
      "return",
      "validate",
      "reopen",
    ]);
    expect(JSON.stringify(schemas.ReviewAnswer)).toContain('"adjusted"');
    expect(JSON.stringify(schemas.SignOff)).toContain('"disputed"');
    expect(schemas.Comment!.required).toEqual(["body"]);
    const { paths } = doc;
    expect(paths["/assessments/{id}/reviews/{questionId}"]!.put!.requestBody!.content["application/json"]!.schema.$ref).toBe(
      "#/components/schemas/ReviewAnswer",
    );
    expect(paths["/review-queue"]!.get!.parameters!.map((p) => p.name)).toEqual(["cycle", "region", "status", "assignee", "cursor", "limit"]);
    expect(paths["/review-queue"]!.get!.parameters!.find((p) => p.name === "status")!.schema.enum).toEqual(
      expect.arrayContaining(["in-review", "not-started", "declined"]),
    );
    expect(paths["/assessments/{id}/audit"]!.get!.parameters!.map((p) => p.name)).toEqual(["id", "format", "action"]);
  });
});
