import { expect, test, type Page } from "@playwright/test";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { answersTemplate } from "@/lib/scoring/templates";
import { question, sameOrigin, signInAndWait } from "./support";

async function openCycleFor(page: Page, country: string, name: string) {
  await page.goto("/en/admin/cycles");
  const form = page.getByRole("form", { name: "Open the cycle" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Opens on").fill("2026-01-01");
  await form.getByLabel("Closes on").fill("2099-12-31");
  await form.getByLabel("Participating countries").selectOption("list");
  await form.getByLabel(/Country codes/).fill(country);
  await form.getByRole("button", { name: "Open the cycle" }).click();
  await expect(form.getByRole("status")).toContainText("1 assessment");
}

test("submit, query two answers and adjust one, return, answer and resubmit, validate, sign off, with the audit trail in order", async ({ browser }) => {
  test.setTimeout(180_000);
  const cycle = `Review journey ${Date.now()}`;
  const admin = await browser.newPage();
  await signInAndWait(admin, "admin@example.org");
  await openCycleFor(admin, "KEN", cycle);
  await admin.close();

  // The focal point completes the assessment (most answers through the API) and submits.
  const focal = await (await browser.newContext()).newPage();
  await signInAndWait(focal, "focal.ken@example.org");
  await focal.getByRole("link", { name: cycle }).click();
  await focal.waitForURL(/\/assessments\/[^/]+$/);
  const id = focal.url().split("/assessments/")[1]!;
  const version = await loadVersion("five-pillars@2024");
  for (const [questionId, value] of Object.entries({ ...answersTemplate(version, "worst"), "breach-notification": "in-place" })) {
    expect(
      (await focal.request.put(`/api/v1/assessments/${id}/answers/${questionId}`, { data: { value, revision: 0 }, headers: sameOrigin(focal) })).status(),
    ).toBe(200);
  }
  expect(
    (
      await focal.request.post(`/api/v1/assessments/${id}/evidence`, {
        data: { questionId: "breach-notification", url: "https://ca.go.ke/breach-rules" },
        headers: sameOrigin(focal),
      })
    ).status(),
  ).toBeLessThan(300);
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
  const uploaded = await focal.request.post(`/api/v1/assessments/${id}/evidence`, {
    multipart: { questionId: "breach-notification", file: { name: "breach-regulations.pdf", mimeType: "application/pdf", buffer: pdf } },
    headers: sameOrigin(focal),
  });
  expect(uploaded.status()).toBeLessThan(300);
  await focal.reload();
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.getByRole("heading", { level: 1 })).toContainText("Submitted");

  // The reviewer finds it in the queue, queries two answers, adjusts one and returns it.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAndWait(reviewer, "reviewer@example.org");
  await reviewer.getByRole("link", { name: "Review queue" }).click();
  // Its own cycle, chosen in the filters: the default (the newest open cycle) may be another
  // journey's, opened meanwhile.
  const filters = reviewer.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Cycle").selectOption({ label: cycle });
  await filters.getByRole("button", { name: "Filter" }).click();
  await reviewer.waitForURL(/[?&]cycle=/);
  await reviewer.getByRole("link", { name: /Submitted: / }).click();
  await reviewer.waitForURL(/[?&]status=submitted/);
  await reviewer
    .getByRole("row", { name: new RegExp(cycle) })
    .getByRole("link", { name: "Kenya" })
    .click();
  await reviewer.getByRole("button", { name: "Start the review" }).click();
  await expect(reviewer.getByTestId("status")).toHaveText("In review");

  for (const [qid, text] of [
    ["data-protection-law", "Is a bill before parliament?"],
    ["substantive-law-unauthorized-access", "Does the 2018 Act cover illegal access?"],
  ] as const) {
    const item = question(reviewer, qid);
    const box = item.getByLabel("Your question to the country");
    const sendButton = item.getByRole("button", { name: "Send the query" });
    // The page refreshes after the previous query is sent; a click that lands while the item is
    // re-rendered is lost (seen with two journeys running at once), so the form is opened, filled and
    // sent until the verdict shows. Sending is disabled while a send is under way, so a query that
    // went through is never sent twice.
    await expect(async () => {
      if ((await item.getAttribute("data-verdict")) === "queried") return;
      if (!(await box.isVisible())) await item.getByRole("button", { name: "Query" }).click();
      await expect(box).toBeVisible({ timeout: 2_000 });
      if ((await box.inputValue()) !== text) await box.fill(text);
      if (await sendButton.isEnabled()) await sendButton.click();
      await expect(item).toHaveAttribute("data-verdict", "queried", { timeout: 5_000 });
    }).toPass({ timeout: 40_000 });
  }
  const breach = question(reviewer, "breach-notification");
  // The uploaded PDF is previewed inline beside the answer.
  const previewFrame = breach.locator('iframe[title="breach-regulations.pdf"]');
  await expect(previewFrame).toBeVisible();
  const preview = await reviewer.request.get((await previewFrame.getAttribute("src"))!);
  expect([preview.status(), preview.headers()["content-disposition"]]).toEqual([200, "inline"]);
  await breach.getByRole("button", { name: "Adjust" }).click();
  await breach.getByLabel("Corrected answer").selectOption("partially-in-place");
  await breach.getByLabel("Reason (the country sees it)").fill("The rules bind telecom operators only");
  await breach.getByRole("button", { name: "Save the adjustment" }).click();
  await expect(breach).toHaveAttribute("data-verdict", "adjusted");
  await reviewer.getByLabel("Reason (required to return or reopen)").fill("Two queries to answer");
  await reviewer.getByRole("button", { name: "Return to the country" }).click();
  await expect(reviewer.getByTestId("status")).toHaveText("Returned");

  // The focal point sees the open queries on the home page, answers both, changes one answer with evidence, and resubmits.
  await focal.goto("/en");
  await expect(focal.getByRole("row", { name: new RegExp(cycle) }).getByTestId("open-queries")).toHaveText("2");
  await focal.goto(`/en/assessments/${id}`);
  await expect(focal.getByTestId("returned-banner")).toContainText("Two queries to answer");
  await focal.goto(`/en/assessments/${id}/legal`);
  for (const qid of ["data-protection-law", "substantive-law-unauthorized-access"]) {
    const note = focal.getByTestId(`review-note-${qid}`);
    await expect(note).toContainText("Query");
    await note.getByLabel("Reply to the reviewer").fill(`Answer about ${qid}`);
    await note.getByRole("button", { name: "Send" }).click();
    await expect(note).toContainText(`Answer about ${qid}`);
  }
  await expect(focal.getByTestId("review-note-breach-notification")).toContainText("The rules bind telecom operators only");
  await focal.goto("/en");
  await expect(focal.getByRole("row", { name: new RegExp(cycle) }).getByTestId("open-queries")).toHaveText("—");
  await focal.goto(`/en/assessments/${id}/legal`);
  await question(focal, "data-protection-law").getByRole("radio", { name: "In progress" }).check();
  await expect(question(focal, "data-protection-law").locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  const panel = focal.getByTestId("evidence-data-protection-law");
  await panel.getByRole("button", { name: "Add a link" }).click();
  await expect(panel.getByLabel("Web address")).toBeFocused();
  await panel.getByLabel("Web address").fill("https://parliament.go.ke/data-protection-bill");
  await panel.getByRole("button", { name: "Add link" }).click();
  await expect(panel.getByRole("link", { name: /parliament\.go\.ke/ })).toBeVisible();
  await focal.goto(`/en/assessments/${id}`);
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.getByRole("heading", { level: 1 })).toContainText("Submitted");

  // The reviewer validates; both scores are shown with the difference explained.
  await reviewer.reload();
  await reviewer.getByRole("button", { name: "Start the review" }).click();
  await expect(reviewer.getByTestId("status")).toHaveText("In review");
  await expect(question(reviewer, "data-protection-law").getByTestId("thread-data-protection-law")).toContainText("Answer about data-protection-law");
  await reviewer.getByRole("button", { name: "Validate" }).click();
  await expect(reviewer.getByTestId("status")).toHaveText("Validated");
  const scores = reviewer.getByTestId("two-scores");
  await expect(scores.getByTestId("score-differences")).toContainText("The rules bind telecom operators only");
  const self = Number(await scores.getByTestId("self-score").textContent());
  const validated = Number(await scores.getByTestId("validated-score").textContent());
  expect(validated).toBeLessThan(self);

  // Every page shows that validated score, and says it is the validated one: the assessment page,
  // the country report, the assessments API.
  await focal.goto(`/en/assessments/${id}`);
  await expect(focal.getByTestId("score-basis")).toHaveAttribute("data-basis", "validated");
  await expect(focal.getByTestId("overview-overall")).toHaveText(validated.toFixed(2));
  await expect(focal.getByTestId("tier-stability")).toContainText("points above the threshold of Tier");
  await focal.goto(`/en/reports/${id}`);
  await expect(focal.getByTestId("report-basis")).toHaveAttribute("data-basis", "validated");
  await expect(focal.getByTestId("report-overall")).toHaveText(validated.toFixed(2));
  const listed = await (await focal.request.get("/api/v1/assessments")).json();
  expect(listed.assessments.find((a: { id: string }) => a.id === id).score).toMatchObject({ basis: "validated", overall: validated });
  const detail = await (await focal.request.get(`/api/v1/assessments/${id}`)).json();
  expect([detail.score.validated.overall, detail.score.selfReported.overall]).toEqual([validated, self]);
  await focal.goto(`/en/assessments/${id}`);

  // The focal point signs off.
  await focal.reload();
  await expect(focal.getByTestId("two-scores")).toBeVisible();
  await focal.getByRole("button", { name: "Confirm the validated result" }).click();
  await expect(focal.getByTestId("sign-off-state")).toContainText("confirmed");

  // The audit page shows every workflow step in order, and exports it.
  await focal.getByRole("link", { name: "Audit trail" }).click();
  const steps = focal.locator("tr[data-action^='assessment.']");
  await expect(steps).toHaveCount(7);
  expect(await steps.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")))).toEqual([
    "assessment.submit",
    "assessment.start-review",
    "assessment.return",
    "assessment.submit",
    "assessment.start-review",
    "assessment.validate",
    "assessment.sign-off.confirmed",
  ]);
  await expect(focal.locator("tr[data-action='answer.adjusted']")).toContainText("The rules bind telecom operators only");
  const csv = await focal.request.get(`/api/v1/assessments/${id}/audit?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("assessment.return");
  await reviewer.close();
  await focal.close();
});
