// Generates the Prisma client for the provider that DATABASE_URL names (it must match at run time).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { databaseProvider } from "../lib/env";
import { writePostgresSchema } from "./derive-postgres-schema";
import { prisma } from "./prisma-cli";

const MARKER = "lib/generated/prisma/.provider";

export function generatedProvider(): string | undefined {
  return existsSync(MARKER) ? readFileSync(MARKER, "utf8").trim() : undefined;
}

export function generateClient(): void {
  const provider = databaseProvider();
  writePostgresSchema();
  prisma(["generate", "--no-hints"], { capture: true });
  writeFileSync(MARKER, provider);
  process.stdout.write(`Prisma client generated for ${provider}\n`);
}

export function ensureClient(): boolean {
  if (generatedProvider() === databaseProvider()) return false;
  generateClient();
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) generateClient();
