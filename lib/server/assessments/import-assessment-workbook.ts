import "server-only";
import { planWorkbook, type TCurrentAnswer, type TWorkbookPlan } from "../../assessments/workbook-plan";
import { countryMayEdit } from "../../authz/assessment-rules";
import { editablePillars, type TActor } from "../../authz/policy";
import type { TAnswerValue } from "../../questionnaire/model";
import { AppError, forbidden } from "../errors";
import { choiceLabels, readAssessmentWorkbook, workbookLocale } from "./assessment-workbook";
import { loadAssessment } from "./load-assessment";
import { saveAnswer } from "./save-answer";

export type TWorkbookImport = TWorkbookPlan & { applied: boolean; saved: number };

/**
 * A filled assessment workbook: the plan (changed, unchanged, invalid with the reason, conflicts
 * with newer answers), and with `apply` the changed rows saved one by one through the normal save
 * path (revision check, history, score). A row that loses a race becomes a conflict, never an overwrite.
 */
export async function importAssessmentWorkbook(actor: TActor, assessmentId: string, bytes: Uint8Array, options: { apply: boolean }): Promise<TWorkbookImport> {
  const { assessment, version, scope } = await loadAssessment(actor, assessmentId);
  const { about, rows } = await readAssessmentWorkbook(bytes);
  if (about.assessment !== assessment.id) throw new AppError("invalid", "This workbook was exported from another assessment", { file: "Another assessment" });
  if (about.questionnaire !== version.key)
    throw new AppError("invalid", `This workbook is for ${about.questionnaire}, the assessment uses ${version.key}`, { file: "Another questionnaire" });
  const window = countryMayEdit({ status: assessment.status, ...assessment.cycle }, new Date());
  const pillars = window.ok ? editablePillars(actor, assessment.countryIso3) : [];
  const editable = new Set(version.questions.filter((q) => pillars.includes(q.pillar) && scope.allows(q.id)).map((q) => q.id));
  if (editablePillars(actor, assessment.countryIso3).length === 0) throw forbidden("Only the country's focal point and contributors import answers");
  // Rows of pillars the person may not read are refused like unknown ones: nothing about them leaks.
  const readable = rows.filter((r) => !version.questionById[r.questionId] || scope.allows(r.questionId));
  const current: Record<string, TCurrentAnswer> = Object.fromEntries(
    assessment.answers
      .filter((a) => scope.allows(a.questionId))
      .map((a) => [a.questionId, { value: JSON.parse(a.value), revision: a.revision, comment: a.comment }]),
  );
  const locale = workbookLocale(about.locale);
  const plan = planWorkbook(version, readable, current, { editable, labels: await choiceLabels(locale), locale });
  for (const r of rows.filter((x) => !readable.includes(x)))
    plan.invalid.push({ sheet: r.sheet, row: r.row, questionId: "", reason: "not a question you may see" });
  if (!options.apply) return { ...plan, applied: false, saved: 0 };
  const result: TWorkbookImport = { ...plan, changed: [], applied: true, saved: 0 };
  for (const change of plan.changed) {
    try {
      await saveAnswer(actor, assessmentId, change.questionId, { value: change.value, revision: change.revision, comment: change.comment });
      result.changed.push(change);
      result.saved += 1;
    } catch (error) {
      const theirs = error instanceof AppError ? (error.details as { current?: { value: TAnswerValue; revision: number } } | undefined)?.current : undefined;
      if (theirs) result.conflicts.push({ ...change, mine: change.value, theirs: theirs.value, theirRevision: theirs.revision });
      else if (error instanceof AppError) result.invalid.push({ ...change, reason: error.message });
      else throw error;
    }
  }
  return result;
}
