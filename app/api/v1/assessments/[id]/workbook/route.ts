import { responds } from "@/lib/api/typed-response";
import { ZWorkbookImport } from "@/lib/server/assessments/assessment-responses";
import { AppError } from "@/lib/server/errors";
import { importAssessmentWorkbook } from "@/lib/server/assessments/import-assessment-workbook";
import { assessmentWorkbook } from "@/lib/server/assessments/assessment-workbook";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute, readForm } from "@/lib/server/entry/define-route";

const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

/** The assessment as a workbook (?locale=fr): one sheet a pillar the caller may read, answers as dropdowns. */
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  const { bytes, fileName } = await assessmentWorkbook(actor, params.id, request.nextUrl.searchParams.get("locale"));
  return downloadResponse(fileName, "xlsx", bytes);
});

/**
 * A filled workbook (multipart field `file`): the preview (changed, unchanged, invalid with the
 * reason, conflicts with newer answers); with ?apply=true the changed rows are saved.
 */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  const form = await readForm(request, MAX_WORKBOOK_BYTES + 64 * 1024, new AppError("too-large", "The workbook is larger than 5 MB"));
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("invalid", "Send the workbook as the multipart field file", { file: "Required" });
  if (file.size > MAX_WORKBOOK_BYTES) throw new AppError("too-large", "The workbook is larger than 5 MB");
  const apply = request.nextUrl.searchParams.get("apply") === "true" || form.get("apply") === "true";
  return responds(ZWorkbookImport, await importAssessmentWorkbook(actor, params.id, new Uint8Array(await file.arrayBuffer()), { apply }));
});
