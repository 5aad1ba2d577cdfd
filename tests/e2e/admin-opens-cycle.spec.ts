import { expect, test } from "@playwright/test";
import { signInAndWait } from "./support";

test("an admin opens a cycle for Kenya and France; the Kenya focal point finds the draft on their home page", async ({ page, browser }) => {
  await signInAndWait(page, "admin@example.org");
  await page.getByRole("link", { name: "Cycles" }).click();
  const form = page.getByRole("form", { name: "Open the cycle" });
  const name = `Pilot cycle ${Date.now()}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Questionnaire version").selectOption("five-pillars@2024");
  await form.getByLabel("Opens on").fill("2026-01-01");
  await form.getByLabel("Closes on").fill("2025-12-01");
  await form.getByLabel("Participating countries").selectOption("list");
  await form.getByLabel(/Country codes/).fill("KEN, FRA");
  await form.getByRole("button", { name: "Open the cycle" }).click();
  await expect(form.getByText("The cycle must close after it opens")).toBeVisible();

  await form.getByLabel("Closes on").fill("2099-12-31");
  await form.getByRole("button", { name: "Open the cycle" }).click();
  await expect(form.getByRole("status")).toHaveText("Cycle opened with 2 assessments.");
  await expect(page.locator(`tr[data-cycle="${name}"]`)).toContainText("2");

  const focal = await browser.newPage();
  await signInAndWait(focal, "focal.ken@example.org");
  await expect(focal.locator('[data-home="focal-point"]')).toContainText(name);
  await expect(focal.locator('[data-home="focal-point"]')).toContainText("Draft");
  await focal.close();
});
