// Translations have their own revision: a corrected translation (from its file or from a workbook an
// admin imports) reaches every page at once and never changes the structure hash, a stored score or the
// published status. The translator's workbook round trip and the PDF in Chinese and Russian. Both databases.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as workbookRoute } from "@/app/api/v1/questionnaires/[key]/translations/[lang]/route";
import { SYSTEM_ACTOR, type TActor } from "@/lib/authz/policy";
import { loadQuestionnaireSet } from "@/lib/files/questionnaire-files";
import { answersTemplate } from "@/lib/scoring/templates";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { exportTranslationWorkbook } from "@/lib/server/questionnaires/export-translation-workbook";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { importQuestionnaireVersion } from "@/lib/server/questionnaires/import-questionnaire-version";
import { importTranslationWorkbook } from "@/lib/server/questionnaires/import-translation";
import { listTranslations } from "@/lib/server/questionnaires/list-translations";
import { countryReportPdf } from "@/lib/server/reports/report-pdf";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { apiRequest, routeContext } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let dir: string;
let admin: TActor;

/** A copy of the mini fixtures as a published edition with its own id, and a French translation file. */
async function writeEdition(id: string, frTitle: string, revision = 1) {
  const source = parse(await readFile("tests/fixtures/questionnaires/mini/2020.yaml", "utf8"));
  source.id = id;
  // The French moves to its translation file, as in the shipped editions.
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.en === "string") return { en: record.en };
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, strip(v)]));
    }
    return node;
  };
  await writeFile(path.join(dir, "2020.yaml"), stringify(strip(source)));
  await writeFile(
    path.join(dir, "translations", "2020", "fr.yaml"),
    stringify({ edition: `${id}@2020`, language: "fr", revision, strings: { title: frTitle, "pillar.legal.title": "Mesures juridiques" } }),
  );
}

async function importFromFiles(id: string) {
  const set = await loadQuestionnaireSet(dir);
  const loaded = set.questionnaires.find((q) => q.version.id === id)!;
  return { outcome: await importQuestionnaireVersion(SYSTEM_ACTOR, loaded.version, loaded.texts), version: loaded.version };
}

async function stored(id: string) {
  return db().questionnaireVersion.findUniqueOrThrow({
    where: { questionnaireId_version: { questionnaireId: id, version: "2020" } },
    select: { id: true, hash: true, textHash: true, publishedAt: true, status: true, texts: true },
  });
}

/** The workbook the route serves, with the translation cell of `key` set to `text`. */
async function editedWorkbook(bytes: Buffer, edits: Record<string, string>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const sheet = book.getWorksheet("strings")!;
  sheet.eachRow((row) => {
    const key = String(row.getCell(1).value ?? "");
    if (key in edits) row.getCell(3).value = edits[key]!;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "five-pillars-translations-"));
  await cp("tests/fixtures/questionnaires/mini", dir, { recursive: true });
  await rm(path.join(dir, "2024.yaml"));
  await rm(path.join(dir, "crosswalk-2020-to-2024.yaml"));
  await mkdir(path.join(dir, "translations", "2020"), { recursive: true });
  admin = await makeUser("admin");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("text revisions from translation files", () => {
  it("a corrected translation file gives the language a new revision and keeps the hash, the publication and the structure", async () => {
    const id = `tr-file-${Date.now()}`;
    await writeEdition(id, "Mini : première édition");
    const first = await importFromFiles(id);
    expect(first.outcome).toBe("created");
    const before = await stored(id);
    expect(before.status).toBe("published");
    expect(before.texts.find((t) => t.language === "fr")).toMatchObject({ revision: 1, source: "file" });

    await writeEdition(id, "Mini : première édition (corrigée)", 2);
    const second = await importFromFiles(id);
    expect(second.outcome).toBe("texts updated");
    expect(second.version.hash).toBe(first.version.hash);
    const after = await stored(id);
    expect(after.hash).toBe(before.hash);
    expect(after.publishedAt).toEqual(before.publishedAt);
    expect(after.textHash).not.toBe(before.textHash);
    expect(after.texts.find((t) => t.language === "fr")).toMatchObject({ revision: 2, source: "file" });
    // Languages that did not change keep their revision.
    expect(after.texts.find((t) => t.language === "es")?.revision).toBe(before.texts.find((t) => t.language === "es")?.revision);
    expect((await loadStoredVersion(after.id)).title.fr).toBe("Mini : première édition (corrigée)");
    expect(await importFromFiles(id).then((r) => r.outcome)).toBe("unchanged");
  });

  it("refuses another structure under a published version, and re-hashes a version stored under the old scheme once", async () => {
    const id = `tr-structure-${Date.now()}`;
    await writeEdition(id, "Mini");
    const { version } = await importFromFiles(id);
    const changed = { ...version, hash: "another-structure" };
    await expect(importQuestionnaireVersion(SYSTEM_ACTOR, changed)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("is published and its structure cannot change"),
    });
    await db().questionnaireVersion.update({ where: { id: (await stored(id)).id }, data: { hashScheme: 1, hash: "text-included-hash" } });
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, version)).toBe("updated");
    expect((await stored(id)).hash).toBe(version.hash);
    const audit = await db().auditLog.findFirst({ where: { entityId: `${id}@2020`, action: "questionnaire.rehash" } });
    expect(audit).not.toBeNull();
  });
});

describe("the translator's workbook through the admin page", () => {
  it("exports, previews without saving, applies with a new revision, and keeps every score", async () => {
    const { cycleId, byCountry } = await openTestCycle(["KEN"]);
    const ken = byCountry.KEN!;
    const focal = await makeUser("focal-point", { country: "KEN" });
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { questionnaireVersionId: true } });
    const version = await loadStoredVersion(cycle.questionnaireVersionId);
    for (const [questionId, value] of Object.entries(answersTemplate(version, "best")).slice(0, 5))
      await saveAnswer(focal, ken, questionId, { value, revision: 0 });
    const scoreBefore = await db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { overallScore: true, scoredHash: true, scoreJson: true } });

    // The route an admin's browser downloads from; other roles are refused.
    const token = (await createApiToken(admin, { name: "translations" })).secret;
    const res = await workbookRoute(
      apiRequest(token, "/api/v1/questionnaires/five-pillars%402024/translations/ru"),
      routeContext({ key: "five-pillars@2024", lang: "ru" }),
    );
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const reviewer = await makeUser("reviewer");
    await expect(exportTranslationWorkbook(reviewer, "five-pillars@2024", "ru")).rejects.toMatchObject({ code: "forbidden" });

    const text = "Имеется ли в стране национальная группа реагирования на компьютерные инциденты (CIRT) — проверка импорта?";
    const edited = await editedWorkbook(bytes, {
      "question.national-cirt.text": text,
      "pillar.legal.title": "",
    });
    const revisionBefore = (await listTranslations(admin, "five-pillars@2024")).languages.find((l) => l.language === "ru")!.revision!;

    const preview = await importTranslationWorkbook(admin, edited, { apply: false });
    expect(preview.plan.changed.map((c) => c.key)).toEqual(["question.national-cirt.text"]);
    expect(preview.plan.errors.map((e) => [e.key, e.message])).toEqual([["pillar.legal.title", expect.stringContaining("the translation cell is empty")]]);
    expect((await loadStoredVersion(cycle.questionnaireVersionId)).questionById["national-cirt"]!.text.ru).not.toBe(text);
    await expect(importTranslationWorkbook(focal, edited, { apply: true })).rejects.toMatchObject({ code: "forbidden" });

    const applied = await importTranslationWorkbook(admin, edited, { apply: true });
    expect(applied.revision).toBe(revisionBefore + 1);
    const now = await loadStoredVersion(cycle.questionnaireVersionId);
    expect(now.questionById["national-cirt"]!.text.ru).toBe(text);
    expect(now.hash).toBe(version.hash);
    const ru = (await listTranslations(admin, "five-pillars@2024")).languages.find((l) => l.language === "ru")!;
    expect(ru).toMatchObject({ revision: revisionBefore + 1, source: "import", updatedBy: admin.name });
    expect(await db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { overallScore: true, scoredHash: true, scoreJson: true } })).toEqual(
      scoreBefore,
    );

    // The next start reads the files again: the unchanged Russian file does not undo the admin's correction.
    const set = await loadQuestionnaireSet("questionnaires");
    const shipped = set.questionnaires.find((q) => q.version.key === "five-pillars@2024")!;
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, shipped.version, shipped.texts)).toBe("unchanged");
    expect((await loadStoredVersion(cycle.questionnaireVersionId)).questionById["national-cirt"]!.text.ru).toBe(text);
  });

  it("refuses a file that is not a workbook, with a clear message, and changes nothing", async () => {
    await expect(importTranslationWorkbook(admin, new TextEncoder().encode("key,English\n"), { apply: true })).rejects.toMatchObject({
      code: "invalid",
      message: "the file is not an .xlsx workbook",
    });
  });
});

describe("the PDF report in Chinese and Russian", () => {
  it("names the pillars in the reader's language", async () => {
    const { byCountry } = await openTestCycle(["CHN"]);
    const reviewer = await makeUser("reviewer");
    const cycleVersion = await loadStoredVersion(
      (await db().assessment.findUniqueOrThrow({ where: { id: byCountry.CHN! }, select: { cycle: { select: { questionnaireVersionId: true } } } })).cycle
        .questionnaireVersionId,
    );
    for (const locale of ["zh", "ru"] as const) {
      const { pdf } = await countryReportPdf(reviewer, byCountry.CHN!, locale);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      const flat = text.replace(/\s+/g, "");
      for (const pillar of cycleVersion.pillars) {
        const title = pillar.title[locale];
        expect(title, `${pillar.id} has a ${locale} title`).toBeTruthy();
        expect(flat, `${locale} PDF names ${pillar.id}`).toContain(title!.replace(/\s+/g, ""));
      }
    }
  });
});
