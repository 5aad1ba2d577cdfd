import { expect, test } from "@playwright/test";
import { signInAndWait } from "./support";

test("an admin previews a version as a focal point sees it, in English and in French", async ({ page }) => {
  await signInAndWait(page, "admin@example.org");
  await page.getByRole("link", { name: "Questionnaires" }).click();
  const row = page.getByRole("row", { name: /five-pillars@2024/ });
  await expect(row).toContainText("88");
  await row.getByRole("link", { name: "Preview" }).click();
  await page.getByRole("navigation", { name: "Pillars" }).getByRole("link", { name: "Technical measures" }).click();
  const cirt = page.locator('[data-question="national-cirt"]');
  await expect(cirt).toContainText("Is there an operational national CIRT");
  await expect(cirt.getByRole("radio", { name: "Partially in place" })).toBeDisabled();
  await expect(page.locator('[data-question="national-cirt-24x7"]')).toContainText("Shown when");

  await page.getByLabel("Language").selectOption("fr");
  await expect(page).toHaveURL(/\/fr\/admin\/questionnaires\/five-pillars%402024\?pillar=technical$/);
  await expect(page.getByRole("link", { name: "Mesures techniques" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator('[data-question="national-cirt"]')).toContainText("Existe-t-il un CIRT national");
});

test("an admin reads what changed between the 2020 and 2024 editions, in English and in French", async ({ page }) => {
  await signInAndWait(page, "admin@example.org");
  await page.goto("/en/admin/questionnaires");
  await page.getByRole("link", { name: /Compare/ }).click();
  await expect(page.getByTestId("diff-summary")).toContainText("14 added, 7 removed");
  await expect(page.getByText("Questions are paired through the crosswalk")).toBeVisible();
  const split = page.getByRole("region", { name: /Split/ });
  await expect(split).toContainText("→");
  await expect(page.getByRole("region", { name: /Added/ })).toContainText("supply");

  await page.goto("/fr/admin/questionnaires/diff?from=five-pillars%402020&to=five-pillars%402024");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByTestId("diff-summary")).toContainText("14");
  await expect(page.getByRole("region").filter({ hasText: "approvisionnement" }).first()).toBeVisible();
});
