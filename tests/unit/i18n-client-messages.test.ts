// Every namespace a client component reads is sent to the browser, and nothing else is.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { CLIENT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-messages";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const clientFiles = [...sourceFiles("lib"), ...sourceFiles("app")].filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

describe("messages sent to the browser", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(30);
  });

  it.each(clientFiles)("%s reads only namespaces that are sent", (file) => {
    const source = readFileSync(file, "utf8");
    // A namespace computed at run time could not be checked: client components name theirs literally.
    expect(source).not.toMatch(/useTranslations\(\s*[^"')\s]/);
    const used = [...source.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!.split(".")[0]!);
    for (const namespace of used) expect(CLIENT_NAMESPACES, `${file} uses ${namespace}`).toContain(namespace);
    expect(source).not.toMatch(/useTranslations\(\s*\)/);
  });

  it("lists only namespaces that exist and some that are used by client components", () => {
    const used = new Set(clientFiles.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/useTranslations\(\s*["']([^"'.]+)/g)].map((m) => m[1]!)));
    for (const namespace of CLIENT_NAMESPACES) {
      expect(Object.keys(en), namespace).toContain(namespace);
      expect([...used], `${namespace} is sent but no client component reads it`).toContain(namespace);
    }
  });

  it("leaves the server-only namespaces out", () => {
    const picked = pickNamespaces(en, CLIENT_NAMESPACES);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked).not.toHaveProperty("dashboards");
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length * 0.8);
  });
});
