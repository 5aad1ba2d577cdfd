import { responds } from "@/lib/api/typed-response";
import { ZSignOff } from "@/lib/assessments/review-schemas";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";
import { ZSignedOff } from "@/lib/server/review/review-responses";
import { signOff } from "@/lib/server/review/sign-off";

/** The focal point confirms the validated result or disputes it with a reason. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) =>
  responds(ZSignedOff, await signOff(actor, params.id, ZSignOff.parse(await readJson(request)))),
);
