import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAndWait } from "./support";

/** Other journeys open cycles of their own: pick the demo cycle of an edition explicitly. */
async function chooseCycle(page: Page, edition: string, submit: string) {
  const option = page.getByRole("combobox", { name: "Cycle" }).locator("option", { hasText: `(demo) (five-pillars@${edition})` });
  await page.getByRole("combobox", { name: "Cycle" }).selectOption((await option.first().getAttribute("value")) ?? "");
  await page.getByRole("button", { name: submit, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(demo)");
}

const shots = process.env.DASHBOARD_SCREENSHOTS;

test("the reviewer reads the overview, compares Kenya with Africa and the world, and filters gaps", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signInAndWait(page, "reviewer@example.org");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Dashboards" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Overview");
  await chooseCycle(page, "2024", "Show");
  await expect(page.locator("[data-demo-banner]")).toContainText("fictitious");
  expect(await page.locator("[data-world-map] a[data-country]").count()).toBeGreaterThan(150);
  await expect(page.locator("[data-world-map] a[data-country='KEN']")).toHaveAccessibleName(/^Kenya/);
  // The shapes come from the cached sprite: Kenya is drawn at its size, not an empty reference.
  const kenya = (await page.locator("[data-world-map] a[data-country='KEN'] use").boundingBox())!;
  expect(kenya.width).toBeGreaterThan(10);
  expect(kenya.height).toBeGreaterThan(10);
  await expect(page.locator("[data-world-map] a[data-country='KEN']")).toHaveAttribute("href", /^\/en\/reports\/[\w-]+$/);
  // Countries too small for the map's shapes get a dot that links the same way.
  await expect(page.locator("[data-world-map] a[data-marker][data-country='MLT']")).toHaveAccessibleName(/^Malta/);
  await expect(page.locator("[data-world-map] a[data-marker][data-country='TUV'] circle")).toBeVisible();
  // The map as a table (keyboard, screen readers, colour blindness): each country's value as on its shape.
  const scored = await page
    .locator("[data-world-map] a[data-country]")
    .evaluateAll((links) =>
      links.map((a) => ({ label: a.querySelector("title")!.textContent!, href: a.getAttribute("href")! })).find((l) => / of 100 /.test(l.label))!,
    );
  const [, mapCountry, value] = scored.label.match(/^(.+): ([\d.]+) of 100/)!;
  const mapTable = page.locator("[data-map-table]");
  await mapTable.locator("summary").click();
  const row = mapTable.locator("tbody tr").filter({ has: page.getByRole("link", { name: mapCountry!, exact: true }) });
  await expect(row.getByRole("cell").first()).toHaveText(value!);
  await expect(row.getByRole("link")).toHaveAttribute("href", scored.href);
  expect(await mapTable.locator("tbody tr").count()).toBe(await page.locator("[data-world-map] a[data-country]").count());
  await expect(page.locator("[data-tier-distribution] tbody tr")).toHaveCount(5);
  await expect(page.locator("[data-tier-chart] svg").first()).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/overview.png`, fullPage: true });

  // Open data: the answers of the cycle as CSV, every country for a reviewer.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-export='answers-csv']").click()]);
  expect(download.suggestedFilename()).toBe("answers-2026-self-assessment-demo.csv");
  const answersCsv = readFileSync((await download.path())!, "utf8").split("\r\n");
  expect(answersCsv[0]).toBe(
    "iso3,status,demo,pillar,indicator,question,type,value,answered,applicable,credit,points,maxPoints,comment,provenance,countryConfirmed,sourceUrl,sourceTitle,sourceAccessedOn,links,files",
  );
  expect(new Set(answersCsv.slice(1, -1).map((line) => line.slice(0, 3))).size).toBeGreaterThan(150);
  expect(answersCsv.find((line) => /^[A-Z]{3},validated,true,legal,/.test(line))).toBeDefined();
  expect(answersCsv.find((line) => line.startsWith("KEN,draft,"))).toBeDefined();

  await page.getByRole("link", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Cycle" }).locator("option:checked")).toContainText("five-pillars@2024");
  await page.getByRole("listbox", { name: "Countries" }).selectOption(["KEN"]);
  await page.getByRole("checkbox", { name: "Africa" }).check();
  await page.getByRole("checkbox", { name: "World average" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  const table = page.locator("[data-compare-table]");
  // Where the published GCI was imported (country-report.spec imports 2024), its row follows Kenya's.
  await expect(table.locator("tbody tr:not([data-series^='published:'])")).toHaveCount(3);
  await expect(table.locator("[data-series='KEN'] th")).toHaveText("Kenya");
  await expect(table.locator("[data-series='region:africa'] th")).toContainText("Africa average");
  await expect(table.locator("[data-series='global'] th")).toContainText("World average");
  await expect(page.locator("[data-radar] svg").first()).toBeVisible();
  await expect(page.locator("[data-trend='KEN']")).toContainText("questionnaire edition changed");
  const trendChart = page.locator("[data-trend='KEN'] [data-trend-chart]");
  await expect(trendChart).toHaveAttribute(
    "aria-label",
    /^Overall score of Kenya by cycle: 2024 self-assessment \(demo\) \d+(\.\d)?, 2026 self-assessment \(demo\) /,
  );
  await expect(trendChart.locator("circle").first()).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/compare.png`, fullPage: true });

  await page.getByRole("link", { name: "Gaps", exact: true }).click();
  await expect(page.locator("[data-heat-map]")).toBeVisible();
  await expect(page.locator("[data-heat-map] td").filter({ hasText: "flag raised" }).first()).toBeVisible();
  await page.getByRole("combobox", { name: "Gap flag" }).selectOption({ label: "No national CIRT" });
  await page.getByRole("combobox", { name: "Region" }).selectOption("africa");
  await page.getByRole("button", { name: "Filter" }).click();
  const flagged = page.locator("[data-flagged='no-national-cirt']");
  await expect(flagged.getByRole("heading")).toHaveText("Countries raising No national CIRT");
  await expect(flagged.locator("tbody tr").first()).toBeVisible();
  for (const region of await flagged.locator("tbody tr td:nth-child(2)").allTextContents()) expect(region).toBe("Africa");
  // The heat map agrees: the first flagged country's cell under "No national CIRT" says the flag is raised.
  const heads = await page.locator("[data-heat-map] thead th").allTextContents();
  const cirtColumn = heads.findIndex((h) => h.startsWith("No national CIRT ("));
  const firstFlagged = (await flagged.locator("tbody tr").first().getByRole("link").textContent())!.trim();
  const heatRow = page
    .locator("[data-heat-map] tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${firstFlagged.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`) }) });
  await expect(heatRow.locator("> *").nth(cirtColumn)).toHaveText("flag raised");
  const csv = await page.request.get(`/api/v1/dashboards/gaps.csv?region=africa`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^iso3,country,region,tier,flags,/);
  if (shots) await page.screenshot({ path: `${shots}/gaps.png`, fullPage: true });

  // From a flagged country to its report, and from the report to the comparison with its region.
  const first = flagged.locator("tbody tr").first().getByRole("link");
  const country = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByTestId("country-report")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(country);
  await page.getByTestId("compare-link").click();
  await expect(page.locator("[data-compare-table] tbody tr:not([data-series^='published:'])")).toHaveCount(3);
  await expect(page.locator("[data-compare-table] [data-series='region:africa']")).toBeVisible();
});

test("the Kenya focal point sees France only as validated aggregates, never its answers", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  await page.goto("/en/dashboards");
  await chooseCycle(page, "2024", "Show");
  await expect(page.getByText("other countries only once validated")).toBeVisible();
  // France's open-cycle assessment is a draft: it is not on the map at all.
  await expect(page.locator("[data-world-map] a[data-country='FRA']")).toHaveCount(0);
  await expect(page.locator("[data-world-map] a[data-country='KEN']")).toHaveCount(1);

  await page.goto("/en/dashboards/compare?countries=FRA&global=1");
  await chooseCycle(page, "2024", "Compare");
  await expect(page.locator("[data-series='FRA']")).toContainText("Not available");

  // In the closed 2020-edition cycle France is validated: its scores show, and nothing more.
  await chooseCycle(page, "2020", "Compare");
  await expect(page.locator("[data-series='FRA']")).toContainText("Validated");
  await expect(page.locator("[data-series='FRA'] td.num, [data-series='FRA'] td[class*='num']").first()).toHaveText(/\d/);
  await expect(page.locator("a[href*='/assessments/']")).toHaveCount(0);
  await expect(page.locator("[data-question]")).toHaveCount(0);
  if (shots) await page.screenshot({ path: `${shots}/focal-compare.png`, fullPage: true });
});
