// Who may do what, as one table: every JSON API route and method under app/api/v1 and every
// signed-in page, with the outcome for each kind of caller. Pure data. The integration test
// (tests/integration/access-matrix.integration.test.ts) and the page spec
// (tests/e2e/access-matrix-pages.spec.ts) walk it cell by cell, and fail when a route or page file
// has no row, so this table is the statement of the authorization rules (docs/security.md).
import type { TAssessmentStatus } from "./assessment-rules";

/**
 * The kinds of caller. Country-scoped rows are about Kenya's assessment (KEN):
 * - `focalOther`: the focal point of another country (France);
 * - `contributorUnassigned`: Kenya's contributor (Legal + Technical) acting on a question, evidence
 *   item or pillar of a pillar they are not assigned (Organizational); on rows that name no pillar
 *   (`pillarTarget: false`) the same person as `contributor`;
 * - `contributor`: the same contributor on an assigned pillar (Legal);
 * - `focal`: Kenya's focal point; `reviewer` (all countries); `admin`.
 */
export const CALLERS = ["anonymous", "focalOther", "contributorUnassigned", "contributor", "focal", "reviewer", "admin"] as const;
export type TCaller = (typeof CALLERS)[number];

/** "allow" is a 2xx; a refusal is its status. Another country's assessment is 404 (existence does not leak). */
export type TApiOutcome = "allow" | 401 | 403 | 404;
/** "allow" is a 200 page; "sign-in" a redirect to the sign-in page; 403 and 404 the error pages. */
export type TPageOutcome = "allow" | "sign-in" | 403 | 404;

export type THttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type TApiRow = {
  /** Unique: method, path and, where one route carries several operations, the variant. */
  id: string;
  /** The route file under app/api/v1. */
  file: string;
  method: THttpMethod;
  path: string;
  /** The operation when the body selects it (a transition, a link or an upload). */
  variant?: string;
  /** The status of Kenya's assessment when the row is checked: the one the operation needs. */
  state: TAssessmentStatus;
  /** The caller names a question, evidence item or pillar, so `contributorUnassigned` differs from `contributor`. */
  pillarTarget: boolean;
  expect: Record<TCaller, TApiOutcome>;
};

export type TPageRow = {
  /** The page file under app/[locale]/(app). */
  file: string;
  /** The path requested ({id} is Kenya's assessment of the open cycle, {pillar} legal or organizational). */
  path: string;
  state: TAssessmentStatus;
  pillarTarget: boolean;
  expect: Record<TCaller, TPageOutcome>;
};

type TRowInput = Omit<TApiRow, "id" | "file" | "state" | "pillarTarget"> & Partial<Pick<TApiRow, "state" | "pillarTarget">>;

/** The route file of an API path: "/api/v1/assessments/{id}" is "assessments/[id]/route.ts". */
export const apiRouteFile = (path: string) => `${path.replace(/^\/api\/v1\//, "").replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;

function api(input: TRowInput): TApiRow {
  const id = `${input.method} ${input.path}${input.variant ? ` (${input.variant})` : ""}`;
  return { state: "draft", pillarTarget: false, ...input, id, file: apiRouteFile(input.path) };
}

// Shorthands for the two most common shapes; every other row spells its cells out.
/** Whoever is signed in, whatever their role (their own data, or data filtered to what they may see). */
const ANY_SIGNED_IN = {
  anonymous: 401,
  focalOther: "allow",
  contributorUnassigned: "allow",
  contributor: "allow",
  focal: "allow",
  reviewer: "allow",
  admin: "allow",
} as const;
/** A read of Kenya's assessment: its people (filtered to the contributor's pillars), reviewers and admins. */
const READ_KEN = {
  anonymous: 401,
  focalOther: 404,
  contributorUnassigned: "allow",
  contributor: "allow",
  focal: "allow",
  reviewer: "allow",
  admin: "allow",
} as const;
/** Kenya's writes to its answers and evidence: pillar by pillar; reviewers and admins never write. */
const WRITE_KEN_PILLAR = {
  anonymous: 401,
  focalOther: 404,
  contributorUnassigned: 403,
  contributor: "allow",
  focal: "allow",
  reviewer: 403,
  admin: 403,
} as const;
/** Only Kenya's focal point. */
const KEN_FOCAL_ONLY = { anonymous: 401, focalOther: 404, contributorUnassigned: 403, contributor: 403, focal: "allow", reviewer: 403, admin: 403 } as const;
/** Reviewers' work on Kenya's assessment (admins hold reviewer rights). */
const KEN_REVIEWERS = { anonymous: 401, focalOther: 404, contributorUnassigned: 403, contributor: 403, focal: 403, reviewer: "allow", admin: "allow" } as const;
const REVIEWERS_ONLY = {
  anonymous: 401,
  focalOther: 403,
  contributorUnassigned: 403,
  contributor: 403,
  focal: 403,
  reviewer: "allow",
  admin: "allow",
} as const;

const ADMINS_ONLY = { anonymous: 401, focalOther: 403, contributorUnassigned: 403, contributor: 403, focal: 403, reviewer: 403, admin: "allow" } as const;

const NOT_PUBLIC = { anonymous: 404, focalOther: 404, contributorUnassigned: 404, contributor: 404, focal: 404, reviewer: 404, admin: 404 } as const;

export const API_MATRIX: readonly TApiRow[] = [
  api({ method: "GET", path: "/api/v1/me", expect: ANY_SIGNED_IN }),
  // The API description is public: it holds no data.
  api({ method: "GET", path: "/api/v1/openapi.json", expect: { ...ANY_SIGNED_IN, anonymous: "allow" } }),
  api({ method: "GET", path: "/api/v1/assessments", expect: ANY_SIGNED_IN }),
  api({ method: "GET", path: "/api/v1/assessments/{id}", expect: READ_KEN }),
  api({ method: "PUT", path: "/api/v1/assessments/{id}/answers/{questionId}", pillarTarget: true, expect: WRITE_KEN_PILLAR }),
  api({ method: "GET", path: "/api/v1/assessments/{id}/audit", expect: READ_KEN }),
  // Reviewers write notes in any thread; the country replies in the threads of pillars it may edit.
  api({
    method: "POST",
    path: "/api/v1/assessments/{id}/comments/{questionId}",
    pillarTarget: true,
    expect: { anonymous: 401, focalOther: 404, contributorUnassigned: 403, contributor: "allow", focal: "allow", reviewer: "allow", admin: "allow" },
  }),
  api({ method: "GET", path: "/api/v1/assessments/{id}/evidence", expect: READ_KEN }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/evidence", variant: "link", pillarTarget: true, expect: WRITE_KEN_PILLAR }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/evidence", variant: "upload", pillarTarget: true, expect: WRITE_KEN_PILLAR }),
  api({ method: "GET", path: "/api/v1/assessments/{id}/review", expect: READ_KEN }),
  api({ method: "GET", path: "/api/v1/assessments/{id}/workbook", expect: READ_KEN }),
  api({ method: "GET", path: "/api/v1/assessments/{id}/questionnaire.pdf", expect: READ_KEN }),
  // A preview of a filled workbook: the country's people only (rows of pillars they cannot edit come back invalid).
  api({
    method: "POST",
    path: "/api/v1/assessments/{id}/workbook",
    expect: { anonymous: 401, focalOther: 404, contributorUnassigned: "allow", contributor: "allow", focal: "allow", reviewer: 403, admin: 403 },
  }),
  api({ method: "PUT", path: "/api/v1/assessments/{id}/reviews/{questionId}", state: "in-review", pillarTarget: true, expect: KEN_REVIEWERS }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/submit", expect: KEN_FOCAL_ONLY }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/transitions", variant: "submit", expect: KEN_FOCAL_ONLY }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/transitions", variant: "start-review", state: "submitted", expect: KEN_REVIEWERS }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/transitions", variant: "return", state: "in-review", expect: KEN_REVIEWERS }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/transitions", variant: "validate", state: "in-review", expect: KEN_REVIEWERS }),
  api({
    method: "POST",
    path: "/api/v1/assessments/{id}/transitions",
    variant: "reopen",
    state: "validated",
    expect: { anonymous: 401, focalOther: 404, contributorUnassigned: 403, contributor: 403, focal: 403, reviewer: 403, admin: "allow" },
  }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/sign-off", state: "validated", expect: KEN_FOCAL_ONLY }),
  // Evidence items by id: another pillar's item does not exist for a contributor (404), like another country's.
  api({ method: "GET", path: "/api/v1/evidence/{evidenceId}", pillarTarget: true, expect: { ...READ_KEN, contributorUnassigned: 404 } }),
  api({ method: "DELETE", path: "/api/v1/evidence/{evidenceId}", pillarTarget: true, expect: { ...WRITE_KEN_PILLAR, contributorUnassigned: 404 } }),
  // Exports and dashboards: everyone signed in, each filtered to what they may see.
  api({ method: "GET", path: "/api/v1/answers", expect: ANY_SIGNED_IN }),
  api({ method: "GET", path: "/api/v1/scores", expect: ANY_SIGNED_IN }),
  api({ method: "GET", path: "/api/v1/dashboards/gaps.csv", expect: ANY_SIGNED_IN }),
  api({ method: "GET", path: "/api/v1/reports/{assessmentId}/pdf", variant: "draft", expect: READ_KEN }),
  // Once validated, a country's report (aggregates only) is open to every signed-in person.
  api({ method: "GET", path: "/api/v1/reports/{assessmentId}/pdf", variant: "validated", state: "validated", expect: ANY_SIGNED_IN }),
  api({ method: "GET", path: "/api/v1/plans/xlsx", expect: REVIEWERS_ONLY }),
  api({ method: "GET", path: "/api/v1/review-queue", expect: REVIEWERS_ONLY }),
  api({ method: "GET", path: "/api/v1/notifications", expect: ANY_SIGNED_IN }),
  api({
    method: "GET",
    path: "/api/v1/questionnaires/{key}/translations/{lang}",
    expect: { anonymous: 401, focalOther: 403, contributorUnassigned: 403, contributor: 403, focal: 403, reviewer: 403, admin: "allow" },
  }),
  api({ method: "POST", path: "/api/v1/notifications/read", expect: ANY_SIGNED_IN }),
  // The open API asks no one to sign in, and answers everyone alike: Kenya's draft in an unpublished
  // cycle is not found for anyone, its own people included (integration tests cover published data).
  // Desk research and publication (issue 16).
  api({ method: "POST", path: "/api/v1/assessments/{id}/drafted/confirm", state: "country-validation", expect: KEN_FOCAL_ONLY }),
  api({ method: "POST", path: "/api/v1/assessments/{id}/public-consent", state: "validated", expect: KEN_FOCAL_ONLY }),
  // Only the focal point decides what is public; another pillar's link does not exist for a contributor.
  api({
    method: "POST",
    path: "/api/v1/evidence/{evidenceId}/public",
    pillarTarget: true,
    expect: { anonymous: 401, focalOther: 404, contributorUnassigned: 404, contributor: 403, focal: "allow", reviewer: 403, admin: 403 },
  }),
  api({ method: "POST", path: "/api/v1/cycles/{id}/publication", expect: ADMINS_ONLY }),
  api({ method: "PUT", path: "/api/v1/cycles/{id}/validation-deadline", expect: ADMINS_ONLY }),
  api({ method: "GET", path: "/api/v1/public/scores", expect: NOT_PUBLIC }),
  api({ method: "GET", path: "/api/v1/public/countries/{iso3}", expect: NOT_PUBLIC }),
];

function page(file: string, path: string, expect: Record<TCaller, TPageOutcome>, opts: Partial<Pick<TPageRow, "state" | "pillarTarget">> = {}): TPageRow {
  return { file, path, expect, state: "draft", pillarTarget: false, ...opts };
}

const PAGE_ANY = {
  anonymous: "sign-in",
  focalOther: "allow",
  contributorUnassigned: "allow",
  contributor: "allow",
  focal: "allow",
  reviewer: "allow",
  admin: "allow",
} as const;
const PAGE_KEN = {
  anonymous: "sign-in",
  focalOther: 404,
  contributorUnassigned: "allow",
  contributor: "allow",
  focal: "allow",
  reviewer: "allow",
  admin: "allow",
} as const;
const PAGE_ADMIN = { anonymous: "sign-in", focalOther: 403, contributorUnassigned: 403, contributor: 403, focal: 403, reviewer: 403, admin: "allow" } as const;
const PAGE_REVIEWERS = {
  anonymous: "sign-in",
  focalOther: 403,
  contributorUnassigned: 403,
  contributor: 403,
  focal: 403,
  reviewer: "allow",
  admin: "allow",
} as const;

export const PAGE_MATRIX: readonly TPageRow[] = [
  page("page.tsx", "/", PAGE_ANY),
  page("account/page.tsx", "/account", PAGE_ANY),
  page("notifications/page.tsx", "/notifications", PAGE_ANY),
  page("dashboards/page.tsx", "/dashboards", PAGE_ANY),
  page("dashboards/compare/page.tsx", "/dashboards/compare", PAGE_ANY),
  page("dashboards/gaps/page.tsx", "/dashboards/gaps", PAGE_ANY),
  page("assessments/[id]/page.tsx", "/assessments/{id}", PAGE_KEN),
  // A pillar the contributor is not assigned: 403 (the assessment itself is theirs to see).
  page("assessments/[id]/[pillar]/page.tsx", "/assessments/{id}/{pillar}", { ...PAGE_KEN, contributorUnassigned: 403 }, { pillarTarget: true }),
  page("assessments/[id]/audit/page.tsx", "/assessments/{id}/audit", PAGE_KEN),
  page("assessments/[id]/print/page.tsx", "/assessments/{id}/print", PAGE_KEN),
  page("reports/[assessmentId]/page.tsx", "/reports/{id}", PAGE_KEN),
  // The team page is a focal point's own team, whichever country.
  page("team/page.tsx", "/team", {
    anonymous: "sign-in",
    focalOther: "allow",
    contributorUnassigned: 403,
    contributor: 403,
    focal: "allow",
    reviewer: 403,
    admin: 403,
  }),
  page("plans/page.tsx", "/plans", PAGE_REVIEWERS),
  page("review/page.tsx", "/review", PAGE_REVIEWERS),
  // The role is checked before the assessment is looked up, so 403 for everyone else (nothing leaks).
  page("review/[id]/[pillar]/page.tsx", "/review/{id}/{pillar}", PAGE_REVIEWERS, { pillarTarget: true }),
  page("admin/users/page.tsx", "/admin/users", PAGE_ADMIN),
  page("admin/cycles/page.tsx", "/admin/cycles", PAGE_ADMIN),
  page("admin/questionnaires/page.tsx", "/admin/questionnaires", PAGE_ADMIN),
  page("admin/questionnaires/[key]/page.tsx", "/admin/questionnaires/five-pillars%402024", PAGE_ADMIN),
  page("admin/questionnaires/diff/page.tsx", "/admin/questionnaires/diff", PAGE_ADMIN),
  page("admin/questionnaires/[key]/translations/page.tsx", "/admin/questionnaires/five-pillars%402024/translations", PAGE_ADMIN),
  page("admin/reference/page.tsx", "/admin/reference", PAGE_ADMIN),
];
