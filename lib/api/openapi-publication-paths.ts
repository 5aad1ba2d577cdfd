// The operations of desk research and publication (issue 16): the focal point confirms drafted
// answers, agrees to publication and chooses the public links; an admin sets the validation deadline
// and publishes a cycle. The same operations as the pages' actions, for integrators.
import { body, errors, json, ok, pathParam } from "./openapi-builders";

const assessmentId = pathParam("id", "cm5assessken2025000000001", "The assessment's id");
const cycleId = pathParam("id", "cm5cycle2025demo0000000001", "The cycle's id");
const evidenceId = pathParam("evidenceId", "cm5evidence00link00000001");

export const publicationPaths = {
  "/assessments/{id}/drafted/confirm": {
    post: {
      operationId: "confirmDraftedAnswers",
      tags: ["assessments"],
      summary: "The focal point confirms answers drafted by ITU from desk research, as they stand (before the cycle's validation deadline)",
      parameters: [assessmentId],
      requestBody: body(json("ConfirmDrafted", { questionIds: ["national-cirt", "national-strategy-adopted"] })),
      responses: {
        ...ok("How many are confirmed and how many still wait", json("DraftedConfirmed", { confirmed: 2, unconfirmed: 14 })),
        ...errors("write", [404, 409, 422]),
      },
    },
  },
  "/assessments/{id}/public-consent": {
    post: {
      operationId: "setPublicConsent",
      tags: ["assessments"],
      summary: "The focal point agrees to publication of the validated result once the cycle is published, or withdraws that agreement (at once)",
      parameters: [assessmentId],
      requestBody: body(json("PublicConsent", { consent: true })),
      responses: {
        ...ok("The agreement as it stands", json("PublicConsentSet", { publicConsentAt: "2025-06-02T08:30:00.000Z" })),
        ...errors("write", [404, 422]),
      },
    },
  },
  "/evidence/{evidenceId}/public": {
    post: {
      operationId: "setEvidencePublic",
      tags: ["evidence"],
      summary: "The focal point shows an evidence link on the public country profile, or hides it; uploaded documents are never public",
      parameters: [evidenceId],
      requestBody: body(json("EvidencePublic", { isPublic: true })),
      responses: {
        ...ok("The link's public flag", json("EvidencePublicSet", { id: "cm5evidence00link00000001", isPublic: true })),
        ...errors("write", [404, 422]),
      },
    },
  },
  "/cycles/{id}/publication": {
    post: {
      operationId: "publishCycle",
      tags: ["cycles"],
      summary: "An admin publishes a cycle's results under a rule (consented only, or also desk research unconfirmed past its deadline), or withdraws them",
      parameters: [cycleId],
      requestBody: body(json("PublishCycle", { action: "publish", rule: "consented" })),
      responses: {
        ...ok("The cycle's publication", json("CyclePublication", { publishedAt: "2025-07-01T09:00:00.000Z", publicationRule: "consented" })),
        ...errors("write", [404, 409, 422]),
      },
    },
  },
  "/cycles/{id}/validation-deadline": {
    put: {
      operationId: "setValidationDeadline",
      tags: ["cycles"],
      summary: "An admin sets (or clears, with null) the day by which countries confirm or correct the answers drafted from desk research",
      parameters: [cycleId],
      requestBody: body(json("ValidationDeadline", { deadline: "2025-05-31" })),
      responses: {
        ...ok("The deadline (the end of that day, UTC)", json("ValidationDeadlineSet", { validationDeadline: "2025-05-31T23:59:59.999Z" })),
        ...errors("write", [404, 422]),
      },
    },
  },
};
