"use server";
import { isAdmin } from "@/lib/authz/policy";
import { defineAction } from "@/lib/server/entry/define-action";
import { forbidden } from "@/lib/server/errors";
import { importTranslationWorkbook } from "@/lib/server/questionnaires/import-translation";
import { ZImportTranslation } from "./translation-schemas";

export const importTranslationAction = defineAction({
  schema: ZImportTranslation,
  authorize: (actor) => {
    if (!isAdmin(actor)) throw forbidden("Only admins import translations");
  },
  run: (actor, input) => importTranslationWorkbook(actor, Buffer.from(input.workbook, "base64"), { apply: input.apply }),
});
