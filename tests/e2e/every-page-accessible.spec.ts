// Every page, as every kind of person who may open it, in a real Chromium: axe-core finds no
// violation (WCAG 2.1 A and AA rules), and at 390 px (a phone) no page scrolls sideways.
// One test per person; each lists every page that fails, with the rule and the element.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_MATRIX, type TCaller } from "@/lib/authz/access-matrix";
import { PILLAR_IDS } from "@/lib/questionnaire/constants";
import { DEMO_CYCLE, signInAndWait } from "./support";

const PEOPLE = {
  focal: "focal.ken@example.org",
  contributor: "contributor.ken@example.org",
  reviewer: "reviewer@example.org",
  admin: "admin@example.org",
} as const;
type TPerson = keyof typeof PEOPLE;

/** The pages this person may open, with every pillar where a page has one. */
function pagesOf(person: TPerson, kenya: string): string[] {
  const paths: string[] = [];
  for (const row of PAGE_MATRIX) {
    if (row.expect[person as TCaller] !== "allow") continue;
    const pillars = row.path.includes("{pillar}") ? (person === "contributor" ? ["legal", "technical"] : PILLAR_IDS) : [""];
    for (const pillar of pillars) paths.push(`/en${row.path.replace("{id}", kenya).replace("{pillar}", pillar)}`.replace(/\/$/, ""));
  }
  return paths;
}

async function kenyaAssessment(page: Page): Promise<string> {
  const { assessments } = (await (await page.request.get("/api/v1/assessments?country=KEN&limit=200")).json()) as {
    assessments: { id: string; countryIso3: string; cycle: { name: string } }[];
  };
  return assessments.find((a) => a.countryIso3 === "KEN" && DEMO_CYCLE.test(a.cycle.name))!.id;
}

/** axe's findings and the sideways overflow at 390 px of one page, as readable lines. */
async function problemsOf(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const problems = violations.flatMap((v) =>
    v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? v.help})`),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(150);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (e) => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== "fixed",
    );
    // The innermost elements that stick out, furthest first: the ones to fix.
    const leaves = wide
      .filter((e) => ![...e.children].some((c) => wide.includes(c as HTMLElement)))
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    const names = [...new Set(leaves.map((e) => [e.tagName.toLowerCase(), ...e.classList].join(".") + (e.dataset.testid ? `[${e.dataset.testid}]` : "")))];
    return { scroll: document.documentElement.scrollWidth - width, culprit: names.slice(0, 3).join(", ") };
  });
  if (overflow.scroll > 1) problems.push(`scrolls sideways at 390 px by ${overflow.scroll} px (${overflow.culprit})`);
  return problems;
}

test.describe.configure({ timeout: 240_000 });

for (const person of Object.keys(PEOPLE) as TPerson[]) {
  test(`every page ${person} may open has no accessibility violation and fits a 390 px screen`, async ({ page }) => {
    await signInAndWait(page, PEOPLE[person]);
    const kenya = await kenyaAssessment(page);
    const found: Record<string, string[]> = {};
    for (const path of pagesOf(person, kenya)) {
      const problems = await problemsOf(page, path);
      if (problems.length) found[path.replace(kenya, "{id}")] = problems;
    }
    expect(found).toEqual({});
  });
}

test("the pages before signing in have no accessibility violation and fit a 390 px screen", async ({ page }) => {
  const found: Record<string, string[]> = {};
  // The public results of the demo's published cycle, and the profile of its first public country.
  const listed = (await (await page.request.get("/api/v1/public/scores")).json()) as { countries: { iso3: string }[] };
  const first = listed.countries[0]!.iso3;
  for (const path of ["/en/sign-in", "/en/forgot-password", "/ar/sign-in", "/en/public", "/ar/public", `/en/public/${first}`, `/ar/public/${first}`]) {
    const problems = await problemsOf(page, path);
    if (problems.length) found[path] = problems;
  }
  expect(found).toEqual({});
});
