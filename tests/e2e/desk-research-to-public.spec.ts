// The GCI process end to end (issue 16): a reviewer drafts Malawi's answers from public sources, the
// focal point corrects one answer and confirms the rest before the deadline, the reviewer validates,
// the focal point agrees to publication, the admin publishes, and an anonymous visitor reads the
// public page and the open API. The journey opens its own cycle and withdraws its publication at the end.
import { expect, test, type Page } from "@playwright/test";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { answersTemplate } from "@/lib/scoring/templates";
import { openCycleAsAdmin, question, sameOrigin, signInAndWait } from "./support";

const SOURCE = {
  url: "https://www.example.org/demo/mwi/e-transactions-act",
  title: "Electronic Transactions and Cyber Security Act (demo)",
  accessedOn: "2026-11-20",
};

async function transition(page: Page, id: string, name: string) {
  const res = await page.request.post(`/api/v1/assessments/${id}/transitions`, { data: { transition: name }, headers: sameOrigin(page) });
  expect(res.status(), name).toBe(200);
}

test("desk research goes to the country, is corrected and confirmed, validated, published, and read by anyone", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  // The admin opens a cycle for Malawi and sets its validation deadline.
  const admin = await browser.newPage();
  await signInAndWait(admin, "admin@example.org");
  const cycle = `Desk research journey ${Date.now()}`;
  await openCycleAsAdmin(admin, cycle, "MWI");
  const row = admin.locator(`tr[data-cycle="${cycle}"]`);
  await row.getByLabel("Countries confirm desk research until").fill("2099-06-30");
  await row.getByRole("button", { name: "Save the deadline" }).click();
  await expect(row.getByLabel("Countries confirm desk research until")).toHaveValue("2099-06-30");

  // The reviewer finds Malawi's untouched draft in the queue's "Not started" list and starts desk research.
  await signInAndWait(page, "reviewer@example.org");
  await page.goto("/en/review");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Cycle").selectOption({ label: cycle });
  await filters.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/[?&]cycle=/);
  await page.getByRole("link", { name: "Not started: 1" }).click();
  await page.waitForURL(/[?&]status=not-started/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.locator('tr[data-country="MWI"]').getByRole("link", { name: "Malawi" }).click();
  await expect(page).toHaveURL(/\/en\/assessments\/[^/]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const desk = page.locator("[data-desk-card]");
  await desk.getByRole("button", { name: "Start desk research" }).click();
  await expect(desk).toHaveAttribute("data-desk-card", "desk-research");

  // One answer drafted in the form, with its source; a missing source is refused with a clear message.
  await page.goto(`/en/assessments/${id}/technical`);
  const draft = page.locator('[data-desk-research="national-cirt"]');
  await draft.getByRole("radio", { name: "In place", exact: true }).check();
  await draft.getByLabel("Source title").fill(SOURCE.title);
  await draft.getByRole("button", { name: "Save the drafted answer" }).click();
  await expect(draft.getByText("Give the web address of the public source (http or https)")).toBeVisible();
  await draft.getByLabel("Source address (URL)").fill(SOURCE.url);
  await draft.getByRole("button", { name: "Save the drafted answer" }).click();
  await expect(draft.getByText("Drafted answer saved.")).toBeVisible();
  await expect(question(page, "national-cirt").locator('[data-drafted="national-cirt"]')).toContainText(SOURCE.title);

  // The rest through the API, each with its source.
  const version = await loadVersion("five-pillars@2024");
  const best = answersTemplate(version, "best");
  for (const [questionId, value] of Object.entries(best)) {
    if (questionId === "national-cirt") continue;
    const res = await page.request.put(`/api/v1/assessments/${id}/answers/${questionId}`, {
      data: { value, revision: 0, source: SOURCE },
      headers: sameOrigin(page),
    });
    expect(res.status(), questionId).toBe(200);
  }
  await page.goto(`/en/assessments/${id}`);
  await desk.getByRole("button", { name: "Send to the country for validation" }).click();
  await expect(desk).toHaveAttribute("data-desk-card", "country-validation");

  // Malawi's focal point is told, sees the drafted answers, corrects one with a reason, confirms the rest.
  const focal = await browser.newPage();
  await signInAndWait(focal, "focal.mwi@example.org");
  await focal.goto("/en/notifications");
  await expect(focal.getByText(/drafted the assessment of .*Malawi/)).toBeVisible();
  await focal.goto(`/en/assessments/${id}/technical`);
  const cirt = question(focal, "national-cirt");
  await expect(cirt.locator("[data-drafted]")).toHaveAttribute("data-confirmed", "no");
  await cirt.getByText("Comment").click();
  await cirt.getByRole("textbox", { name: "Comment" }).fill("MW-CERT operates in office hours only; see the 2026 annual report");
  await cirt.getByRole("radio", { name: "Partially in place", exact: true }).check();
  await expect(cirt.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  await focal.reload();
  await expect(question(focal, "national-cirt").locator("[data-drafted]")).toHaveCount(0);

  await focal.goto(`/en/assessments/${id}`);
  const card = focal.locator("[data-desk-card]");
  await card.locator('[data-confirm-drafted="all"]').click();
  await expect(card.locator('[data-confirm-drafted="all"]')).toHaveCount(0);
  await card.getByRole("button", { name: "Confirm the drafted answers" }).click();
  await expect(card).toHaveAttribute("data-desk-card", "submitted");

  // The reviewer validates; the focal point agrees to publication; the admin publishes the cycle.
  await transition(page, id, "start-review");
  await transition(page, id, "validate");
  await focal.goto(`/en/assessments/${id}`);
  await focal.locator("[data-publication]").getByRole("button", { name: "Agree to publication" }).click();
  await expect(focal.locator("[data-publication]")).toHaveAttribute("data-publication", "agreed");
  await admin.goto("/en/admin/cycles");
  await row.getByRole("button", { name: "Publish results" }).click();
  await expect(row.locator("[data-publication-state]")).toHaveAttribute("data-publication-state", "published");
  const cycleId = (await row.getByRole("link", { name: "View the public page" }).getAttribute("href"))!.split("cycle=")[1]!;
  try {
    // An anonymous visitor: the public page and the open API, with the validated score and its origin.
    const anonymous = await playwright.request.newContext({ baseURL });
    const api = (await (await anonymous.get(`/api/v1/public/countries/MWI?cycle=${cycleId}`)).json()) as { overall: number; origin: string; basis: string };
    expect({ origin: api.origin, basis: api.basis }).toEqual({ origin: "desk-research", basis: "consent" });
    const visitor = await browser.newPage();
    await visitor.goto(`/en/public/MWI?cycle=${cycleId}`);
    await expect(visitor.getByRole("heading", { level: 1, name: "Malawi" })).toBeVisible();
    await expect(visitor.getByTestId("public-overall")).toHaveText(api.overall.toFixed(2));
    await expect(visitor.locator("[data-origin]")).toHaveText("Drafted by ITU from public sources (desk research) and confirmed by the country.");
    const scores = (await (await anonymous.get(`/api/v1/public/scores?cycle=${cycleId}`)).json()) as { countries: { iso3: string; overall: number }[] };
    expect(scores.countries).toEqual([expect.objectContaining({ iso3: "MWI", overall: api.overall })]);

    // The audit trail holds every step; then the journey takes its cycle off the public pages again.
    await page.goto(`/en/assessments/${id}/audit`);
    for (const step of [
      "Started desk research",
      "Sent the desk research to the country",
      "Confirmed drafted answers",
      "Confirmed the desk research",
      "Agreed to publication",
    ]) {
      await expect(page.getByText(step).first()).toBeVisible();
    }
    await row.getByRole("button", { name: "Withdraw publication" }).click();
    await expect(row.locator("[data-publication-state]")).toHaveAttribute("data-publication-state", "unpublished");
    await anonymous.dispose();
  } finally {
    // Whatever failed above, the cycle leaves the public pages: with no cycle named they show the
    // newest published one, and the next journey reads the demo's there.
    await admin.request.post(`/api/v1/cycles/${cycleId}/publication`, { headers: { origin: baseURL! }, data: { action: "withdraw" } });
  }
});

test("a result validated without the country's confirmation reads as validated, asks no sign-off, and is not marked as a preview", async ({ page }) => {
  await signInAndWait(page, "reviewer@example.org");
  // Mozambique, in the demo: desk research whose validation deadline passed without the country.
  const list = await page.request.get("/api/v1/assessments?country=MOZ&status=validated-unconfirmed");
  expect(list.status()).toBe(200);
  const [mozambique] = ((await list.json()) as { assessments: { id: string }[] }).assessments;
  await page.goto(`/en/assessments/${mozambique!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mozambique");
  await expect(page.getByText("Validated without country confirmation").first()).toBeVisible();
  await expect(page.getByText("Preview, not validated")).toHaveCount(0);
  // The desk-research card tells what happened, in the past tense: the deadline is over.
  const card = page.locator("[data-desk-card]");
  await expect(card).toContainText("The result was validated without the country's confirmation");
  await expect(card).toContainText("The country's time to confirm or correct ended on");
  await expect(page.getByRole("heading", { name: "Country sign-off" })).toHaveCount(0);
});
