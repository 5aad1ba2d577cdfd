import { expect, test } from "@playwright/test";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { answersTemplate } from "@/lib/scoring/templates";
import { answerScale, question, sameOrigin, signInAndWait } from "./support";

test("the Kenya focal point answers two pillars, sees the live score, fixes what the check lists, and submits", async ({ page, browser }) => {
  // A fresh cycle for Kenya, opened by the admin, so this journey owns its assessment.
  const admin = await browser.newPage();
  await signInAndWait(admin, "admin@example.org");
  await admin.goto("/en/admin/cycles");
  const form = admin.getByRole("form", { name: "Open the cycle" });
  const cycle = `Submission journey ${Date.now()}`;
  await form.getByLabel("Name").fill(cycle);
  await form.getByLabel("Opens on").fill("2026-01-01");
  await form.getByLabel("Closes on").fill("2099-12-31");
  await form.getByLabel("Participating countries").selectOption("list");
  await form.getByLabel(/Country codes/).fill("KEN");
  await form.getByRole("button", { name: "Open the cycle" }).click();
  await expect(form.getByRole("status")).toContainText("1 assessment");
  await admin.close();

  await signInAndWait(page, "focal.ken@example.org");
  await page.getByRole("link", { name: cycle }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  const id = page.url().split("/assessments/")[1]!.split(/[/?#]/)[0]!;

  // Two pillars answered in the form; the live score follows.
  await page.goto(`/en/assessments/${id}/legal`);
  await expect(page.getByTestId("live-overall")).toHaveText("0.00");
  await answerScale(page, "data-protection-law", "Not in place");
  await answerScale(page, "substantive-law-unauthorized-access", "Not in place");
  await page.goto(`/en/assessments/${id}/technical`);
  await answerScale(page, "national-cirt", "In place");
  await expect(page.getByTestId("live-overall")).toHaveText("2.29");
  await answerScale(page, "national-cirt", "Not in place");
  await expect(page.getByTestId("live-overall")).toHaveText("0.00");
  await page.reload();
  await expect(question(page, "national-cirt").getByRole("radio", { name: "Not in place" })).toBeChecked();
  await page.goto(`/en/assessments/${id}/legal`);
  await expect(question(page, "data-protection-law").getByRole("radio", { name: "Not in place" })).toBeChecked();

  // The rest arrives through the API (as a ministry spreadsheet integration would send it), all but two.
  const version = await loadVersion("five-pillars@2024");
  const worst = answersTemplate(version, "worst");
  const leftForTheForm = ["cybercrime-24x7-contact", "cop-helpline"];
  for (const [questionId, value] of Object.entries(worst)) {
    if (leftForTheForm.includes(questionId) || ["data-protection-law", "substantive-law-unauthorized-access", "national-cirt"].includes(questionId)) continue;
    const res = await page.request.put(`/api/v1/assessments/${id}/answers/${questionId}`, { data: { value, revision: 0 }, headers: sameOrigin(page) });
    expect(res.status(), questionId).toBe(200);
  }

  await page.goto(`/en/assessments/${id}`);
  const problems = page.getByTestId("submission-problems").getByRole("listitem");
  await expect(problems).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Submit for review" })).toBeDisabled();
  for (const link of await problems.getByRole("link").all()) await expect(link).toBeVisible();
  await problems.first().getByRole("link").click();
  await page.waitForURL(/#[a-z0-9-]+$/);
  const target = leftForTheForm.find((q) => page.url().endsWith(`#${q}`))!;
  await question(page, target).getByRole("radio", { name: "No", exact: true }).check();
  await expect(question(page, target).locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  await page.goto(`/en/assessments/${id}`);
  await problems.first().getByRole("link").click();
  await page.waitForURL(/#[a-z0-9-]+$/);
  const other = leftForTheForm.find((q) => page.url().endsWith(`#${q}`))!;
  await question(page, other).getByRole("radio", { name: "No", exact: true }).check();
  await expect(question(page, other).locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");

  await page.goto(`/en/assessments/${id}`);
  await expect(page.getByText("Everything required is answered and documented.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Submitted");
  await page.goto(`/en/assessments/${id}/legal`);
  await expect(page.getByText("This pillar is read-only for you now")).toBeVisible();
  await expect(question(page, "data-protection-law").getByRole("radio", { name: "In place", exact: true })).toBeDisabled();
});
