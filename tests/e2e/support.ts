import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAndWait(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.locator("[data-home]")).toBeVisible();
}
