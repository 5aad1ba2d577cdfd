import { responds } from "@/lib/api/typed-response";
import { ZValidationDeadline } from "@/lib/assessments/cycle-schemas";
import { setValidationDeadline } from "@/lib/server/cycles/set-validation-deadline";
import { ZValidationDeadlineSet } from "@/lib/server/cycles/cycle-responses";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";

/** An admin sets (or clears) the day by which countries confirm desk-research answers. */
export const PUT = defineRoute<{ id: string }>(async ({ actor, request, params }) =>
  responds(ZValidationDeadlineSet, await setValidationDeadline(actor, params.id, ZValidationDeadline.parse(await readJson(request)))),
);
