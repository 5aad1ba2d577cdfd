// A country that will not answer a cycle says so (issue 16, item 1): the focal point declines with a
// reason, the reviewer finds the assessment under "Declined by the country" with that reason and may
// start desk research, and the focal point can still take part until ITU starts. The journey opens
// its own cycle for Malawi, so the demo's assessments are untouched.
import { expect, test } from "@playwright/test";
import { openCycleAsAdmin, signInAndWait } from "./support";

const REASON = "Our CIRT is being reorganised; we answer the next cycle";

test("a focal point declines a cycle, the reviewer sees why, and the country takes part after all", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const admin = await browser.newPage();
  await signInAndWait(admin, "admin@example.org");
  const cycle = `Decline journey ${Date.now()}`;
  await openCycleAsAdmin(admin, cycle, "MWI");
  await admin.close();

  // The focal point declines; without a reason the step is refused and nothing changes.
  await signInAndWait(page, "focal.mwi@example.org");
  const listed = (await (await page.request.get("/api/v1/assessments?country=MWI&limit=200")).json()) as {
    assessments: { id: string; cycle: { name: string } }[];
  };
  const id = listed.assessments.find((a) => a.cycle.name === cycle)!.id;
  await page.goto(`/en/assessments/${id}`);
  const card = page.locator("[data-desk-card]");
  await expect(card).toHaveAttribute("data-desk-card", "draft");
  await expect(card).toContainText("If your country will not answer this cycle");
  await card.getByRole("button", { name: "Decline to answer this cycle" }).click();
  await expect(card.getByRole("alert")).toContainText("Give a reason");
  await expect(card).toHaveAttribute("data-desk-card", "draft");
  await card.getByLabel("Why your country will not answer this cycle (required to decline)").fill(REASON);
  await card.getByRole("button", { name: "Decline to answer this cycle" }).click();
  await expect(card).toHaveAttribute("data-desk-card", "declined");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Declined by the country");
  await expect(card).toContainText("You declined to answer this cycle");

  // The reviewer finds it in the queue with the reason, and may start desk research.
  const reviewer = await browser.newPage();
  await signInAndWait(reviewer, "reviewer@example.org");
  await reviewer.goto("/en/review?status=declined&cycle=all");
  const row = reviewer.locator('tr[data-country="MWI"]').filter({ hasText: cycle });
  await expect(row).toContainText("Declined by the country");
  await row.getByRole("link", { name: "Malawi" }).click();
  const desk = reviewer.locator("[data-desk-card]");
  await expect(desk.locator("[data-decline-reason]")).toHaveText(`The country’s reason: ${REASON}`);
  await expect(desk.getByRole("button", { name: "Start desk research" })).toBeVisible();
  await reviewer.close();

  // The country changes its mind before ITU starts: the form is open again.
  await card.getByRole("button", { name: "Take part after all" }).click();
  await expect(card).toHaveAttribute("data-desk-card", "draft");
  await page.goto(`/en/assessments/${id}/technical`);
  await expect(page.locator('[data-question="national-cirt"]').getByRole("radio", { name: "In place", exact: true })).toBeEnabled();
});
