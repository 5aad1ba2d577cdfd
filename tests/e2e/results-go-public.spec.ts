// Publication as each person does it: Kenya's focal point withdraws and renews the agreement to
// publish and chooses which links the public page lists; the admin withdraws and republishes the
// cycle; an anonymous visitor sees the public pages and the open API follow each step.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInAndWait } from "./support";

const PUBLISHED_CYCLE = new RegExp(`${new Date().getUTCFullYear() - 2} self-assessment \\(demo\\)`);

async function kenyaPublishedAssessment(page: Page): Promise<string> {
  const { assessments } = (await (await page.request.get("/api/v1/assessments?country=KEN")).json()) as {
    assessments: { id: string; status: string; cycle: { name: string } }[];
  };
  const found = assessments.find((a) => PUBLISHED_CYCLE.test(a.cycle.name));
  expect(found?.status).toBe("validated");
  return found!.id;
}

const publicIso3s = async (anonymous: APIRequestContext) => {
  const res = await anonymous.get("/api/v1/public/scores");
  return res.status() === 200 ? ((await res.json()) as { countries: { iso3: string }[] }).countries.map((c) => c.iso3) : [];
};

test("results go public only with the country's agreement and the admin's publication, and the visitor sees each step", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const visitor = await browser.newPage();

  // The visitor finds Kenya on the public map, without signing in.
  await visitor.goto("/en/sign-in");
  await visitor.getByRole("link", { name: "See the published results, no account needed" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Published results" })).toBeVisible();
  await visitor.locator('[data-world-map] a[data-country="KEN"]').first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Kenya" })).toBeVisible();
  const overall = await visitor.getByTestId("public-overall").textContent();
  const api = (await (await anonymous.get("/api/v1/public/countries/KEN")).json()) as { overall: number; evidence: { url: string }[] };
  expect(overall).toBe(api.overall.toFixed(2));
  expect(api.evidence).toHaveLength(1);
  await expect(visitor.getByTestId("public-evidence").getByRole("link")).toHaveCount(1);

  // Kenya's focal point withdraws the agreement: Kenya leaves the public pages at once.
  await signInAndWait(page, "focal.ken@example.org");
  const id = await kenyaPublishedAssessment(page);
  await page.goto(`/en/assessments/${id}`);
  const card = page.locator("[data-publication]");
  await expect(card).toHaveAttribute("data-publication", "agreed");
  await card.getByRole("button", { name: "Withdraw agreement" }).click();
  await expect(card).toHaveAttribute("data-publication", "not-agreed");
  expect(await publicIso3s(anonymous)).not.toContain("KEN");
  expect((await visitor.goto("/en/public/KEN"))?.status()).toBe(404);

  // Agreed again, with the second link ticked as well: the profile lists both links.
  await card.getByRole("button", { name: "Agree to publication" }).click();
  await expect(card).toHaveAttribute("data-publication", "agreed");
  const boxes = card.locator("[data-public-links] input[type=checkbox]");
  await expect(boxes).toHaveCount(2);
  // The demo marks the first link public, in questionnaire order.
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await boxes.nth(1).check();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(1)).toBeEnabled();
  await visitor.goto("/en/public/KEN");
  await expect(visitor.getByTestId("public-evidence").getByRole("link")).toHaveCount(2);
  await boxes.nth(1).uncheck();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(1)).toBeEnabled();
  await visitor.goto("/en/public/KEN");
  await expect(visitor.getByTestId("public-evidence").getByRole("link")).toHaveCount(1);

  // The admin withdraws the cycle's publication, then publishes it again.
  const admin = await browser.newPage();
  await signInAndWait(admin, "admin@example.org");
  await admin.getByRole("link", { name: "Cycles" }).click();
  const row = admin.locator("tr", { has: admin.locator('[data-publication-state="published"]') }).filter({ hasText: PUBLISHED_CYCLE });
  await row.getByRole("button", { name: "Withdraw publication" }).click();
  await expect(admin.locator("tr").filter({ hasText: PUBLISHED_CYCLE }).locator("[data-publication-state]")).toHaveAttribute(
    "data-publication-state",
    "unpublished",
  );
  expect(await publicIso3s(anonymous)).toEqual([]);
  await visitor.goto("/en/public");
  await expect(visitor.locator("[data-public-none]")).toBeVisible();

  const unpublished = admin.locator("tr").filter({ hasText: PUBLISHED_CYCLE });
  await expect(unpublished.locator("[data-public-count]")).toContainText("Publishing would make");
  await unpublished.getByLabel("Who appears").selectOption("consented");
  await unpublished.getByRole("button", { name: "Publish results" }).click();
  await expect(unpublished.locator("[data-publication-state]")).toHaveAttribute("data-publication-state", "published");
  const listed = await publicIso3s(anonymous);
  expect(listed).toContain("KEN");
  await visitor.goto("/en/public");
  await expect(visitor.locator("[data-public-cycle]")).toContainText(`${listed.length} countries`);
  await expect(visitor.locator('[data-world-map] a[data-country="KEN"]').first()).toBeAttached();

  // The public page in Arabic reads right to left.
  await visitor.goto("/ar/public/KEN");
  await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("كينيا");
  await expect(visitor.getByTestId("public-overall")).toHaveText(overall!);
  await anonymous.dispose();
});
