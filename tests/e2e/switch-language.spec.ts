import { expect, test } from "@playwright/test";
import { signInAndWait } from "./support";

test("switching to French and Arabic translates the page; Arabic is right-to-left", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await page.getByLabel("Language").selectOption("fr");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: "Accueil" })).toBeVisible();
  await expect(page.locator("[data-home]")).toContainText("point focal national");

  await page.getByLabel("Langue").selectOption("ar");
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("[data-home]")).toContainText("كينيا");
});

test("the sign-in page exists in each UN language", async ({ page }) => {
  for (const [locale, dir] of [
    ["en", "ltr"],
    ["fr", "ltr"],
    ["ar", "rtl"],
    ["zh", "ltr"],
    ["ru", "ltr"],
    ["es", "ltr"],
  ]) {
    await page.goto(`/${locale}/sign-in`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir!);
    await expect(page.locator("h1")).not.toBeEmpty();
  }
});
