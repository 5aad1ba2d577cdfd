import { expect, test } from "@playwright/test";
import { signIn } from "./support";

const roles = [
  { email: "admin@example.org", home: "admin", text: "You administer accounts" },
  { email: "reviewer@example.org", home: "reviewer", text: "You review submitted assessments" },
  { email: "focal.ken@example.org", home: "focal-point", text: "You are the national focal point of Kenya" },
  { email: "focal.fra@example.org", home: "focal-point", text: "You are the national focal point of France" },
  { email: "contributor.ken@example.org", home: "contributor", text: "for these pillars: Legal and Technical" },
];

for (const role of roles) {
  test(`${role.email} signs in and lands on the ${role.home} home page`, async ({ page }) => {
    await signIn(page, role.email);
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator(`[data-home="${role.home}"]`)).toContainText(role.text);
    // The session token the browser held: after signing out, the server must refuse it.
    const token = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
    expect(token).toBeDefined();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await page.goto("/en");
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    const replayed = await page.request.get("/api/v1/me", { headers: { cookie: `${token!.name}=${token!.value}` } });
    expect(replayed.status()).toBe(401);
  });
}

test("a wrong password shows a clear error and keeps the person on the sign-in page", async ({ page }) => {
  await signIn(page, "focal.ken@example.org", "not-my-password");
  await expect(page.locator("form [role=alert]").first()).toHaveText("The e-mail or password is not correct.");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});

test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});
