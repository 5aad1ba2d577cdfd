// A small API client typed by openapi-typescript from the OpenAPI document: it lists the
// assessments the token may see page by page and reads one assessment's score. `npm run api:check`
// generates the types from the document as the server builds it and type-checks this file against
// them, so the document cannot drift from what clients rely on. (.cts keeps it out of the app's own
// type-check, which has no generated types.)
//
// Try it: FIVE_PILLARS_URL=http://localhost:3000 FIVE_PILLARS_TOKEN=fp_... npx tsx docs/examples/api-client-example.cts
import type { components, operations } from "five-pillars-api";

type TPageQuery = NonNullable<operations["listAssessments"]["parameters"]["query"]>;
type TPage = operations["listAssessments"]["responses"][200]["content"]["application/json"];
type TAssessmentSummary = components["schemas"]["AssessmentSummary"];
type TAssessment = operations["getAssessment"]["responses"][200]["content"]["application/json"];
type TError = components["schemas"]["Error"];

export function client(baseUrl: string, token: string) {
  async function get<T>(path: string): Promise<T> {
    const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) {
      const { error } = (await res.json()) as TError;
      throw new Error(`${res.status} ${error.code}: ${error.message}`);
    }
    return (await res.json()) as T;
  }

  return {
    /** Every assessment the token may see, following nextCursor until the last page. */
    async *assessments(filter: Omit<TPageQuery, "cursor"> = {}): AsyncGenerator<TAssessmentSummary> {
      let cursor: string | null = null;
      do {
        const query: TPageQuery = { ...filter, ...(cursor ? { cursor } : {}) };
        const params = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
        const page: TPage = await get<TPage>(`/assessments?${params}`);
        yield* page.assessments;
        cursor = page.nextCursor;
      } while (cursor);
    },
    assessment: (id: string) => get<TAssessment>(`/assessments/${encodeURIComponent(id)}`),
  };
}

/** The score single-number views show, and both scores of record. */
export function headline(assessment: TAssessment): { basis: string; overall: number; tier: number; selfReported: number; validated: number | null } {
  const { basis, selfReported, validated } = assessment.score;
  const shown = basis === "validated" && validated ? validated : selfReported;
  return { basis, overall: shown.overall, tier: shown.tier, selfReported: selfReported.overall, validated: validated?.overall ?? null };
}

async function main() {
  const api = client(process.env.FIVE_PILLARS_URL ?? "http://localhost:3000", process.env.FIVE_PILLARS_TOKEN ?? "");
  let first: TAssessmentSummary | undefined;
  let count = 0;
  for await (const a of api.assessments({ limit: 50 })) {
    first ??= a;
    count++;
    console.log(`${a.countryIso3}  ${a.cycle.name.padEnd(24)}  ${a.status.padEnd(10)}  ${a.score ? `${a.score.overall} (${a.score.basis})` : "not scored"}`);
  }
  console.log(`${count} assessments`);
  if (first) console.log(first.countryIso3, headline(await api.assessment(first.id)));
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
