import { expect, test } from "@playwright/test";
import { answerScale, openDemoAssessment, signInAndWait } from "./support";

test("the Kenya contributor sees and edits only the Legal and Technical pillars and cannot submit", async ({ page }) => {
  await signInAndWait(page, "contributor.ken@example.org");
  const id = await openDemoAssessment(page);
  const tabs = page.getByRole("navigation", { name: "Pillars" }).getByRole("link");
  // Each tab also says how many of its questions are answered.
  await expect(tabs).toHaveText([/^Legal measures \d+\/\d+$/, /^Technical measures \d+\/\d+$/]);
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);

  await page.goto(`/en/assessments/${id}/technical`);
  await answerScale(page, "government-cirt", "In progress");
  const response = await page.goto(`/en/assessments/${id}/organizational`);
  expect(response?.status()).toBe(403);
});
