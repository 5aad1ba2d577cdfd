import { expect, test } from "@playwright/test";
import { signInAndWait } from "./support";

test("a focal point opening the admin page is refused and sees no accounts", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await expect(page.getByRole("link", { name: "Users and roles" })).toHaveCount(0);
  const response = await page.goto("/en/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("admin@example.org")).toHaveCount(0);
});

test("the JSON API refuses unauthenticated calls with a JSON error", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthenticated");
});
