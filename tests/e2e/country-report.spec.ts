import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { answersTemplate } from "@/lib/scoring/templates";
import { sameOrigin, signInAndWait } from "./support";

const GCI_2024 = path.resolve(process.cwd(), "../shared/data/gci-published/gci-2024.csv");
const OUT = path.resolve(process.cwd(), "test-results/country-report");

test("the reviewer reads a country report with the published GCI next to it, downloads its PDF and the plan workbook", async ({ page, browser }) => {
  mkdirSync(OUT, { recursive: true });
  // The admin opens a cycle for Kenya and loads the published GCI 2024 results.
  const admin = await browser.newPage();
  await signInAndWait(admin, "admin@example.org");
  await admin.goto("/en/admin/cycles");
  const form = admin.getByRole("form", { name: "Open the cycle" });
  const cycle = `Report journey ${Date.now()}`;
  await form.getByLabel("Name").fill(cycle);
  await form.getByLabel("Opens on").fill("2026-01-01");
  await form.getByLabel("Closes on").fill("2099-12-31");
  await form.getByLabel("Participating countries").selectOption("list");
  await form.getByLabel(/Country codes/).fill("KEN");
  await form.getByRole("button", { name: "Open the cycle" }).click();
  await expect(form.getByRole("status")).toContainText("1 assessment");
  await admin.goto("/en/admin/reference");
  const upload = admin.getByTestId("reference-import-form");
  await upload.getByLabel("CSV file").setInputFiles(GCI_2024);
  await upload.getByLabel("Edition (year)").fill("2024");
  await upload.getByRole("button", { name: "Import" }).click();
  await expect(upload.getByTestId("reference-report")).toContainText("Imported 194 rows (edition 2024)");
  await expect(upload.getByTestId("reference-report")).toContainText("Tier rules reproduce 192 of 192 published tiers");
  await admin.close();

  // The focal point answers through the API: best in two pillars, worst elsewhere, so there are gaps and steps.
  const focal = await browser.newPage();
  await signInAndWait(focal, "focal.ken@example.org");
  const listed = await (await focal.request.get("/api/v1/assessments")).json();
  const mine = listed.assessments.find((a: { cycle: { name: string } }) => a.cycle.name === cycle);
  const id: string = mine.id;
  const cycleId: string = mine.cycle.id;
  const version = await loadVersion("five-pillars@2024");
  const best = answersTemplate(version, "best");
  const worst = answersTemplate(version, "worst");
  for (const q of version.questions) {
    const value = ["legal", "technical"].includes(q.pillar) ? best[q.id] : worst[q.id];
    if (value === undefined || value === null) continue;
    const res = await focal.request.put(`/api/v1/assessments/${id}/answers/${q.id}`, { data: { value, revision: 0 }, headers: sameOrigin(focal) });
    expect(res.status(), q.id).toBe(200);
  }
  await focal.close();

  // Another country's focal point cannot see a report before validation.
  const other = await browser.newPage();
  await signInAndWait(other, "focal.fra@example.org");
  expect((await other.goto(`/en/reports/${id}`))?.status()).toBe(404);
  expect((await other.request.get(`/api/v1/reports/${id}/pdf`)).status()).toBe(404);
  await other.close();

  await page.setViewportSize({ width: 1100, height: 900 });
  await signInAndWait(page, "reviewer@example.org");
  await page.goto(`/en/reports/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kenya");
  await expect(page.getByTestId("report-radar").locator("svg").first()).toBeVisible();
  const pillars = page.getByTestId("report-pillars");
  await expect(pillars.getByRole("row")).toHaveCount(7);
  await expect(pillars.getByRole("columnheader", { name: "Published GCI 2024" })).toBeVisible();
  await expect(page.getByTestId("report-reference")).toContainText("ITU Global Cybersecurity Index 2024");
  await expect(page.getByTestId("report-steps").getByRole("listitem")).toHaveCount(10);
  await expect(page.getByTestId("report-flags").getByRole("listitem").first()).toBeVisible();
  await page.screenshot({ path: path.join(OUT, "report.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await page.screenshot({ path: path.join(OUT, "report-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  const pdf = await page.request.get(`/api/v1/reports/${id}/pdf?locale=en`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="report-KEN-.*\.pdf"$/);
  const body = await pdf.body();
  expect(body.subarray(0, 4).toString("latin1")).toBe("%PDF");
  writeFileSync(path.join(OUT, "report.pdf"), body);

  await page.goto(`/en/plans?cycle=${cycleId}`);
  await expect(page.getByTestId("plan-flags-table")).toBeVisible();
  await expect(page.getByTestId("plan-steps-table")).toBeVisible();
  await page.screenshot({ path: path.join(OUT, "plan.png"), fullPage: true });
  const xlsx = await page.request.get(`/api/v1/plans/xlsx?cycle=${cycleId}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString("latin1")).toBe("PK");

  const csv = await page.request.get(`/api/v1/scores?cycle=${cycleId}&format=csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toBe("iso3,status,basis,demo,level,id,pillar,score,maxPoints");
  // This journey's own cycle holds no demonstration data: every row says so.
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.slice(1, -1).filter((line) => !/^[A-Z]{3},[a-z-]+,(validated|self-reported),false,(overall|pillar|indicator|question),/.test(line))).toEqual([]);
});
