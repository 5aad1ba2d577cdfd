// Callers of the JSON API for route-handler tests: one person per role with a bearer token, and
// requests built the way Next hands them to a route handler.
import { NextRequest } from "next/server";
import type { TActor } from "@/lib/authz/policy";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { makeUser } from "./factories";

export type TWho = "admin" | "reviewer" | "focalKen" | "focalFra" | "contributorKen" | "anonymous";
export type TPerson = Exclude<TWho, "anonymous">;

/** An admin, a reviewer, Kenya's and France's focal points and a Kenyan contributor (legal, technical). */
export async function makeCallers(): Promise<{ actors: Record<TPerson, TActor>; tokens: Partial<Record<TWho, string>> }> {
  const actors: Record<TPerson, TActor> = {
    admin: await makeUser("admin"),
    reviewer: await makeUser("reviewer"),
    focalKen: await makeUser("focal-point", { country: "KEN" }),
    focalFra: await makeUser("focal-point", { country: "FRA" }),
    contributorKen: await makeUser("contributor", { country: "KEN", pillars: ["legal", "technical"] }),
  };
  const tokens: Partial<Record<TWho, string>> = {};
  for (const [who, actor] of Object.entries(actors)) tokens[who as TPerson] = (await createApiToken(actor, { name: "api test" })).secret;
  return { actors, tokens };
}

export function apiRequest(token: string | undefined, path: string, init: { method?: string; body?: unknown; raw?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json" });
  if (token) headers.set("authorization", `Bearer ${token}`);
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new NextRequest(new URL(path, "http://localhost:3000"), { method: init.method ?? "GET", headers, body });
}

export const routeContext = <P>(params: P) => ({ params: Promise.resolve(params) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests check response bodies field by field
export const jsonOf = async (res: Response): Promise<any> => res.clone().json();
