// The operations of JSON API v1: each with an operationId (camelCase, stable: clients name their
// functions after it), its parameters and bodies from the zod schemas the routes parse, its responses
// from the zod schemas beside the code that builds them, its errors, and examples.
import { z } from "zod";
import { ZExportQuery } from "../exports/query";
import { ZGapsQuery } from "../charts/dashboard-queries";
import { ZAuditQuery, ZNotificationsQuery } from "../assessments/review-query-schemas";
import { ZQueueFilter } from "../assessments/review-schemas";
import { LOCALES } from "../i18n/routing";
import { TRANSLATED_LANGUAGES } from "../questionnaire/translation-file";
import { ZListAssessmentsQuery } from "../server/assessments/list-assessments";
import { ZPlanQuery } from "../plans/plan-query";
import { ZPublicQuery } from "../server/public/public-query";
import * as ex from "./openapi-examples";
import { body, errors, file, json, MEDIA, multipart, ok, pathParam, queryParam, text } from "./openapi-builders";
import { jsonSchema, queryParameters } from "./json-schema";

const ASSESSMENT_ID = "cm5assessken2025000000001";
const id = pathParam("id", ASSESSMENT_ID, "The assessment's id");
const questionId = pathParam("questionId", "national-cirt", "A question id of the assessment's questionnaire edition");
const evidenceId = pathParam("evidenceId", "cm5evidence00link00000001");
const locale = queryParam("locale", jsonSchema(z.enum(LOCALES), "input"), "fr", "The language of the document; English by default");
const exportParams = queryParameters(ZExportQuery, { cycle: "cm5cycle2025demo0000000001", format: "json" });
/** The gaps route reads the query after its one-value-per-parameter step; the flag filter is for the page only. */
const gapsQuery = z.object({ cycle: ZGapsQuery.shape.cycle.out, region: ZGapsQuery.shape.region.out, tier: ZGapsQuery.shape.tier.out });

const notFoundOrConflict = errors("write", [404, 409, 422]);

export const assessmentPaths = {
  "/me": {
    get: {
      operationId: "getMe",
      tags: ["account"],
      summary: "Who the caller is and which roles they hold",
      responses: { ...ok("The caller", json("Caller", ex.callerExample)), ...errors("read", []) },
    },
  },
  "/assessments": {
    get: {
      operationId: "listAssessments",
      tags: ["assessments"],
      summary: "Assessments the caller may see, a page at a time",
      description:
        "Newest cycle first, then by country and id. Pass the response's `nextCursor` as `cursor` for the next page until it is null; rows added meanwhile never make a page skip or repeat one. A focal point or contributor sees their own country's; reviewers and admins every country's.",
      parameters: queryParameters(ZListAssessmentsQuery, { cycle: "cm5cycle2025demo0000000001", country: "KEN", status: "submitted", limit: 50 }),
      responses: { ...ok("One page of assessments", json("AssessmentPage", ex.assessmentPageExample)), ...errors("read", [422]) },
    },
  },
  "/assessments/{id}": {
    get: {
      operationId: "getAssessment",
      tags: ["assessments"],
      summary: "One assessment: status, answers with revisions, and its score of record",
      description:
        "score.selfReported and score.validated (each { overall, pillars, tier, flags, completion }; validated is null until a reviewer has acted), score.basis (which one single-number views show), questionnaireHash and rulesVersion.",
      parameters: [id],
      responses: { ...ok("The assessment", json("Assessment", ex.assessmentExample)), ...errors("read", [404]) },
    },
  },
  "/assessments/{id}/answers/{questionId}": {
    put: {
      operationId: "saveAnswer",
      tags: ["assessments"],
      summary: "Save one answer (idempotent; refused with 409 when the revision is stale)",
      parameters: [id, questionId],
      requestBody: body(json("SaveAnswer", ex.saveAnswerExample)),
      responses: {
        ...ok("The saved answer with its new revision", json("SavedAnswer", ex.savedAnswerExample)),
        ...errors("write", [404, 422], {
          409: {
            description: "Someone saved this answer first, or the assessment cannot be edited now",
            schema: "AnswerConflict",
            example: ex.answerConflictExample,
          },
        }),
      },
    },
  },
  "/assessments/{id}/submit": {
    post: {
      operationId: "submitAssessment",
      tags: ["assessments"],
      summary: "Submit the assessment for review (focal point only)",
      parameters: [id],
      responses: {
        ...ok("Submitted", json("Submitted", { status: "submitted" })),
        ...errors("write", [404, 409], {
          422: { description: "Items must be completed first", schema: "SubmissionBlocked", example: ex.submissionBlockedExample },
        }),
      },
    },
  },
  "/assessments/{id}/evidence": {
    get: {
      operationId: "listEvidence",
      tags: ["evidence"],
      summary: "Evidence (links and documents) of the assessment, grouped by question id",
      parameters: [id],
      responses: { ...ok("The evidence", json("EvidenceList", ex.evidenceListExample)), ...errors("read", [404]) },
    },
    post: {
      operationId: "addEvidence",
      tags: ["evidence"],
      summary:
        "Add a link (JSON) or upload a document (multipart: questionId, file; PDF, Office, OpenDocument or image, at most 20 MB, type checked from the content)",
      parameters: [id],
      requestBody: body({ ...json("AddLink", ex.addLinkExample), ...multipart(["questionId", "file"]) }),
      responses: { ...ok("The added evidence", json("EvidenceAdded", ex.evidenceAddedExample)), ...notFoundOrConflict },
    },
  },
  "/assessments/{id}/questionnaire.pdf": {
    get: {
      operationId: "getQuestionnairePdf",
      tags: ["assessments"],
      summary:
        "The printable questionnaire as an A4 PDF in the reader's language: every question the caller may read, numbered, with tick boxes and the current answer ticked",
      parameters: [id, locale],
      responses: { ...ok("The PDF", file(MEDIA.pdf)), ...errors("read", [404]) },
    },
  },
  "/assessments/{id}/workbook": {
    get: {
      operationId: "getAssessmentWorkbook",
      tags: ["assessments"],
      summary:
        "The assessment as a workbook for colleagues who will not sign in: one sheet a pillar the caller may read (number, question, guidance, allowed answers as a dropdown, answer, comment, evidence links, revision)",
      parameters: [id, locale],
      responses: { ...ok("The workbook", file(MEDIA.xlsx)), ...errors("read", [404]) },
    },
    post: {
      operationId: "importAssessmentWorkbook",
      tags: ["assessments"],
      summary:
        "A filled workbook (multipart field file): the preview of what it changes (changed, unchanged, invalid with the reason, conflicts with newer answers); with ?apply=true the changed rows are saved through the revision check",
      parameters: [id, queryParam("apply", { type: "string", enum: ["true", "false"] }, "false", "true saves the changed rows; anything else only previews")],
      requestBody: body(multipart(["file"])),
      responses: { ...ok("The plan, and what was saved", json("WorkbookImport", ex.workbookImportExample)), ...errors("write", [404, 422]) },
    },
  },
};

export const reviewPaths = {
  "/assessments/{id}/transitions": {
    post: {
      operationId: "transitionAssessment",
      tags: ["review"],
      summary:
        "Move the assessment along its workflow: submit (focal point; runs the submission check), start-review, return (reason required), validate (reviewers), reopen (admins; reason required)",
      parameters: [id],
      requestBody: body(json("Transition", ex.transitionExample)),
      responses: { ...ok("The new status", json("Transitioned", ex.transitionedExample)), ...notFoundOrConflict },
    },
  },
  "/assessments/{id}/reviews/{questionId}": {
    put: {
      operationId: "reviewAnswer",
      tags: ["review"],
      summary: "A reviewer's verdict on one answer while the assessment is in review: accepted, queried (with a comment) or adjusted (value and reason)",
      parameters: [id, questionId],
      requestBody: body(json("ReviewAnswer", ex.reviewAnswerExample)),
      responses: { ...ok("The recorded verdict", json("VerdictRecorded", ex.verdictExample)), ...notFoundOrConflict },
    },
  },
  "/assessments/{id}/comments/{questionId}": {
    post: {
      operationId: "postComment",
      tags: ["review"],
      summary: "Write in one answer's thread: reviewers add notes, the country (focal point, or a contributor for their pillars) replies",
      parameters: [id, questionId],
      requestBody: body(json("Comment", ex.commentExample)),
      responses: { ...ok("The new message's id", json("CommentPosted", ex.commentPostedExample)), ...errors("write", [404, 422]) },
    },
  },
  "/assessments/{id}/review": {
    get: {
      operationId: "getReviewThreads",
      tags: ["review"],
      summary: "Threads and verdicts of every answer, keyed by question id",
      parameters: [id],
      responses: { ...ok("Threads and verdicts", json("ReviewThreads", ex.reviewThreadsExample)), ...errors("read", [404]) },
    },
  },
  "/assessments/{id}/sign-off": {
    post: {
      operationId: "signOff",
      tags: ["review"],
      summary: "The focal point confirms the validated result or disputes it with a reason",
      parameters: [id],
      requestBody: body(json("SignOff", ex.signOffExample)),
      responses: { ...ok("The sign-off decision", json("SignedOff", ex.signedOffExample)), ...notFoundOrConflict },
    },
  },
  "/assessments/{id}/audit": {
    get: {
      operationId: "getAuditTrail",
      tags: ["review"],
      summary: "The assessment's full history in order (who, when, action, from, to, reason, question); format=csv downloads it as audit-<ISO3>-<cycle>.csv",
      parameters: [id, ...queryParameters(ZAuditQuery, { format: "json", action: "assessment." })],
      responses: {
        ...ok("The entries (JSON) or the CSV file", { ...json("AuditTrail", ex.auditTrailExample), ...text(MEDIA.csv, ex.auditCsvExample) }),
        ...errors("read", [404, 422]),
      },
    },
  },
  "/review-queue": {
    get: {
      operationId: "getReviewQueue",
      tags: ["review"],
      summary: "Submissions for reviewers, filtered, a page at a time, with counts per status and the cycles to filter by (reviewers and admins)",
      parameters: queryParameters(ZQueueFilter, { status: "open", limit: 50 }),
      responses: { ...ok("The queue", json("ReviewQueue", ex.reviewQueueExample)), ...errors("read", [403, 422]) },
    },
  },
  "/notifications": {
    get: {
      operationId: "listNotifications",
      tags: ["account"],
      summary: "The caller's own notifications, newest first, and how many are unread",
      parameters: queryParameters(ZNotificationsQuery, { limit: 30 }),
      responses: { ...ok("The notifications", json("Notifications", ex.notificationsExample)), ...errors("read", [422]) },
    },
  },
  "/notifications/read": {
    post: {
      operationId: "markNotificationsRead",
      tags: ["account"],
      summary: "Mark all of the caller's notifications as read",
      responses: { ...ok("Done", json("NotificationsRead", ex.notificationsReadExample)), ...errors("write", []) },
    },
  },
};

export const exportPaths = {
  "/scores": {
    get: {
      operationId: "exportScores",
      tags: ["exports"],
      summary: "Open data: overall, pillar, indicator and question scores of a cycle",
      description:
        "Reviewers and admins get every assessment; others their own country at every level and other countries once validated, as overall and pillar scores. One row per country, level and id; basis says which score of record the row shows.",
      parameters: exportParams,
      responses: {
        ...ok("The rows as JSON, CSV or XLSX (format=)", {
          ...json("ScoresExport", ex.scoresExample),
          ...text(MEDIA.csv, ex.scoresCsvExample),
          ...file(MEDIA.xlsx),
        }),
        ...errors("read", [404, 422]),
      },
    },
  },
  "/answers": {
    get: {
      operationId: "exportAnswers",
      tags: ["exports"],
      summary: "Every answer of a cycle with its credit, points, comment and evidence; reviewers and admins get every country, others only their own",
      parameters: exportParams,
      responses: {
        ...ok("The rows as JSON, CSV or XLSX (format=)", {
          ...json("AnswersExport", ex.answersExample),
          ...text(MEDIA.csv, ex.answersCsvExample),
          ...file(MEDIA.xlsx),
        }),
        ...errors("read", [404, 422]),
      },
    },
  },
  "/reports/{assessmentId}/pdf": {
    get: {
      operationId: "getCountryReportPdf",
      tags: ["exports"],
      summary: "A country report as PDF; other countries only once validated, aggregates only",
      parameters: [pathParam("assessmentId", ASSESSMENT_ID), locale],
      responses: { ...ok("The report", file(MEDIA.pdf)), ...errors("read", [404]) },
    },
  },
  "/dashboards/gaps.csv": {
    get: {
      operationId: "getGapsCsv",
      tags: ["exports"],
      summary:
        "Gap flags of a cycle as CSV, one row per country (iso3, country, region, tier, flags, then one 0/1 column per flag); the dashboards' visibility rule applies",
      parameters: queryParameters(gapsQuery, { cycle: "cm5cycle2025demo0000000001", region: "africa", tier: 3 }),
      responses: { ...ok("The CSV", text(MEDIA.csv, ex.gapsCsvExample)), ...errors("read", []) },
    },
  },
  "/plans/xlsx": {
    get: {
      operationId: "getPlanWorkbook",
      tags: ["exports"],
      summary: "Capacity-building plan workbook (Interventions, Countries) for a cycle and a region or countries; reviewers and admins",
      parameters: [...queryParameters(ZPlanQuery, { region: "africa", countries: ["KEN", "GHA"] }), locale],
      responses: { ...ok("The workbook", file(MEDIA.xlsx)), ...errors("read", [403]) },
    },
  },
  "/questionnaires/{key}/translations/{lang}": {
    get: {
      operationId: "getTranslationWorkbook",
      tags: ["questionnaires"],
      summary:
        "A translator's workbook of a stored questionnaire version in one language (admins): one row a string with its key, English, current translation, where it is and the glossary terms it must use",
      parameters: [
        pathParam("key", "five-pillars@2024", "<id>@<version>"),
        pathParam("lang", "fr", undefined, jsonSchema(z.enum(TRANSLATED_LANGUAGES as [string, ...string[]]), "input")),
      ],
      responses: { ...ok("The workbook", file(MEDIA.xlsx)), ...errors("read", [403, 404]) },
    },
  },
  "/evidence/{evidenceId}": {
    get: {
      operationId: "downloadEvidence",
      tags: ["evidence"],
      summary: "Download an uploaded document (as an attachment, typed by its detected content)",
      parameters: [
        evidenceId,
        queryParam(
          "view",
          { type: "string", enum: ["inline"] },
          "inline",
          "inline serves a PDF or an image for preview inside the app's own pages; anything else is an attachment",
        ),
      ],
      responses: { ...ok("The file", file("application/octet-stream")), ...errors("read", [404]) },
    },
    delete: {
      operationId: "removeEvidence",
      tags: ["evidence"],
      summary: "Remove evidence (kept for the audit trail; only while the country may edit that pillar)",
      parameters: [evidenceId],
      responses: { ...ok("Removed", json("EvidenceRemoved", ex.evidenceRemovedExample)), ...errors("write", [404, 409]) },
    },
  },
};

const publicQuery = queryParameters(ZPublicQuery, { cycle: "cm5cycle2025demo0000000001", locale: "fr" });
/** The open API needs no credentials: the document's global security does not apply. */
const open = { security: [] as never[] };

export const publicPaths = {
  "/public/scores": {
    get: {
      operationId: "getPublicScores",
      tags: ["public"],
      summary: "Open data without sign-in: a published cycle's public results, with region and world averages and tiers",
      description:
        "Only validated results whose focal point agreed to publication (or, where the cycle's rule says so, desk research unconfirmed past its deadline). The newest published cycle when `cycle` is left out. Never answers, comments, files or names. Cacheable for 60 s; send the ETag back as If-None-Match for a 304.",
      ...open,
      parameters: publicQuery,
      responses: { ...ok("The public results", json("PublicScores", ex.publicScoresExample)), ...errors("open", [404, 422]) },
    },
  },
  "/public/countries/{iso3}": {
    get: {
      operationId: "getPublicCountry",
      tags: ["public"],
      summary: "A country's public profile: pillar scores, tier, region and world averages, strengths, gaps and public evidence links",
      description:
        "404 alike for an unknown country, an unpublished cycle and a result that is not public. The newest published cycle in which the country is public when `cycle` is left out.",
      ...open,
      parameters: [pathParam("iso3", "KEN", "ISO 3166-1 alpha-3 code, any case"), ...publicQuery],
      responses: { ...ok("The country's public profile", json("PublicCountry", ex.publicCountryExample)), ...errors("open", [404, 422]) },
    },
  },
};
