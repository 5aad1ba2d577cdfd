import { expect, test } from "@playwright/test";
import { answerScale, openDemoAssessment, signInAndWait } from "./support";

// The smallest well-formed PDF a sniffer accepts: the header and an end-of-file marker.
// Both tests answer the national CIRT question of the demo draft: one after the other, never at once.
test.describe.configure({ mode: "serial" });

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("the Kenya focal point adds a link and uploads a PDF as evidence; both are there after a reload", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  const id = await openDemoAssessment(page, "technical");
  await answerScale(page, "national-cirt", "In place");
  const panel = page.getByTestId("evidence-national-cirt");
  await expect(panel.getByTestId("evidence-requirement")).toContainText("Still needed");

  await panel.getByRole("button", { name: "Add a link" }).click();
  await expect(panel.getByLabel("Web address")).toBeFocused();
  await panel.getByLabel("Web address").fill("https://www.ke-cirt.go.ke/mandate");
  await panel.getByRole("button", { name: "Add link" }).click();
  await expect(panel.getByRole("link", { name: /ke-cirt\.go\.ke/ })).toBeVisible();

  await panel.getByLabel("Upload a document").setInputFiles({ name: "cirt-decree.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(panel.getByRole("link", { name: /cirt-decree\.pdf/ })).toBeVisible();
  await expect(panel.getByTestId("evidence-requirement")).toContainText("Evidence provided");

  // A renamed non-document is refused with a clear message.
  await panel.getByLabel("Upload a document").setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await expect(panel.getByRole("alert").or(panel.getByRole("status")).filter({ hasText: "Could not upload notes.pdf" })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("evidence-national-cirt").getByRole("link", { name: /ke-cirt\.go\.ke/ })).toBeVisible();
  const download = page.getByTestId("evidence-national-cirt").getByRole("link", { name: /cirt-decree\.pdf/ });
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");

  // Another country's focal point cannot fetch the document.
  const france = await page.context().browser()!.newPage();
  await signInAndWait(france, "focal.fra@example.org");
  expect((await france.request.get((await download.getAttribute("href"))!)).status()).toBe(404);
  expect((await france.request.get(`/api/v1/assessments/${id}/evidence`)).status()).toBe(404);
  await france.close();
});

test("offline, the link form says it needs the connection and opens once the connection is back", async ({ page, context }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await openDemoAssessment(page, "technical");
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  const panel = page.getByTestId("evidence-national-cirt");
  await context.setOffline(true);
  await panel.getByRole("button", { name: "Add a link" }).click();
  await expect(panel.getByRole("alert")).toContainText("could not be loaded");
  // The rest of the page keeps working: an answer still goes to the queue, to be sent later.
  await page.locator('[data-question="national-cirt"]').getByRole("radio", { name: "Partially in place", exact: true }).check();
  await expect(page.locator('[data-question="national-cirt"] [data-save-status]')).toHaveAttribute("data-save-status", "retrying");
  await context.setOffline(false);
  await panel.getByRole("button", { name: "Try again" }).click();
  await expect(panel.getByLabel("Web address")).toBeFocused();
  await expect(page.locator('[data-question="national-cirt"] [data-save-status]')).toHaveAttribute("data-save-status", "saved");
});
