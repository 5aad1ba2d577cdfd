// The evidence quota per assessment (EVIDENCE_QUOTA_MB): an upload that would exceed it is refused
// with a clear error and stores nothing, also when several uploads race; removed files free space.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { uploadEvidenceFile } from "@/lib/server/evidence/upload-evidence-file";
import { MINIMAL_PDF } from "../support/evidence-files";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let id: string;
let focal: TActor;
const quotaBefore = env().EVIDENCE_QUOTA_MB;

/** A distinct PDF of `kb` KiB (distinct bytes, so each is its own stored file). */
function pdf(kb: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(kb * 1024);
  bytes.set(MINIMAL_PDF);
  for (let i = MINIMAL_PDF.length; i < bytes.length; i += 512) bytes[i] = (seed * 31 + i) % 251;
  return bytes;
}
const files = () => db().evidence.count({ where: { assessmentId: id, kind: "file", deletedAt: null } });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "stored",
    (e: { code?: string; fields?: Record<string, string> }) => `${e.code}:${e.fields?.file ?? ""}`,
  );

beforeAll(async () => {
  id = (await openTestCycle(["TZA"])).byCountry.TZA!;
  focal = await makeUser("focal-point", { country: "TZA" });
  // The parsed environment is read per upload: a 1 MB quota for this file's tests.
  (env() as { EVIDENCE_QUOTA_MB: number }).EVIDENCE_QUOTA_MB = 1;
});
afterAll(() => {
  (env() as { EVIDENCE_QUOTA_MB: number }).EVIDENCE_QUOTA_MB = quotaBefore;
});

describe("the evidence quota of one assessment", () => {
  it("refuses the upload that would exceed it, stores nothing, and accepts again once a file is removed", async () => {
    const first = await uploadEvidenceFile(focal, id, { questionId: "national-cirt", fileName: "a.pdf", bytes: pdf(600, 1) });
    const refused = await uploadEvidenceFile(focal, id, { questionId: "national-cirt", fileName: "b.pdf", bytes: pdf(600, 2) }).catch(
      (e: { code: string; message: string }) => e,
    );
    expect(refused).toMatchObject({ code: "invalid", fields: { file: "Quota exceeded" } });
    expect((refused as { message: string }).message).toMatch(/quota of 1 MB \(0\.6 MB used\)/);
    expect(await files()).toBe(1);
    await removeEvidence(focal, first.id);
    expect(await outcome(uploadEvidenceFile(focal, id, { questionId: "national-cirt", fileName: "b.pdf", bytes: pdf(600, 2) }))).toBe("stored");
  });

  it("holds when uploads race: of four 300 KB uploads into 400 KB of room, one lands", async () => {
    // 600 KB are used by the previous test; 424 KB remain of 1024.
    const results = await Promise.all(
      [3, 4, 5, 6].map((seed) => outcome(uploadEvidenceFile(focal, id, { questionId: "data-protection-law", fileName: `${seed}.pdf`, bytes: pdf(300, seed) }))),
    );
    expect(results.filter((r) => r === "stored")).toHaveLength(1);
    expect(results.filter((r) => r === "invalid:Quota exceeded")).toHaveLength(3);
    expect(await files()).toBe(2);
  });
});
