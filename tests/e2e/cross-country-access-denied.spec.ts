import { expect, test } from "@playwright/test";
import { DEMO_CYCLE, openDemoAssessment, sameOrigin, signInAndWait } from "./support";

test("the Kenya focal point cannot open France's assessment through the UI or the API", async ({ page, browser }) => {
  const france = await browser.newPage();
  await signInAndWait(france, "focal.fra@example.org");
  await france.getByRole("link", { name: DEMO_CYCLE }).click();
  await france.waitForURL(/\/assessments\/[^/]+$/);
  await expect(france.getByRole("heading", { level: 1 })).toContainText("France");
  const franceId = france.url().split("/assessments/")[1]!.split(/[/?#]/)[0]!;
  await france.close();

  await signInAndWait(page, "focal.ken@example.org");
  const kenyaId = await openDemoAssessment(page);
  const ui = await page.goto(`/en/assessments/${franceId}`);
  expect(ui?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  const api = await page.request.get(`/api/v1/assessments/${franceId}`);
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("not-found");
  const write = await page.request.put(`/api/v1/assessments/${franceId}/answers/national-cirt`, {
    data: { value: "in-place", revision: 0 },
    headers: sameOrigin(page),
  });
  expect(write.status()).toBe(404);
  const own = await page.request.get(`/api/v1/assessments/${kenyaId}`);
  expect(own.status()).toBe(200);
  expect((await own.json()).country).toBe("KEN");
});
