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

/** The open demo cycle (the demo also has a closed one, two years earlier). */
export const DEMO_CYCLE = new RegExp(`${new Date().getUTCFullYear()} self-assessment \\(demo\\)`);

/** The Kenya demo assessment, opened from the focal point's (or contributor's) home page. */
export async function openDemoAssessment(page: Page, pillar?: string) {
  await page.getByRole("link", { name: DEMO_CYCLE }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kenya");
  const id = page.url().split("/assessments/")[1]!.split(/[/?#]/)[0]!;
  if (pillar) await page.goto(`/en/assessments/${id}/${pillar}`);
  return id;
}

export function question(page: Page, id: string) {
  return page.locator(`[data-question="${id}"]`);
}

export async function answerScale(page: Page, id: string, label: string) {
  await question(page, id).getByRole("radio", { name: label, exact: true }).check();
  await expect(question(page, id).locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
}

/**
 * Headers for a state-changing API call made with the page's session cookie: the Origin a browser
 * sends from our own pages (cookie writes without it are refused as cross-origin, issue 13).
 */
export const sameOrigin = (page: Page) => ({ origin: new URL(page.url()).origin });

/**
 * The admin opens a cycle of its own for the given countries on the cycles page (the journeys that
 * change a country's assessment use one, so the demo's assessments stay as they were).
 */
export async function openCycleAsAdmin(admin: Page, name: string, countries: string) {
  await admin.goto("/en/admin/cycles");
  const form = admin.getByRole("form", { name: "Open the cycle" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Opens on").fill("2025-06-01");
  await form.getByLabel("Closes on").fill("2099-12-31");
  await form.getByLabel("Participating countries").selectOption("list");
  await form.getByLabel(/Country codes/).fill(countries);
  await form.getByRole("button", { name: "Open the cycle" }).click();
  await expect(form.getByRole("status")).toContainText(/\d+ assessments?/);
}
