import { expect, test } from "@playwright/test";
import { signIn, signInAndWait } from "./support";

test("an admin creates a contributor, who signs in with the one-time password", async ({ page, browser }) => {
  await signInAndWait(page, "admin@example.org");
  await page.getByRole("link", { name: "Users and roles", exact: true }).click();
  const form = page.getByRole("form", { name: "Create an account" });
  const email = `new.contributor.${Date.now()}@example.org`;
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Amina Njoroge");
  await form.getByLabel("Role").selectOption("contributor");
  await form.getByLabel("Country").selectOption("KEN");
  await form.getByLabel("Cooperation").check();
  await form.getByRole("button", { name: "Create the account" }).click();
  const password = await page.getByTestId("one-time-password").textContent();
  expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
  await expect(page.locator(`tr[data-email="${email}"]`)).toContainText("Contributor");

  const other = await browser.newPage();
  await signIn(other, email, password!);
  await expect(other.locator('[data-home="contributor"]')).toContainText("Cooperation");
  await other.close();
});

test("a person creates a personal API token and calls the API with it", async ({ page, request }) => {
  await signInAndWait(page, "reviewer@example.org");
  await page.getByRole("link", { name: "My account" }).click();
  await page.getByLabel("Token name").fill("spreadsheet sync");
  await page.getByRole("button", { name: "Create a token" }).click();
  const secret = await page.getByTestId("token-secret").textContent();
  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ user: { email: "reviewer@example.org" }, via: "token" });
});

test("pages carry security headers", async ({ request }) => {
  const response = await request.get("/en/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
});
