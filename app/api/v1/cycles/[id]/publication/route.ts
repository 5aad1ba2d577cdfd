import { responds } from "@/lib/api/typed-response";
import { ZPublishCycle } from "@/lib/assessments/publication";
import { publishCycle } from "@/lib/server/cycles/publish-cycle";
import { ZCyclePublication } from "@/lib/server/cycles/cycle-responses";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";

/** An admin publishes a cycle's results under a rule, or withdraws them. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) =>
  responds(ZCyclePublication, await publishCycle(actor, params.id, ZPublishCycle.parse(await readJson(request)))),
);
