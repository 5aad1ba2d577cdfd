"use server";
import { isAdmin } from "@/lib/authz/policy";
import { defineAction } from "@/lib/server/entry/define-action";
import { forbidden } from "@/lib/server/errors";
import { importReference } from "@/lib/server/reference/import-reference";
import { ZImportReference } from "./schemas";

export const importReferenceAction = defineAction({
  schema: ZImportReference,
  authorize: (actor) => {
    if (!isAdmin(actor)) throw forbidden("Only admins import reference results");
  },
  run: (actor, input) => importReference(actor, { csv: input.csv, edition: input.edition, source: input.fileName }),
});
