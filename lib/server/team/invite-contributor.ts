import "server-only";
import type { TActor } from "../../authz/policy";
import { ZInviteContributor, type TInviteContributor } from "../../authz/team-schemas";
import { createUser } from "../users/create-user";
import { focalCountry } from "./team-access";

/** Creates the colleague's account with a one-time password, limited to the chosen pillars. */
export async function inviteContributor(actor: TActor, raw: TInviteContributor) {
  const input = ZInviteContributor.parse(raw);
  return createUser(actor, { ...input, role: "contributor", countryIso3: focalCountry(actor) });
}
