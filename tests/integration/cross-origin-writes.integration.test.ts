// Issue 13 defect 5: a signed-in browser's cookie rides along with requests any page sends, so a
// state-changing cookie request must come from the app's own origin (Origin, or Sec-Fetch-Site when
// no Origin was sent). Refused with 403 and a clear message; nothing stored. Bearer tokens are not
// affected. JSON routes also take JSON only (415 otherwise).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as comments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as evidence from "@/app/api/v1/assessments/[id]/evidence/route";
import * as notificationsRead from "@/app/api/v1/notifications/read/route";
import * as me from "@/app/api/v1/me/route";
import { env } from "@/lib/env";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { openTestCycle } from "../support/assessment-fixtures";
import { jsonOf, routeContext as ctx } from "../support/api-callers";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { CLIENT_ADDRESS_HEADER, markClientAddressStamped } from "@/lib/net/client-address";

let ken: string;
let questionId: string;
let cookie: string;
let token: string;

const own = () => new URL(env().APP_URL).origin;
const commentCount = () => db().reviewComment.count({ where: { assessmentId: ken } });

function comment(headers: Record<string, string>, body: BodyInit = JSON.stringify({ body: "Written from elsewhere" })) {
  const request = new NextRequest(`${own()}/api/v1/assessments/${ken}/comments/${questionId}`, { method: "POST", headers, body });
  return comments.POST(request, ctx({ id: ken, questionId }));
}

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN"]);
  ken = cycle.byCountry.KEN!;
  const row = await db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { cycle: { select: { questionnaireVersionId: true } } } });
  questionId = Object.values((await loadStoredVersion(row.cycle.questionnaireVersionId)).questionById).find((q) => q.pillar === "legal")!.id;
  const focal = await makeUser("focal-point", { country: "KEN" });
  markClientAddressStamped();
  const signIn = await auth().handler(
    new Request(`${own()}/api/auth/sign-in/email`, {
      method: "POST",
      // An address of its own, as scripts/serve.ts stamps it: without one the sign-in would share the
      // rate-limit bucket of every caller without an address (accounts-sessions fills that one on purpose).
      headers: { "content-type": "application/json", origin: own(), [CLIENT_ADDRESS_HEADER]: "198.51.100.55" },
      body: JSON.stringify({ email: focal.email, password: TEST_PASSWORD }),
    }),
  );
  expect(signIn.status).toBe(200);
  cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
  token = (await createApiToken(focal, { name: "cross-origin tests" })).secret;
});

describe("a state-changing request with the session cookie", () => {
  it.each([
    ["a cross-origin text/plain POST (a form or fetch from another site)", { origin: "https://attacker.example", "content-type": "text/plain" }],
    ["a cross-origin JSON POST", { origin: "https://attacker.example", "content-type": "application/json" }],
    ["another port of the same host (same site, other origin)", { origin: "http://localhost:4999", "content-type": "application/json" }],
    ["the opaque origin of a sandboxed frame", { origin: "null", "content-type": "application/json" }],
    ["no Origin and Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site", "content-type": "application/json" }],
    ["no Origin and Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site", "content-type": "application/json" }],
    ["neither Origin nor Sec-Fetch-Site", { "content-type": "application/json" }],
  ])("%s is refused with 403 and nothing is written", async (_label, headers) => {
    const before = await commentCount();
    const res = await comment({ cookie, ...headers });
    expect(res.status).toBe(403);
    expect((await jsonOf(res)).error.message).toMatch(/^Cross-origin request refused: a signed-in browser may change data only from /);
    expect(await commentCount()).toBe(before);
  });

  it("is refused on every state-changing route, also those without a body (mark notifications read)", async () => {
    const res = await notificationsRead.POST(
      new NextRequest(`${own()}/api/v1/notifications/read`, { method: "POST", headers: { cookie, origin: "https://attacker.example" } }),
      ctx({}),
    );
    expect(res.status).toBe(403);
    const upload = await evidence.POST(
      new NextRequest(`${own()}/api/v1/assessments/${ken}/evidence`, {
        method: "POST",
        headers: { cookie, origin: "https://attacker.example" },
        body: new FormData(),
      }),
      ctx({ id: ken }),
    );
    expect(upload.status).toBe(403);
  });

  it("from the app's own origin (Origin, or Sec-Fetch-Site: same-origin) is accepted", async () => {
    const before = await commentCount();
    expect((await comment({ cookie, origin: own(), "content-type": "application/json" })).status).toBe(200);
    expect((await comment({ cookie, "sec-fetch-site": "same-origin", "content-type": "application/json" })).status).toBe(200);
    expect(await commentCount()).toBe(before + 2);
  });

  it("a cross-origin GET is not refused (reads are protected by CORS and SameSite, not by this check)", async () => {
    const res = await me.GET(new NextRequest(`${own()}/api/v1/me`, { headers: { cookie, origin: "https://attacker.example" } }), ctx({}));
    expect(res.status).toBe(200);
  });
});

describe("bearer-token requests", () => {
  it("are not affected by Origin: integrations run anywhere", async () => {
    const before = await commentCount();
    const res = await comment({ authorization: `Bearer ${token}`, origin: "https://integration.example", "content-type": "application/json" });
    expect(res.status).toBe(200);
    expect(await commentCount()).toBe(before + 1);
  });
});

describe("JSON routes take JSON only", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])(
    "a same-origin or token request with Content-Type %j gets 415 and nothing is written",
    async (type) => {
      const before = await commentCount();
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      // A string body would get text/plain from Request itself; bytes carry no type at all.
      const body = () => (type ? JSON.stringify({ body: "Typed wrong" }) : new TextEncoder().encode(JSON.stringify({ body: "Untyped" })));
      const viaToken = await comment({ authorization: `Bearer ${token}`, ...headers }, body());
      expect(viaToken.status).toBe(415);
      expect((await jsonOf(viaToken)).error.message).toMatch(/^Send the request body as JSON/);
      expect((await comment({ cookie, origin: own(), ...headers }, body())).status).toBe(415);
      expect(await commentCount()).toBe(before);
    },
  );
});
