import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { answerScale, openDemoAssessment, question, signInAndWait } from "./support";

// Answers typed offline are kept in IndexedDB: they survive a closed tab and a restarted browser,
// are sent when the form is opened again online, and a newer answer saved elsewhere meanwhile is a
// conflict the person decides, never overwritten.

const KEPT = "kept on this device and will be sent when the connection returns";

async function answerOffline(page: Page, id: string, option: string) {
  await question(page, id).getByRole("radio", { name: option, exact: true }).check();
  await expect(page.getByTestId("page-save")).toContainText(KEPT);
}

/** Starts from another answer than the one the test types offline, so the test can run again on the same data. */
async function answerOtherwise(page: Page, id: string, avoid: string, other: string) {
  await expect(page.locator("form[data-hydrated]")).toBeVisible(); // the radios show the stored answer once hydrated
  if (await question(page, id).getByRole("radio", { name: avoid, exact: true }).isChecked()) await answerScale(page, id, other);
}

/**
 * Leaves the form while still offline, so the send it makes when hidden fails as it would on a dead
 * link. The emulated offline state is not enough for that last send under test: it can escape as the
 * tab goes (Chromium drops the tab's emulation and interception with the tab) and reach the server,
 * which would make the journey pass without the drafts ever being restored. So the page's own fetch
 * fails too, as every request does on a dead link.
 */
async function leaveOffline(page: Page) {
  await page.evaluate(() => {
    window.fetch = () => Promise.reject(new TypeError("Failed to fetch"));
  });
  page.once("dialog", (dialog) => void dialog.accept()); // "leave the page?": the edits are kept on this device
  await page.goto("about:blank");
}

test("answers typed offline survive closing the tab and are sent when the form is opened again", async ({ page, context }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await openDemoAssessment(page, "organizational");
  const url = page.url();
  await answerOtherwise(page, "national-risk-assessment", "In progress", "Not in place");
  await context.setOffline(true);
  await answerOffline(page, "national-risk-assessment", "In progress");
  const card = question(page, "national-risk-assessment");
  await card.locator("details.comment > summary").click();
  await card.getByRole("textbox", { name: "Comment", exact: true }).fill("Risk assessment drafted by the national CIRT, awaiting Cabinet");
  await expect(card.locator("[data-save-status]")).toHaveAttribute("data-save-status", /pending|retrying|saving/);
  await page.waitForTimeout(300); // the IndexedDB write of the last keystroke
  await leaveOffline(page);
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByTestId("restored-drafts")).toContainText("1 answer typed earlier in this browser");
  const restored = question(again, "national-risk-assessment");
  await expect(restored.getByRole("radio", { name: "In progress", exact: true })).toBeChecked();
  await expect(restored.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 20_000 });
  await expect(again.getByTestId("page-save")).toHaveText("All changes saved");

  // On the server now: a plain reload shows both, and nothing is left to restore.
  await again.reload();
  await expect(again.getByTestId("restored-drafts")).toHaveCount(0);
  const stored = question(again, "national-risk-assessment");
  await expect(stored.getByRole("radio", { name: "In progress", exact: true })).toBeChecked();
  await stored.locator("details.comment > summary").click();
  await expect(stored.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue("Risk assessment drafted by the national CIRT, awaiting Cabinet");
});

test("an answer typed offline survives a browser restart, and one changed elsewhere meanwhile is a conflict to decide", async ({ page, baseURL }, testInfo) => {
  const profile = mkdtempSync(path.join(tmpdir(), "five-pillars-profile-"));
  const launch = () => chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL, viewport: { width: 1280, height: 900 } });
  try {
    // On the ministry laptop: offline, the focal point answers, then the browser is closed.
    let laptop = await launch();
    let tab = laptop.pages()[0] ?? (await laptop.newPage());
    await signInAndWait(tab, "focal.ken@example.org");
    await openDemoAssessment(tab, "organizational");
    const url = tab.url();
    // Neither of the two answers below, so the one typed offline and the one made elsewhere both change it.
    for (const taken of ["Every two to three years", "Only ad hoc or after incidents"]) {
      await answerOtherwise(tab, "cybersecurity-audits", taken, "Not audited");
    }
    await laptop.setOffline(true);
    await answerOffline(tab, "cybersecurity-audits", "Every two to three years");
    await tab.waitForTimeout(300);
    await leaveOffline(tab);
    await laptop.close();

    // Meanwhile, from another computer, the same question is answered otherwise.
    await signInAndWait(page, "focal.ken@example.org");
    await page.goto(url);
    await question(page, "cybersecurity-audits").getByRole("radio", { name: "Only ad hoc or after incidents", exact: true }).check();
    await expect(question(page, "cybersecurity-audits").locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");

    // The laptop's browser restarts online: the draft comes back and meets the newer answer.
    laptop = await launch();
    tab = laptop.pages()[0] ?? (await laptop.newPage());
    await tab.goto(url);
    if (!tab.url().includes("/assessments/")) {
      await signInAndWait(tab, "focal.ken@example.org");
      await tab.goto(url);
    }
    await expect(tab.getByTestId("restored-drafts")).toBeVisible();
    const conflict = tab.getByTestId("conflict-cybersecurity-audits");
    await expect(conflict).toBeVisible({ timeout: 20_000 });
    await expect(conflict.getByTestId("theirs")).toHaveText("Only ad hoc or after incidents");
    await expect(conflict.getByTestId("mine")).toHaveText("Every two to three years");
    await expect(tab.getByTestId("page-save")).toContainText("changed by someone else meanwhile");
    await conflict.getByRole("button", { name: "Keep mine" }).click();
    await expect(question(tab, "cybersecurity-audits").locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 20_000 });
    await laptop.close();

    await page.reload();
    await expect(question(page, "cybersecurity-audits").getByRole("radio", { name: "Every two to three years", exact: true })).toBeChecked();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
