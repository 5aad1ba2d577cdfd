import { expect, test } from "@playwright/test";
import { answerScale, openDemoAssessment, question, signInAndWait } from "./support";

test("the focal point reads numbered questions, moves question by question and pillar by pillar, and clears an answer", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  const id = await openDemoAssessment(page, "legal");
  const first = question(page, "substantive-law-unauthorized-access");
  await expect(first.locator(".q-number")).toHaveText("1.1");
  await expect(question(page, "substantive-law-illegal-interception").locator(".q-number")).toHaveText("1.2");
  await first.getByRole("link", { name: "Next question" }).click();
  await expect(page).toHaveURL(/#substantive-law-illegal-interception$/);
  await expect(first.getByRole("link", { name: "Previous question" })).toHaveCount(0);

  // Each pillar tab says how far the country is.
  const tab = page.getByTestId("tab-progress-legal");
  // Its figures are not compared before and after: other journeys answer Legal questions of this
  // demo draft at the same time. Completion counts are unit- and integration-tested.
  await expect(tab).toHaveText(/^\d+\/\d+$/);

  const target = "substantive-law-system-interference";
  await answerScale(page, target, "In place");
  await question(page, target).getByRole("button", { name: "Clear answer" }).click();
  await expect(question(page, target).locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  await expect(question(page, target).getByRole("radio", { name: "In place", exact: true })).not.toBeChecked();
  await page.reload();
  await expect(question(page, target).getByRole("radio", { name: "In place", exact: true })).not.toBeChecked();
  await expect(question(page, target).getByRole("button", { name: "Clear answer" })).toHaveCount(0);

  await page
    .getByRole("navigation", { name: "Other pillars" })
    .getByRole("link", { name: /Next pillar/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/technical$`));
  await expect(question(page, "national-cirt").locator(".q-number")).toHaveText("2.1");
});
