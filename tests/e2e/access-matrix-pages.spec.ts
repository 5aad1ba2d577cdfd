// Every signed-in page of the authorization matrix (lib/authz/access-matrix.ts) for every kind of
// caller, as the demo accounts: allowed pages answer 200, refused ones 403 or 404, and anonymous
// callers are sent to the sign-in page. Requests go through an API request context holding the
// signed-in session cookie (no page renders in a browser), so the whole table takes seconds.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { CALLERS, PAGE_MATRIX, type TCaller, type TPageOutcome } from "@/lib/authz/access-matrix";
import { DEMO_CYCLE, DEMO_PASSWORD } from "./support";

/** The demo account behind each kind of caller (the contributor is assigned Legal and Technical). */
const ACCOUNT: Record<Exclude<TCaller, "anonymous">, string> = {
  focalOther: "focal.fra@example.org",
  contributorUnassigned: "contributor.ken@example.org",
  contributor: "contributor.ken@example.org",
  focal: "focal.ken@example.org",
  reviewer: "reviewer@example.org",
  admin: "admin@example.org",
};

async function signedIn(request: APIRequestContext, email: string): Promise<void> {
  const res = await request.post("/api/auth/sign-in/email", { data: { email, password: DEMO_PASSWORD } });
  expect(res.status(), `sign-in of ${email}`).toBe(200);
}

/** What a page request came to, in the table's terms. */
async function outcomeOf(request: APIRequestContext, path: string): Promise<TPageOutcome | string> {
  const res = await request.get(path, { maxRedirects: 0 });
  const status = res.status();
  if (status === 200) return "allow";
  if (status >= 300 && status < 400) return /\/sign-in(\?|$)/.test(res.headers().location ?? "") ? "sign-in" : `redirect to ${res.headers().location}`;
  if (status === 403 || status === 404) return status;
  return `status ${status}`;
}

let kenya: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  // Kenya's draft in the open demo cycle, as its focal point lists it.
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  await signedIn(request, ACCOUNT.focal);
  const { assessments } = (await (await request.get("/api/v1/assessments")).json()) as {
    assessments: { id: string; countryIso3: string; status: string; cycle: { name: string } }[];
  };
  const found = assessments.find((a) => a.countryIso3 === "KEN" && DEMO_CYCLE.test(a.cycle.name));
  expect(found?.status).toBe("draft");
  kenya = found!.id;
  await request.dispose();
});

for (const caller of CALLERS) {
  test(`every page of the access matrix, as ${caller}`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    if (caller !== "anonymous") await signedIn(request, ACCOUNT[caller]);
    const got: Record<string, TPageOutcome | string> = {};
    const want: Record<string, TPageOutcome> = {};
    for (const row of PAGE_MATRIX) {
      const pillar = row.pillarTarget && caller === "contributorUnassigned" ? "organizational" : "legal";
      const path = `/en${row.path.replace("{id}", kenya).replace("{pillar}", pillar)}`.replace(/\/$/, "");
      got[row.path] = await outcomeOf(request, path);
      want[row.path] = row.expect[caller];
    }
    // One comparison, so a failure lists every page that differs.
    expect(got).toEqual(want);
    await request.dispose();
  });
}
