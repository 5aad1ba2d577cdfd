import { expect, test } from "@playwright/test";
import { DEMO_CYCLE, openDemoAssessment, signInAndWait } from "./support";

// Maturity stages beside the points (issue 16, item 4): the focal point reads each indicator's stage
// and what the next one needs; the planner compares stages across countries and plans the moves.

test("the focal point reads each indicator's stage and what the next stage needs, on the assessment page and the report", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await openDemoAssessment(page);
  const section = page.getByTestId("maturity");
  await expect(section.getByRole("heading", { name: "Maturity by indicator" })).toBeVisible();
  expect(await section.locator("tbody tr").count()).toBe(20);
  // Every row has a stage (or says no answer yet), and every row below dynamic says what it takes.
  const rows = await section.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => ({ stage: tr.getAttribute("data-stage"), text: tr.textContent ?? "" })));
  expect(rows.every((r) => ["none", "start-up", "formative", "established", "strategic", "dynamic"].includes(r.stage!))).toBe(true);
  for (const r of rows.filter((r) => r.stage !== "dynamic")) expect(r.text).toMatch(/needs:.*Answer: /);

  await page.getByRole("link", { name: "Country report", exact: true }).click();
  const report = page.getByTestId("maturity");
  expect(await report.locator("tbody tr").count()).toBe(20);
  await expect(report.locator("tbody tr").first()).toHaveAttribute("data-stage", rows[0]!.stage!);
});

test("the planner compares stages across countries and reads which indicators to move up, in French", async ({ page }) => {
  await signInAndWait(page, "reviewer@example.org");
  await page.goto("/en/plans");
  // Other journeys open cycles of their own: the demo cycle, explicitly.
  const options = await page
    .locator("select[name=cycle] option")
    .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
  const cycle = options.find((o) => DEMO_CYCLE.test(o.text))!.value;
  await page.goto(`/en/plans?cycle=${cycle}`);
  const moves = page.getByTestId("plan-moves");
  await expect(moves.getByRole("heading", { name: "Moving indicators up a maturity stage" })).toBeVisible();
  const first = moves.locator("li[data-move]").first();
  await expect(first).toContainText(/^Move .+ from (Start-up|Formative|Established|Strategic) to (Formative|Established|Strategic|Dynamic)/);
  await expect(first).toContainText(/Answer: .+\(\d+ countr(y misses|ies miss) this\)/);

  await page.goto(`/fr/plans?cycle=${cycle}`);
  await expect(page.getByTestId("plan-moves").locator("li[data-move]").first()).toContainText(
    /^Faire passer .+ du stade (Démarrage|Formatif|Établi|Stratégique) au stade/,
  );

  await page.goto(`/en/dashboards/compare?cycle=${cycle}&countries=KEN,TZA`);
  const table = page.getByTestId("compare-maturity");
  await expect(table.getByRole("columnheader", { name: "Kenya" })).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBe(20);
  await expect(table.locator("td[data-country='KEN']").first()).toHaveText(/Start-up|Formative|Established|Strategic|Dynamic|—/);
});
