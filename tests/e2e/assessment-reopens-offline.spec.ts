import { expect, test } from "@playwright/test";
import { openDemoAssessment, question, signInAndWait } from "./support";

// The service worker keeps the pages a person opened: an open assessment reopens with no connection
// at all, answers typed there wait on the device and go out when the connection returns, and signing
// out drops the kept pages so the next person on a shared computer cannot open them.

test("a pillar opened once reopens offline, and answers typed there are sent when the connection returns", async ({ page, context }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await openDemoAssessment(page, "technical");
  const url = page.url();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await page.reload(); // served through the worker now, so it keeps this page
  await expect(page.locator("form[data-hydrated]")).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await expect(page.getByTestId("offline-notice")).toContainText("You are offline");
  const card = question(page, "sectoral-cirts");
  await card.getByRole("radio", { name: "Partially in place", exact: true }).check();
  await expect(page.getByTestId("page-save")).toContainText("kept on this device");

  await context.setOffline(false);
  await expect(card.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 30_000 });
  await expect(page.getByTestId("offline-notice")).toHaveCount(0);
  await page.reload();
  await expect(question(page, "sectoral-cirts").getByRole("radio", { name: "Partially in place", exact: true })).toBeChecked();

  // Signing out drops the kept pages: offline, the assessment no longer opens on this browser.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/sign-in/);
  await context.setOffline(true);
  const response = await page.goto(url).catch(() => null);
  expect(response === null || !response.ok()).toBe(true);
  await expect(page.locator("form[data-hydrated]")).toHaveCount(0);
  await context.setOffline(false);
});
