import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import { db } from "../db";
import { forbidden } from "../errors";

/** Every stored version, for the admin pages (with how many cycles use each). */
export async function listQuestionnaireVersions(actor: TActor) {
  if (!isReviewer(actor)) throw forbidden("Only admins and reviewers browse questionnaire versions");
  return db().questionnaireVersion.findMany({
    orderBy: [{ questionnaireId: "asc" }, { version: "asc" }],
    select: {
      id: true,
      questionnaireId: true,
      version: true,
      status: true,
      hash: true,
      title: true,
      questionCount: true,
      indicatorCount: true,
      publishedAt: true,
      _count: { select: { cycles: true } },
    },
  });
}
