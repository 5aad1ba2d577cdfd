import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { openDemoAssessment, signInAndWait } from "./support";

const QUESTION = "substantive-law-unauthorized-access";
// The second test corrects this question's Spanish text for a while; the first reads the shipped one.
test.describe.configure({ mode: "serial" });

test("the Kenya focal point reads the Legal pillar in Arabic, Chinese, Russian and Spanish", async ({ page }) => {
  const version = await loadVersion("five-pillars@2024");
  const q = version.questionById[QUESTION]!;
  const legal = version.pillars.find((p) => p.id === "legal")!;
  await signInAndWait(page, "focal.ken@example.org");
  const id = await openDemoAssessment(page);
  for (const [locale, dir] of [
    ["ar", "rtl"],
    ["zh", "ltr"],
    ["ru", "ltr"],
    ["es", "ltr"],
  ] as const) {
    await page.goto(`/${locale}/assessments/${id}/legal`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    const heading = page.locator(`[data-question="${QUESTION}"] h3`);
    await expect(heading.locator(".q-number")).toHaveText("1.1");
    // Every shipped language is complete (npm test fails otherwise): the question is in that language,
    // and nothing on the pillar's form falls back to English.
    await expect(heading).toContainText(q.text[locale]!);
    await expect(page.locator("main [data-question] [lang='en']")).toHaveCount(0);
    const title = legal.title[locale]!;
    await expect(
      page
        .getByRole("navigation")
        .getByRole("link", { name: new RegExp(title) })
        .first(),
    ).toBeVisible();
  }
});

test("an admin corrects a Spanish string through the translator's spreadsheet and the focal point sees it", async ({ page, browser }) => {
  await signInAndWait(page, "admin@example.org");
  await page.goto("/en/admin/questionnaires/five-pillars%402024/translations");
  const spanish = page.getByTestId("translation-revisions").locator('tr[data-language="es"]');
  await expect(spanish).toContainText(/\d+ of 398/);
  const revision = Number(await spanish.locator("td").first().innerText());

  const download = page.waitForEvent("download");
  await spanish.getByRole("link", { name: "Download spreadsheet" }).click();
  const original = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(original as never);
  const corrected = `¿Tipifica la legislación nacional como delito el acceso intencionado y sin autorización a un sistema informático (corrección ${Date.now()})?`;
  book.getWorksheet("strings")!.eachRow((row) => {
    if (row.getCell(1).value === `question.${QUESTION}.text`) row.getCell(3).value = corrected;
  });
  const edited = Buffer.from(await book.xlsx.writeBuffer());

  const form = page.getByTestId("translation-import-form");
  const importSheet = async (buffer: Buffer) => {
    await form
      .getByLabel("Spreadsheet (.xlsx)")
      .setInputFiles({ name: "es.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("translation-preview")).toContainText("1 changed");
    await page.getByRole("button", { name: "Apply 1 change" }).click();
    await expect(page.getByTestId("translation-applied")).toBeVisible();
  };
  await importSheet(edited);
  await expect(page.getByTestId("translation-applied")).toContainText(`revision ${revision + 1}`);
  await expect(spanish).toContainText("Imported by");

  const focal = await browser.newPage();
  await signInAndWait(focal, "focal.ken@example.org");
  const id = await openDemoAssessment(focal);
  await focal.goto(`/es/assessments/${id}/legal`);
  await expect(focal.locator(`[data-question="${QUESTION}"] h3`)).toContainText(corrected);

  // The original text back where there was one, so other journeys read the shipped Spanish.
  const hadSpanish = Boolean((await loadVersion("five-pillars@2024")).questionById[QUESTION]!.text.es);
  if (hadSpanish) {
    await importSheet(original);
    await focal.reload();
    await expect(focal.locator(`[data-question="${QUESTION}"] h3`)).not.toContainText(corrected);
  }
});
