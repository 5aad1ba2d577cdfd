// The translator's round trip on the command line: export a language to a workbook, type a
// translation, preview the import, apply it, and find it in the edition with the next revision.
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuestionnaireCommand } from "@/lib/cli/questionnaire-command";
import { loadQuestionnaireSet } from "@/lib/files/questionnaire-files";

let dir: string;
const ROOT = process.cwd();

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runQuestionnaireCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "five-pillars-cli-translations-"));
  await cp("tests/fixtures/questionnaires/mini", dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("questionnaire translations", () => {
  it("exports, previews, applies and reloads a translation without changing the edition's hash", async () => {
    const before = (await loadQuestionnaireSet(dir)).questionnaires.find((q) => q.version.key === "mini@2024")!;
    const out = path.join(dir, "ar.xlsx");
    const exported = await run("translations", "export", "--edition", "mini@2024", "--lang", "ar", "--out", out, "--dir", dir);
    expect(exported).toMatchObject({ code: 0, out: `wrote ${out}: 46 strings of mini@2024 in ar, 46 untranslated` });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("strings")!;
    let typed = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === "question.cirt-exists.text") {
        row.getCell(3).value = "هل يوجد فريق وطني للاستجابة للحوادث الحاسوبية (CIRT)؟";
        typed = row.number;
      }
    });
    await book.xlsx.writeFile(out);

    const preview = await run("translations", "import", "--file", out, "--dir", dir);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain("mini@2024 ar: 1 changed, 0 unchanged, 0 invalid, 45 still untranslated, 0 not in the sheet");
    expect(preview.out).toContain(`row ${typed} question.cirt-exists.text: new: "هل يوجد فريق وطني`);
    expect(preview.out).toContain("preview only: run again with --apply");
    await expect(readFile(path.join(dir, "translations", "2024", "ar.yaml"), "utf8")).rejects.toThrow();

    const applied = await run("translations", "import", "--file", out, "--apply", "--dir", dir);
    expect(applied.out).toContain("(revision 1): 1 string(s) changed");
    const file = parse(await readFile(path.join(dir, "translations", "2024", "ar.yaml"), "utf8"));
    expect(file).toMatchObject({
      edition: "mini@2024",
      language: "ar",
      revision: 1,
      strings: { "question.cirt-exists.text": expect.stringContaining("CIRT") },
    });

    const after = (await loadQuestionnaireSet(dir)).questionnaires.find((q) => q.version.key === "mini@2024")!;
    expect(after.version.questionById["cirt-exists"]!.text.ar).toContain("CIRT");
    expect(after.version.hash).toBe(before.version.hash);
    expect(after.texts.find((t) => t.language === "ar")).toMatchObject({ revision: 1, translated: 1, total: 46 });

    // The same sheet again: nothing left to change.
    expect((await run("translations", "import", "--file", out, "--dir", dir)).out).toContain("0 changed, 1 unchanged");
  });

  it("says which languages exist, and refuses English (the source)", async () => {
    const { code, err } = await run("translations", "export", "--edition", "mini@2024", "--lang", "en", "--out", "x.xlsx");
    expect(code).toBe(2);
    expect(err).toContain("--lang must be one of fr, ar, zh, ru, es (English is the source)");
  });
});
