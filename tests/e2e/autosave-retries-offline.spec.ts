import { expect, test } from "@playwright/test";
import { openDemoAssessment, question, signInAndWait } from "./support";

test("a save that fails while the server is unreachable is retried and lands", async ({ page, context }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await openDemoAssessment(page, "organizational");
  await context.setOffline(true);
  await question(page, "national-metrics").getByRole("radio", { name: "Partially in place" }).check();
  await expect(question(page, "national-metrics").locator("[data-save-status]")).toHaveAttribute("data-save-status", "retrying");
  await expect(page.getByTestId("page-save")).toContainText("kept on this device and will be sent when the connection returns");
  await context.setOffline(false);
  await expect(question(page, "national-metrics").locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 20_000 });
  await expect(page.getByTestId("page-save")).toHaveText("All changes saved");
  await page.reload();
  await expect(question(page, "national-metrics").getByRole("radio", { name: "Partially in place" })).toBeChecked();
});
