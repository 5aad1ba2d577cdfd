// `npm run cli -- token create|list|revoke --email E`: personal API tokens from the shell.
import { SYSTEM_ACTOR } from "../authz/policy";
import { db } from "../server/db";
import { loadActor } from "../server/load-actor";
import { createApiToken } from "../server/tokens/create-api-token";
import { listApiTokens } from "../server/tokens/list-api-tokens";
import { revokeApiToken } from "../server/tokens/revoke-api-token";
import { fail, parse, print } from "./parse";

const USAGE = `usage:
  token create --email E [--name N] [--days 90]
  token list --email E [--format json|table]
  token revoke --email E --id TOKEN_ID`;

export async function runTokenCommand(args: string[]): Promise<number> {
  const { values: v, positionals } = parse(args, {
    email: { type: "string" },
    name: { type: "string" },
    days: { type: "string" },
    id: { type: "string" },
    format: { type: "string" },
  });
  const sub = positionals[0];
  if (!sub || !["create", "list", "revoke"].includes(sub) || !v.email) return fail(USAGE);
  const user = await db().user.findUnique({ where: { email: v.email.toLowerCase() } });
  const owner = user ? await loadActor(user.id, "session") : null;
  if (!owner) return fail(`No active account for ${v.email}`, 1);
  if (sub === "create") {
    const token = await createApiToken(SYSTEM_ACTOR, { name: v.name ?? "cli", expiresInDays: v.days ? Number(v.days) : undefined }, owner.userId);
    process.stdout.write(`token for ${owner.email} (shown once):\n${token.secret}\n`);
    return 0;
  }
  if (sub === "list") {
    print(await listApiTokens(owner), v.format);
    return 0;
  }
  if (!v.id) return fail("--id is required");
  await revokeApiToken(owner, { tokenId: v.id });
  process.stdout.write(`revoked ${v.id}\n`);
  return 0;
}
