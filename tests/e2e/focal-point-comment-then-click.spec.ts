import { expect, test, type Page } from "@playwright/test";
import { answerScale, openDemoAssessment, question, signInAndWait } from "./support";

// A question's value and comment go through one autosave entry: a comment typed just before
// clicking another option of the same question must land together with that option.

const COMMENT = "Coordination decree signed in March; committee meets monthly";

/** Answer saves of one question (server action calls), recorded, and held back by `hold` (given the save's index) when given. */
async function watchSaves(page: Page, questionId: string, hold?: (index: number) => Promise<void>) {
  const sent: string[] = [];
  const finished: string[] = [];
  const isSave = (method: string, headers: Record<string, string>, body: string | null) =>
    method === "POST" && "next-action" in headers && !!body?.includes(`"questionId":"${questionId}"`) && body.includes('"revision"');
  await page.route("**/*", async (route) => {
    const request = route.request();
    const body = request.postData();
    if (!isSave(request.method(), request.headers(), body)) return route.continue();
    sent.push(body!);
    if (hold) await hold(sent.length - 1);
    const response = await route.fetch();
    finished.push(body!);
    await route.fulfill({ response });
  });
  return { sent, finished };
}

async function expectStored(page: Page, questionId: string, option: string, comment: string) {
  await page.reload();
  const card = question(page, questionId);
  await expect(card.getByRole("radio", { name: option, exact: true })).toBeChecked();
  await card.locator("details.comment > summary").click();
  await expect(card.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue(comment);
}

test.beforeEach(async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await openDemoAssessment(page, "organizational");
});

test("a comment typed just before clicking another option is saved together with that option", async ({ page }) => {
  const id = "whole-of-government-coordination";
  await answerScale(page, id, "In progress");
  const card = question(page, id);
  await card.locator("details.comment > summary").click();
  await card.getByRole("textbox", { name: "Comment", exact: true }).pressSequentially(COMMENT);
  await card.getByRole("radio", { name: "In place", exact: true }).click(); // at once, no wait
  await expect(card.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  await expect(page.getByTestId("page-save")).toHaveText("All changes saved");
  await expectStored(page, id, "In place", COMMENT);
});

test("on a slow network, a comment and another option made while the first save is in flight both land", async ({ page }) => {
  const id = "national-cyber-crisis-management";
  // A slow network: every save takes 1.5 s, and the first one stays on its way until both edits are made.
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  const saves = await watchSaves(page, id, async (index) => {
    if (index === 0) await released;
    await new Promise((r) => setTimeout(r, 1500));
  });
  const card = question(page, id);
  await card.getByRole("radio", { name: "In progress", exact: true }).click();
  await expect(card.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saving");
  await card.locator("details.comment > summary").click();
  await card.getByRole("textbox", { name: "Comment", exact: true }).pressSequentially(COMMENT);
  await card.getByRole("radio", { name: "Partially in place", exact: true }).click(); // at once, no wait
  // Both edits were made while the first save was still on its way.
  expect(saves.sent).toHaveLength(1);
  expect(saves.finished).toHaveLength(0);
  expect(saves.sent[0]).toContain('"value":"in-progress"');
  release();

  await expect(card.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 20_000 });
  await expect(page.getByTestId("page-save")).toHaveText("All changes saved");
  expect(saves.finished.length).toBeGreaterThanOrEqual(2);
  expect(saves.sent.at(-1)).toContain('"value":"partially-in-place"');
  expect(saves.sent.at(-1)).toContain(COMMENT);
  await expectStored(page, id, "Partially in place", COMMENT);
});

test("leaving with a comment not saved yet asks first, and the comment lands once the save goes through", async ({ page }) => {
  const id = "national-strategy-budget";
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  await watchSaves(page, id, () => released);
  const card = question(page, id);
  await card.locator("details.comment > summary").click();
  await card.getByRole("textbox", { name: "Comment", exact: true }).pressSequentially(COMMENT);

  const dialog = page.waitForEvent("dialog", { timeout: 10_000 });
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  const asked = await dialog;
  expect(asked.type()).toBe("beforeunload");
  await asked.dismiss(); // stay on the page

  release();
  await expect(page.getByTestId("page-save")).toHaveText("All changes saved", { timeout: 20_000 });
  await page.reload();
  const reloaded = question(page, id);
  await reloaded.locator("details.comment > summary").click();
  await expect(reloaded.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue(COMMENT);
});
