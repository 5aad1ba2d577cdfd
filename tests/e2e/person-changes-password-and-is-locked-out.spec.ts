import { expect, test, type Page } from "@playwright/test";
import { signIn, signInAndWait } from "./support";

/** A new account made by the admin through the UI, with its one-time password. */
async function newAccount(page: Page): Promise<{ email: string; password: string }> {
  await signInAndWait(page, "admin@example.org");
  await page.getByRole("link", { name: "Users and roles", exact: true }).click();
  const form = page.getByRole("form", { name: "Create an account" });
  const email = `password.change.${Date.now()}@example.org`;
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Léa Password");
  await form.getByLabel("Role").selectOption("contributor");
  await form.getByLabel("Country").selectOption("KEN");
  await form.getByLabel("Cooperation").check();
  await form.getByRole("button", { name: "Create the account" }).click();
  const password = (await page.getByTestId("one-time-password").textContent())!;
  return { email, password };
}

test("a person changing their password hears why a weak one is refused (in French); their other sessions end", async ({ page, browser }) => {
  const { email, password } = await newAccount(page);
  const here = await browser.newPage();
  const elsewhere = await browser.newPage();
  await signIn(here, email, password);
  await expect(here.locator('[data-home="contributor"]')).toBeVisible();
  await signIn(elsewhere, email, password);
  await expect(elsewhere.locator('[data-home="contributor"]')).toBeVisible();

  await here.goto("/fr/account");
  const form = here.getByRole("form", { name: "Mot de passe" });
  await form.getByLabel("Mot de passe actuel", { exact: true }).fill(password);
  await form.getByLabel(/^Nouveau mot de passe/).fill("aaaaaaaaaaaa");
  await form.getByLabel("Répétez le nouveau mot de passe", { exact: true }).fill("aaaaaaaaaaaa");
  await form.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "caractères ou mots répétés" })).toBeVisible();

  await form.getByLabel(/^Nouveau mot de passe/).fill("violet-harbour-lantern-2026");
  await form.getByLabel("Répétez le nouveau mot de passe", { exact: true }).fill("violet-harbour-lantern-2026");
  await form.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(form.getByRole("status")).toContainText("Vos autres sessions ont pris fin");

  // The other browser's session ended at once; this one goes on.
  expect((await elsewhere.request.get("/api/v1/me")).status()).toBe(401);
  expect((await here.request.get("/api/v1/me")).status()).toBe(200);
  await Promise.all([here.close(), elsewhere.close()]);
});

test("after repeated wrong passwords the sign-in form says when to try again, in the reader's language", async ({ page }) => {
  const email = `nobody.${Date.now()}@example.org`;
  await page.goto("/fr/sign-in");
  const form = page.locator("form");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Adresse électronique").fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(form.getByRole("alert").first()).toContainText("incorrect");
  }
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(form.getByRole("alert").first()).toContainText(/Trop de tentatives : réessayez dans 15 minutes\./);
});
