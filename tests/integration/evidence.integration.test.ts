import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "@/lib/authz/policy";
import { env } from "@/lib/env";
import { MAX_EVIDENCE_FILE_BYTES } from "@/lib/evidence/schemas";
import type { TEvidenceFile } from "@/lib/evidence/types";
import { seedCountries } from "@/lib/seed/seed-countries";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { db } from "@/lib/server/db";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { listEvidence } from "@/lib/server/evidence/list-evidence";
import { readEvidenceFile } from "@/lib/server/evidence/read-evidence-file";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { uploadEvidenceFile } from "@/lib/server/evidence/upload-evidence-file";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { evidenceStore } from "@/lib/server/storage/evidence-store";
import { ascii, MINIMAL_PDF, ooxml, WINDOWS_EXE } from "../support/evidence-files";
import { makeUser } from "../support/factories";
import { describeEachStorage } from "../support/s3-server";

let ken: string;
let fra: string;
let gha: string;
let legalQ: string;
let technicalQ: string;
let focalKen: TActor;
let focalFra: TActor;
let focalGha: TActor;
let contributorKen: TActor;
let reviewer: TActor;
let admin: TActor;

/** The error code an operation fails with ("none" when it succeeds); zod errors show as "ZodError". */
const code = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: { code?: string; name?: string }) => e.code ?? e.name ?? String(e),
  );
const folder = (assessmentId: string) => path.resolve(env().DATA_DIR, "evidence", assessmentId);
/** The keys the evidence store (disk or bucket) holds for an assessment. */
const storedKeys = async (assessmentId: string) => {
  const keys: string[] = [];
  for await (const { key } of evidenceStore().list(`${assessmentId}/`)) keys.push(key);
  return keys.sort();
};
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());
const liveCount = (assessmentId: string) => db().evidence.count({ where: { assessmentId, deletedAt: null } });

describeEachStorage("evidence", (backend) => {
  beforeAll(async () => {
    await seedCountries(db());
    await seedQuestionnaires();
    const { cycleId } = await openCycle(SYSTEM_ACTOR, {
      name: `Evidence cycle ${randomUUID().slice(0, 8)}`,
      questionnaireKey: "five-pillars@2024",
      opensOn: "2020-01-01",
      closesOn: "2099-12-31",
      scope: "list",
      countries: ["KEN", "FRA", "GHA"],
    });
    const rows = await db().assessment.findMany({ where: { cycleId }, select: { id: true, countryIso3: true } });
    const byCountry = Object.fromEntries(rows.map((r) => [r.countryIso3, r.id]));
    [ken, fra, gha] = [byCountry.KEN!, byCountry.FRA!, byCountry.GHA!];
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
    const version = await loadStoredVersion(cycle.questionnaireVersionId);
    const questions = Object.values(version.questionById);
    legalQ = questions.find((q) => q.pillar === "legal")!.id;
    technicalQ = questions.find((q) => q.pillar === "technical")!.id;
    focalKen = await makeUser("focal-point", { country: "KEN" });
    focalFra = await makeUser("focal-point", { country: "FRA" });
    focalGha = await makeUser("focal-point", { country: "GHA" });
    contributorKen = await makeUser("contributor", { country: "KEN", pillars: ["technical"] });
    reviewer = await makeUser("reviewer");
    admin = await makeUser("admin");
  });

  describe("links as evidence", () => {
    it("lets the focal point add a web link, listed under its question and audited", async () => {
      const link = await addEvidenceLink(focalKen, ken, { questionId: legalQ, url: " https://laws.example.go.ke/cyber act ", title: "Computer Misuse Act" });
      expect(link).toMatchObject({ kind: "link", url: "https://laws.example.go.ke/cyber%20act", title: "Computer Misuse Act", createdByName: focalKen.name });
      const listed = await listEvidence(focalKen, ken);
      expect(listed[legalQ]?.map((i) => i.id)).toContain(link.id);
      expect(await db().auditLog.count({ where: { entityId: link.id, action: "evidence.add-link", assessmentId: ken } })).toBe(1);
    });

    it.each([
      ["javascript:", "javascript:alert(document.cookie)"],
      ["ftp:", "ftp://files.example.org/law.pdf"],
      ["data:", "data:text/html,<script>alert(1)</script>"],
      ["credentials", "https://gov.example@evil.example/"],
      ["not a URL", "not a url"],
      ["over 2000 characters", `https://example.org/${"a".repeat(2000)}`],
    ])("refuses a %s link and stores nothing", async (_label, url) => {
      const before = await liveCount(ken);
      expect(await code(addEvidenceLink(focalKen, ken, { questionId: legalQ, url }))).toBe("ZodError");
      expect(await liveCount(ken)).toBe(before);
    });
  });

  describe("documents as evidence", () => {
    it("stores an uploaded PDF under the data directory by its sha256, with a safe name, and audits it", async () => {
      const item = await uploadEvidenceFile(focalKen, ken, { questionId: legalQ, fileName: "../../Annual report\u202E.PDF", bytes: MINIMAL_PDF });
      expect(item).toMatchObject({
        kind: "file",
        fileName: "Annual report.pdf",
        size: MINIMAL_PDF.length,
        mimeType: "application/pdf",
        sha256: sha256(MINIMAL_PDF),
      });
      const key = `${ken}/${sha256(MINIMAL_PDF)}.pdf`;
      expect(await bytesOf((await evidenceStore().open(key)).stream)).toEqual(MINIMAL_PDF);
      expect(await storedKeys(ken)).toContain(key);
      // On disk: at <DATA_DIR>/evidence/<key>, with no temporary file left behind.
      if (backend === "disk") expect(readdirSync(folder(ken)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      else expect(existsSync(folder(ken))).toBe(false);
      const row = await db().evidence.findUniqueOrThrow({ where: { id: item.id } });
      expect(row.storageKey).toBe(`${ken}/${sha256(MINIMAL_PDF)}.pdf`);
      expect(await db().auditLog.count({ where: { entityId: item.id, action: "evidence.upload" } })).toBe(1);
    });

    it("stores and streams back a file near the size limit, byte for byte", async () => {
      const big = new Uint8Array(MAX_EVIDENCE_FILE_BYTES);
      big.set(MINIMAL_PDF);
      for (let i = MINIMAL_PDF.length; i < big.length; i += 4096) big[i] = i % 251;
      const item = await uploadEvidenceFile(focalKen, ken, { questionId: technicalQ, fileName: "big.pdf", bytes: big });
      expect(item).toMatchObject({ size: big.length, sha256: sha256(big) });
      const download = await readEvidenceFile(reviewer, item.id);
      expect(download.size).toBe(big.length);
      expect(sha256(await bytesOf(download.stream))).toBe(sha256(big));
    });

    it("fails a download whose stored object is missing as a server fault, not as not-found", async () => {
      const item = await uploadEvidenceFile(focalKen, ken, { questionId: legalQ, fileName: "gone.pdf", bytes: ascii("%PDF-1.4\n% gone\n%%EOF\n") });
      await db().evidence.update({ where: { id: item.id }, data: { storageKey: `${ken}/${"0".repeat(64)}.pdf` } });
      const error = await readEvidenceFile(reviewer, item.id).then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(error).not.toBeNull();
      expect(error?.code).not.toBe("not-found");
    });

    it("types Office documents from their content, whatever the name claims", async () => {
      const docx = ooxml("word", "document.xml");
      const item = await uploadEvidenceFile(focalKen, ken, { questionId: legalQ, fileName: "strategy.pdf", bytes: docx });
      expect(item).toMatchObject({ fileName: "strategy.pdf.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    });

    it.each([
      ["a renamed executable", "setup.pdf", WINDOWS_EXE, /not a PDF, Office document or image \(detected: executable\)/],
      ["an HTML page renamed .pdf", "report.pdf", ascii("<!doctype html><html><body><script>alert(1)</script></body></html>"), /detected: HTML/],
      ["an empty file", "empty.pdf", new Uint8Array(0), /detected: empty file/],
      [
        "a file over 20 MB",
        "huge.pdf",
        (() => {
          const b = new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1);
          b.set(MINIMAL_PDF);
          return b;
        })(),
        /larger than 20 MB/,
      ],
    ])("refuses %s with 422 and writes nothing", async (_label, fileName, bytes, message) => {
      const before = { rows: await db().evidence.count({ where: { assessmentId: ken } }), files: (await storedKeys(ken)).length };
      const error = (await uploadEvidenceFile(focalKen, ken, { questionId: legalQ, fileName, bytes }).catch((e: unknown) => e)) as {
        code: string;
        status: number;
        message: string;
      };
      expect(error).toMatchObject({ code: "invalid", status: 422 });
      expect(error.message).toMatch(message);
      expect({ rows: await db().evidence.count({ where: { assessmentId: ken } }), files: (await storedKeys(ken)).length }).toEqual(before);
    });
  });

  describe("who may do what", () => {
    it("limits a contributor to their assigned pillars", async () => {
      expect(await code(addEvidenceLink(contributorKen, ken, { questionId: legalQ, url: "https://example.org/" }))).toBe("forbidden");
      expect(await code(uploadEvidenceFile(contributorKen, ken, { questionId: legalQ, fileName: "a.pdf", bytes: MINIMAL_PDF }))).toBe("forbidden");
      expect(await code(addEvidenceLink(contributorKen, ken, { questionId: technicalQ, url: "https://cirt.example.ke/" }))).toBe("none");
    });

    it("answers another country's focal point with not-found for list, add, download and remove", async () => {
      const file = await uploadEvidenceFile(focalKen, ken, { questionId: legalQ, fileName: "secret.pdf", bytes: MINIMAL_PDF });
      expect(await code(listEvidence(focalFra, ken))).toBe("not-found");
      expect(await code(addEvidenceLink(focalFra, ken, { questionId: legalQ, url: "https://example.org/" }))).toBe("not-found");
      expect(await code(uploadEvidenceFile(focalFra, ken, { questionId: legalQ, fileName: "a.pdf", bytes: MINIMAL_PDF }))).toBe("not-found");
      expect(await code(readEvidenceFile(focalFra, file.id))).toBe("not-found");
      expect(await code(removeEvidence(focalFra, file.id))).toBe("not-found");
      expect(await code(listEvidence(focalFra, fra))).toBe("none");
    });

    it("lets reviewers and admins list and download, but not add or remove", async () => {
      const file = await uploadEvidenceFile(focalKen, ken, { questionId: technicalQ, fileName: "cirt.pdf", bytes: MINIMAL_PDF });
      for (const actor of [reviewer, admin]) {
        const listed = await listEvidence(actor, ken);
        expect(listed[technicalQ]?.find((i) => i.id === file.id)).toMatchObject({ kind: "file", fileName: "cirt.pdf" });
        const download = await readEvidenceFile(actor, file.id);
        expect(download).toMatchObject({ mimeType: "application/pdf", fileName: "cirt.pdf", size: MINIMAL_PDF.length });
        expect(await bytesOf(download.stream)).toEqual(MINIMAL_PDF);
        expect(await code(addEvidenceLink(actor, ken, { questionId: technicalQ, url: "https://example.org/" }))).toBe("forbidden");
        expect(await code(uploadEvidenceFile(actor, ken, { questionId: technicalQ, fileName: "a.pdf", bytes: MINIMAL_PDF }))).toBe("forbidden");
        expect(await code(removeEvidence(actor, file.id))).toBe("forbidden");
      }
    });

    it("refuses changes once the assessment is submitted (409), while reading still works", async () => {
      const file = await uploadEvidenceFile(focalGha, gha, { questionId: legalQ, fileName: "a.pdf", bytes: MINIMAL_PDF });
      await db().assessment.update({ where: { id: gha }, data: { status: "submitted" } });
      expect(await code(addEvidenceLink(focalGha, gha, { questionId: legalQ, url: "https://example.org/" }))).toBe("conflict");
      expect(await code(uploadEvidenceFile(focalGha, gha, { questionId: legalQ, fileName: "b.pdf", bytes: MINIMAL_PDF }))).toBe("conflict");
      expect(await code(removeEvidence(focalGha, file.id))).toBe("conflict");
      expect(Object.values(await listEvidence(focalGha, gha)).flat()).toHaveLength(1);
    });
  });

  describe("removing evidence", () => {
    it("soft-deletes: the row and file stay, lists and downloads no longer show it, and it is audited once", async () => {
      const file: TEvidenceFile = await uploadEvidenceFile(focalKen, ken, { questionId: technicalQ, fileName: "old.pdf", bytes: MINIMAL_PDF });
      expect(await removeEvidence(contributorKen, file.id)).toEqual({ id: file.id });
      const row = await db().evidence.findUniqueOrThrow({ where: { id: file.id } });
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect(await evidenceStore().has(`${ken}/${file.sha256}.pdf`)).toBe(true);
      expect(
        Object.values(await listEvidence(focalKen, ken))
          .flat()
          .map((i) => i.id),
      ).not.toContain(file.id);
      expect(await code(readEvidenceFile(reviewer, file.id))).toBe("not-found");
      expect(await code(removeEvidence(focalKen, file.id))).toBe("not-found");
      expect(await db().auditLog.count({ where: { entityId: file.id, action: "evidence.remove" } })).toBe(1);
    });
  });
});
