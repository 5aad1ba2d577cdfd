import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { openDemoAssessment, question, signInAndWait } from "./support";

test("the focal point downloads the workbook, a colleague fills it in, and the upload shows then saves the change", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  const id = await openDemoAssessment(page);
  const exchange = page.getByTestId("workbook-exchange");
  const download = page.waitForEvent("download");
  await exchange.getByTestId("workbook-download").click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as never);
  // The colleague picks "Partially in place" for the standards framework, or "In place" if that is the answer already.
  // A question no other journey answers: they share this demo draft and run at the same time.
  const QUESTION = "cybersecurity-standards-framework";
  const technical = book.worksheets.find((s) => s.name.startsWith("2 "))!;
  let chosen = "";
  technical.eachRow((row) => {
    if (row.getCell(2).value !== QUESTION) return;
    chosen = row.getCell(6).value === "Partially in place" ? "In place" : "Partially in place";
    row.getCell(6).value = chosen;
  });
  expect(chosen).not.toBe("");
  const filled = Buffer.from(await book.xlsx.writeBuffer());

  await exchange
    .getByLabel("Filled workbook (.xlsx)")
    .setInputFiles({ name: "kenya.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filled });
  await exchange.getByRole("button", { name: "See what it changes" }).click();
  await expect(page.getByTestId("workbook-plan")).toContainText("1 to save");
  await page.getByRole("button", { name: "Save 1 answer" }).click();
  await expect(page.getByTestId("workbook-plan")).toContainText("1 saved");

  await page.goto(`/en/assessments/${id}/technical`);
  await expect(question(page, QUESTION).getByRole("radio", { name: chosen, exact: true })).toBeChecked();

  // On paper: every question numbered, the current answer ticked.
  await page.goto(`/en/assessments/${id}/print`);
  const printed = page.locator(`[data-print-question="${QUESTION}"]`);
  await expect(printed.locator(".q-number")).toHaveText("2.7");
  await expect(printed.locator("li[data-ticked]")).toHaveText(new RegExp(`${chosen}$`));
  await expect(page.locator("[data-print-question]")).toHaveCount(88);
});
