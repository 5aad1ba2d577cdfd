// The OpenAPI 3.1 description of JSON API v1, generated from the same zod schemas the routes parse.
import { z } from "zod";
import { ITU_REGIONS } from "../countries/countries";
import { ZExportQuery } from "../exports/query";
import { ZSaveAnswer } from "../features/assessments/schemas";
import { ZAddLink } from "../features/evidence/schemas";
import { ZAuditQuery, ZNotificationsQuery } from "../features/review/query-schemas";
import { ZComment, ZQueueFilter, ZReviewAnswer, ZSignOff, ZTransition } from "../features/review/schemas";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", target: "draft-2020-12" });

const ZError = z.object({
  error: z.object({
    code: z.string().describe("bad-request | unauthenticated | forbidden | not-found | conflict | invalid | internal"),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe("Problems keyed by input field"),
    details: z.unknown().optional().describe("For conflicts: the current and your value; for submissions: the blocking problems"),
  }),
});

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: `Error ${c}`, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));
const ok = (description: string) => ({ "200": { description, content: { "application/json": { schema: { type: "object" } } } } });

/** An open-data export of a cycle: the same rows as JSON, CSV or XLSX. */
const exportPath = (summary: string, rows: string) => ({
  get: {
    summary,
    parameters: queryParams(ZExportQuery),
    responses: {
      "200": {
        description: rows,
        content: {
          "application/json": { schema: { type: "object" } },
          "text/csv": { schema: { type: "string" } },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
        },
      },
      ...errors(401, 404, 422),
    },
  },
});
const body = (name: string) => ({ required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } });
/** Query parameters from an object schema's properties, so they say what the route parses. */
const queryParams = (s: z.ZodObject) => {
  const json = schema(s) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({ name, in: "query", required: json.required?.includes(name) ?? false, schema: prop }));
};
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const evidenceIdParam = { name: "evidenceId", in: "path", required: true, schema: { type: "string" } };
const questionIdParam = { name: "questionId", in: "path", required: true, schema: { type: "string" } };

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Five Pillars API",
      version: "1",
      description:
        "National cybersecurity self-assessments. Authenticate with the session cookie or `Authorization: Bearer <personal token>`. Another country's assessment answers 404 to a focal point.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token (fp_...)" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      schemas: {
        Error: schema(ZError),
        SaveAnswer: schema(ZSaveAnswer),
        AddLink: schema(ZAddLink),
        Transition: schema(ZTransition),
        ReviewAnswer: schema(ZReviewAnswer),
        Comment: schema(ZComment),
        SignOff: schema(ZSignOff),
      },
    },
    paths: {
      "/me": { get: { summary: "Who the caller is and which roles they hold", responses: { ...ok("The caller"), ...errors(401) } } },
      "/assessments": {
        get: {
          summary: "Assessments the caller may see",
          parameters: [{ name: "cycle", in: "query", required: false, schema: { type: "string" } }],
          responses: { ...ok("The assessments"), ...errors(401) },
        },
      },
      "/assessments/{id}": {
        get: { summary: "One assessment: status, answers with revisions, and its score of record: score.selfReported and score.validated (each { overall, pillars, tier, flags, completion }; validated is null until a reviewer has acted), score.basis (which one single-number views show), questionnaireHash and rulesVersion", parameters: [idParam], responses: { ...ok("The assessment"), ...errors(401, 404) } },
      },
      "/assessments/{id}/answers/{questionId}": {
        put: {
          summary: "Save one answer (idempotent; refused with 409 when the revision is stale)",
          parameters: [idParam, questionIdParam],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/SaveAnswer" } } } },
          responses: { ...ok("The saved answer with its new revision"), ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      "/assessments/{id}/submit": {
        post: {
          summary: "Submit the assessment for review (focal point only)",
          parameters: [idParam],
          responses: { ...ok("Submitted"), ...errors(401, 403, 404, 409, 422) },
        },
      },
      "/assessments/{id}/evidence": {
        get: { summary: "Evidence (links and documents) of the assessment, grouped by question id", parameters: [idParam], responses: { ...ok("The evidence"), ...errors(401, 404) } },
        post: {
          summary: "Add a link (JSON) or upload a document (multipart: questionId, file; PDF, Office, OpenDocument or image, at most 20 MB, type checked from the content)",
          parameters: [idParam],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/AddLink" } },
              "multipart/form-data": {
                schema: { type: "object", required: ["questionId", "file"], properties: { questionId: { type: "string" }, file: { type: "string", format: "binary" } } },
              },
            },
          },
          responses: { ...ok("The added evidence"), ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      ...reviewPaths(),
      "/scores": exportPath(
        "Open data: overall, pillar, indicator and question scores of a cycle. Reviewers and admins get every assessment; others their own country at every level and other countries once validated, as overall and pillar scores",
        "One row per country, level and id: iso3, status, basis (validated once validated, else self-reported: which score of record the row shows), demo, level, id, pillar, score, maxPoints",
      ),
      "/answers": exportPath(
        "Every answer of a cycle with its credit, points, comment and evidence; reviewers and admins get every country, others only their own",
        "One row per country and question: iso3, status, demo, pillar, indicator, question, type, value, applicable, credit, points, maxPoints, comment, links, files",
      ),
      "/reports/{assessmentId}/pdf": {
        get: {
          summary: "A country report as PDF (?locale=); other countries only once validated, aggregates only",
          parameters: [{ name: "assessmentId", in: "path", required: true, schema: { type: "string" } }, { name: "locale", in: "query", required: false, schema: { type: "string" } }],
          responses: { "200": { description: "The report", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 404) },
        },
      },
      "/dashboards/gaps.csv": {
        get: {
          summary: "Gap flags of a cycle as CSV, one row per country (iso3, country, region, tier, flags, then one 0/1 column per flag); the dashboards' visibility rule applies",
          parameters: [
            { name: "cycle", in: "query", required: false, schema: { type: "string" }, description: "Cycle id; the latest cycle by default" },
            { name: "region", in: "query", required: false, schema: { type: "string", enum: [...ITU_REGIONS] } },
            { name: "tier", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 5 } },
          ],
          responses: { "200": { description: "The CSV", content: { "text/csv": { schema: { type: "string" } } } }, ...errors(401) },
        },
      },
      "/plans/xlsx": {
        get: {
          summary: "Capacity-building plan workbook (Interventions, Countries) for a cycle and a region or countries; reviewers and admins",
          parameters: ["cycle", "region", "countries", "locale"].map((name) => ({ name, in: "query", required: false, schema: { type: "string" } })),
          responses: { "200": { description: "The workbook", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 403) },
        },
      },
      "/assessments/{id}/questionnaire.pdf": {
        get: {
          summary: "The printable questionnaire as an A4 PDF in the reader's language (?locale=): every question the caller may read, numbered, with tick boxes and the current answer ticked",
          parameters: [idParam, { name: "locale", in: "query", required: false, schema: { type: "string", enum: ["en", "fr", "ar", "zh", "ru", "es"] } }],
          responses: { "200": { description: "The PDF", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 404) },
        },
      },
      "/assessments/{id}/workbook": {
        get: {
          summary: "The assessment as a workbook for colleagues who will not sign in: one sheet a pillar the caller may read (number, question, guidance, allowed answers as a dropdown, answer, comment, evidence links, revision); ?locale=",
          parameters: [idParam, { name: "locale", in: "query", required: false, schema: { type: "string", enum: ["en", "fr", "ar", "zh", "ru", "es"] } }],
          responses: { "200": { description: "The workbook", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 404) },
        },
        post: {
          summary: "A filled workbook (multipart field file): the preview of what it changes (changed, unchanged, invalid with the reason, conflicts with newer answers); with ?apply=true the changed rows are saved through the revision check",
          parameters: [idParam, { name: "apply", in: "query", required: false, schema: { type: "string", enum: ["true", "false"] } }],
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } } } },
          responses: { ...ok("The plan, and what was saved"), ...errors(401, 403, 404, 413, 422) },
        },
      },
      "/questionnaires/{key}/translations/{lang}": {
        get: {
          summary:
            "A translator's workbook of a stored questionnaire version in one language (admins): one row a string with its key, English, current translation, where it is and the glossary terms it must use",
          parameters: [
            { name: "key", in: "path", required: true, description: "<id>@<version>, e.g. five-pillars@2024", schema: { type: "string" } },
            { name: "lang", in: "path", required: true, schema: { type: "string", enum: ["fr", "es", "ar", "zh", "ru"] } },
          ],
          responses: { "200": { description: "The workbook", content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 403, 404) },
        },
      },
      "/evidence/{evidenceId}": {
        get: {
          summary: "Download an uploaded document (as an attachment, typed by its detected content)",
          parameters: [evidenceIdParam],
          responses: { "200": { description: "The file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } }, ...errors(401, 404) },
        },
        delete: {
          summary: "Remove evidence (kept for the audit trail; only while the country may edit that pillar)",
          parameters: [evidenceIdParam],
          responses: { ...ok("Removed"), ...errors(401, 403, 404, 409) },
        },
      },
    },
  };
}

/** The review workflow: transitions, verdicts, threads, sign-off, audit trail, queue, notifications. */
function reviewPaths() {
  return {
    "/assessments/{id}/transitions": {
      post: {
        summary: "Move the assessment along its workflow: submit (focal point; runs the submission check), start-review, return (reason required), validate (reviewers), reopen (admins; reason required)",
        parameters: [idParam],
        requestBody: body("Transition"),
        responses: { ...ok("The new status"), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    "/assessments/{id}/reviews/{questionId}": {
      put: {
        summary: "A reviewer's verdict on one answer while the assessment is in review: accepted, queried (with a comment) or adjusted (value and reason)",
        parameters: [idParam, questionIdParam],
        requestBody: body("ReviewAnswer"),
        responses: { ...ok("The recorded verdict"), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    "/assessments/{id}/comments/{questionId}": {
      post: {
        summary: "Write in one answer's thread: reviewers add notes, the country (focal point, or a contributor for their pillars) replies",
        parameters: [idParam, questionIdParam],
        requestBody: body("Comment"),
        responses: { ...ok("The new message's id"), ...errors(400, 401, 403, 404, 422) },
      },
    },
    "/assessments/{id}/review": {
      get: { summary: "Threads and verdicts of every answer, keyed by question id", parameters: [idParam], responses: { ...ok("Threads and verdicts"), ...errors(401, 404) } },
    },
    "/assessments/{id}/sign-off": {
      post: {
        summary: "The focal point confirms the validated result or disputes it with a reason",
        parameters: [idParam],
        requestBody: body("SignOff"),
        responses: { ...ok("The sign-off decision"), ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    "/assessments/{id}/audit": {
      get: {
        summary: "The assessment's full history in order (who, when, action, from, to, reason, question); format=csv downloads it as audit-<ISO3>-<cycle>.csv",
        parameters: [idParam, ...queryParams(ZAuditQuery)],
        responses: {
          "200": {
            description: "The entries (JSON) or the CSV file",
            content: { "application/json": { schema: { type: "object" } }, "text/csv": { schema: { type: "string" } } },
          },
          ...errors(401, 404, 422),
        },
      },
    },
    "/review-queue": {
      get: {
        summary: "Submissions for reviewers, filtered, with counts per status and the cycles to filter by (reviewers and admins)",
        parameters: queryParams(ZQueueFilter),
        responses: { ...ok("The queue"), ...errors(401, 403, 422) },
      },
    },
    "/notifications": {
      get: { summary: "The caller's own notifications, newest first, and how many are unread", parameters: queryParams(ZNotificationsQuery), responses: { ...ok("The notifications"), ...errors(401, 422) } },
    },
    "/notifications/read": {
      post: { summary: "Mark all of the caller's notifications as read", responses: { ...ok("Done"), ...errors(401) } },
    },
  };
}
