import { expect, test } from "@playwright/test";
import { answerScale, openDemoAssessment, question, signInAndWait } from "./support";

test("two people editing the same answer get a visible conflict, not a lost update", async ({ browser }) => {
  const focal = await (await browser.newContext()).newPage();
  const contributor = await (await browser.newContext()).newPage();
  await signInAndWait(focal, "focal.ken@example.org");
  await signInAndWait(contributor, "contributor.ken@example.org");
  await openDemoAssessment(focal, "legal");
  await openDemoAssessment(contributor, "legal");

  await answerScale(focal, "breach-notification", "In place");
  await question(contributor, "breach-notification").getByRole("radio", { name: "Not in place" }).check();
  const conflict = contributor.getByTestId("conflict-breach-notification");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("theirs")).toHaveText("In place");
  await expect(conflict.getByTestId("mine")).toHaveText("Not in place");
  await expect(conflict).toContainText("Wanjiru Kamau");

  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(question(contributor, "breach-notification").locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  await focal.reload();
  await expect(question(focal, "breach-notification").getByRole("radio", { name: "Not in place" })).toBeChecked();
});
