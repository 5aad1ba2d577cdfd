// The OpenAPI 3.1 description of JSON API v1, generated from the same zod schemas the routes parse
// (requests) and the ones beside the code that builds the answers (responses).
import { ZSaveAnswer } from "../assessments/answer-schemas";
import { ZAddLink } from "../evidence/schemas";
import { ZComment, ZReviewAnswer, ZSignOff, ZTransition } from "../assessments/review-schemas";
import * as assessments from "../server/assessments/assessment-responses";
import { ZAnswerConflict, ZApiError, ZSubmissionBlocked } from "../server/entry/error-response";
import * as evidence from "../server/evidence/evidence-responses";
import { ZAnswersExport } from "../server/exports/answers-export-response";
import * as review from "../server/review/review-responses";
import { ZScoresExport } from "../server/scores/scores-export-response";
import { ZPublicCountry, ZPublicScores } from "../server/public/public-responses";
import { ZScoreSummary } from "../assessments/stored-score";
import { ZCaller } from "./caller-response";
import { componentSchemas } from "./json-schema";
import { errorResponses } from "./openapi-builders";
import { errorExamples } from "./openapi-examples";
import { assessmentPaths, exportPaths, publicPaths, reviewPaths } from "./openapi-paths";
import { publicationPaths } from "./openapi-publication-paths";
import * as cycles from "../server/cycles/cycle-responses";
import { ZConfirmDrafted } from "../assessments/answer-schemas";
import { ZEvidencePublic, ZPublicConsent, ZPublishCycle } from "../assessments/publication";
import { ZValidationDeadline } from "../assessments/cycle-schemas";

/** Request bodies, as the routes parse them. */
const REQUESTS = {
  SaveAnswer: ZSaveAnswer,
  AddLink: ZAddLink,
  Transition: ZTransition,
  ReviewAnswer: ZReviewAnswer,
  Comment: ZComment,
  SignOff: ZSignOff,
  ConfirmDrafted: ZConfirmDrafted,
  PublicConsent: ZPublicConsent,
  EvidencePublic: ZEvidencePublic,
  PublishCycle: ZPublishCycle,
  ValidationDeadline: ZValidationDeadline,
};

/** Response bodies, as the server builds them. Named parts (AssessmentStatus, ScoreSummary, ...) become their own components. */
const RESPONSES = {
  Error: ZApiError,
  AnswerConflict: ZAnswerConflict,
  SubmissionBlocked: ZSubmissionBlocked,
  Caller: ZCaller,
  AssessmentStatus: assessments.ZAssessmentStatus,
  ScoreBasis: assessments.ZScoreBasis,
  AnswerValue: assessments.ZAnswerValue,
  Cycle: assessments.ZCycleRef,
  ScoreSummary: ZScoreSummary,
  TierStability: assessments.ZTierStability,
  AssessmentSummary: assessments.ZAssessmentSummary,
  AssessmentPage: assessments.ZAssessmentPage,
  Assessment: assessments.ZAssessmentDocument,
  SavedAnswer: assessments.ZSavedAnswer,
  Submitted: assessments.ZSubmitted,
  WorkbookImport: assessments.ZWorkbookImport,
  EvidenceLink: evidence.ZEvidenceLink,
  EvidenceFile: evidence.ZEvidenceFile,
  EvidenceItem: evidence.ZEvidenceItem,
  EvidenceList: evidence.ZEvidenceList,
  EvidenceAdded: evidence.ZEvidenceAdded,
  EvidenceRemoved: evidence.ZEvidenceRemoved,
  Transitioned: review.ZTransitioned,
  VerdictRecorded: review.ZVerdictRecorded,
  CommentPosted: review.ZCommentPosted,
  ReviewThreads: review.ZReviewThreads,
  SignedOff: review.ZSignedOff,
  AuditTrail: review.ZAuditTrail,
  ReviewQueue: review.ZReviewQueue,
  Notifications: review.ZNotifications,
  NotificationsRead: review.ZNotificationsRead,
  ScoresExport: ZScoresExport,
  AnswersExport: ZAnswersExport,
  PublicScores: ZPublicScores,
  PublicCountry: ZPublicCountry,
  DraftedConfirmed: assessments.ZDraftedConfirmed,
  PublicConsentSet: assessments.ZPublicConsentSet,
  EvidencePublicSet: evidence.ZEvidencePublicSet,
  CyclePublication: cycles.ZCyclePublication,
  ValidationDeadlineSet: cycles.ZValidationDeadlineSet,
};

const TAGS = [
  { name: "account", description: "The caller and their notifications" },
  { name: "assessments", description: "A country's assessment: list, read, answer, submit, exchange as a workbook or on paper" },
  { name: "evidence", description: "Links and documents that back an answer" },
  { name: "review", description: "The review workflow: transitions, verdicts, threads, sign-off, audit trail, queue" },
  { name: "exports", description: "Open data and reports of a cycle" },
  { name: "questionnaires", description: "Questionnaire editions and their translations" },
  { name: "cycles", description: "Assessment cycles: validation deadline and publication (admins)" },
  { name: "public", description: "Published results, open to anyone without sign-in" },
];

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Five Pillars API",
      version: "1",
      description:
        "National cybersecurity self-assessments. Authenticate with the session cookie or `Authorization: Bearer <personal token>`. Another country's assessment answers 404 to a focal point. Errors are `{ error: { code, message, fields?, details? } }`. Lists page by cursor: pass `nextCursor` as `cursor` until it is null.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }],
    tags: TAGS,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token (fp_...)" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The browser session (writes must come from the app's own origin)",
        },
      },
      schemas: { ...componentSchemas(REQUESTS, "input"), ...componentSchemas(RESPONSES, "output") },
      responses: errorResponses(errorExamples),
    },
    paths: { ...assessmentPaths, ...publicationPaths, ...reviewPaths, ...exportPaths, ...publicPaths },
  };
}

export type TOpenApiDocument = ReturnType<typeof openApiDocument>;
