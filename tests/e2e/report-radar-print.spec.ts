import { expect, test } from "@playwright/test";
import { openDemoAssessment, signInAndWait } from "./support";

test("the report's radar fills the A4 width when printed, with every pillar labelled", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  const id = await openDemoAssessment(page);
  // A4 at 96 dpi is 794 px wide; the page margins leave about 186 mm (703 px).
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  await page.goto(`/en/reports/${id}`);
  const radar = page.getByTestId("report-radar");
  await expect(radar.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  const box = (await radar.locator(".recharts-wrapper > svg.recharts-surface").boundingBox())!;
  expect(box.width).toBeGreaterThan(560);
  expect(box.height).toBeGreaterThan(380);
  for (const pillar of ["Legal measures", "Technical measures", "Organizational measures", "Capacity development", "Cooperation"])
    await expect(radar.getByText(pillar, { exact: true })).toBeVisible();
});
