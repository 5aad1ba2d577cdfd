import { ZCaller } from "@/lib/api/caller-response";
import { responds } from "@/lib/api/typed-response";
import { defineRoute } from "@/lib/server/entry/define-route";

/** Who the caller is and what they hold: lets integrations check a token. */
export const GET = defineRoute(async ({ actor }) =>
  responds(ZCaller, {
    user: { id: actor.userId, email: actor.email, name: actor.name },
    grants: actor.grants,
    via: actor.via,
  }),
);
