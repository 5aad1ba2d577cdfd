// `npm run cli -- user create|list|grant|revoke|reset-link`: account administration from the shell.
import { SYSTEM_ACTOR } from "../authz/policy";
import { PILLAR_IDS } from "../questionnaire/constants";
import { db } from "../server/db";
import { AppError } from "../server/errors";
import { createUser } from "../server/users/create-user";
import { grantRole, revokeRole } from "../server/users/grant-role";
import { issueResetLink } from "../server/users/issue-reset-link";
import { listUsers } from "../server/users/list-users";
import { fail, parse, print } from "./parse";

const USAGE = `usage:
  user create --email E --name N --role admin|reviewer|focal-point|contributor [--country ISO3] [--pillars legal,technical]
  user list [--format json|table]
  user grant --email E --role R [--country ISO3] [--pillars ...]
  user revoke --email E --role R [--country ISO3]
  user reset-link --email E [--locale fr]`;

const options = {
  email: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  country: { type: "string" },
  pillars: { type: "string" },
  format: { type: "string" },
  locale: { type: "string" },
} as const;

function pillarsOf(value: string | undefined) {
  return (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean) as (typeof PILLAR_IDS)[number][];
}

async function userIdOf(email: string | undefined): Promise<string> {
  if (!email) throw new AppError("invalid", "--email is required");
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) throw new AppError("not-found", `No account for ${email}`);
  return user.id;
}

export async function runUserCommand(args: string[]): Promise<number> {
  const { values: v, positionals } = parse(args, options);
  const sub = positionals[0];
  try {
    switch (sub) {
      case "create": {
        const created = await createUser(SYSTEM_ACTOR, {
          email: v.email ?? "",
          name: v.name ?? v.email?.split("@")[0] ?? "",
          role: v.role as "admin",
          countryIso3: v.country,
          pillars: pillarsOf(v.pillars),
        });
        process.stdout.write(
          `created ${created.email} (${v.role}${v.country ? ` ${v.country.toUpperCase()}` : ""})\none-time password: ${created.oneTimePassword}\n`,
        );
        return 0;
      }
      case "list": {
        const users = await listUsers(SYSTEM_ACTOR);
        const rows = users.map((u) => ({
          email: u.email,
          name: u.name,
          roles: u.grants.map((g) => `${g.role}${g.countryIso3 ? `:${g.countryIso3}` : ""}`).join(" "),
        }));
        print(v.format === "json" ? users : rows, v.format);
        return 0;
      }
      case "grant": {
        await grantRole(SYSTEM_ACTOR, { userId: await userIdOf(v.email), role: v.role as "admin", countryIso3: v.country, pillars: pillarsOf(v.pillars) });
        process.stdout.write(`granted ${v.role} to ${v.email}\n`);
        return 0;
      }
      case "revoke": {
        const userId = await userIdOf(v.email);
        const grant = await db().roleGrant.findFirst({ where: { userId, role: v.role, countryIso3: v.country?.toUpperCase() ?? null } });
        if (!grant) return fail(`${v.email} has no ${v.role} role${v.country ? ` for ${v.country}` : ""}`, 1);
        await revokeRole(SYSTEM_ACTOR, { grantId: grant.id });
        process.stdout.write(`revoked ${v.role} from ${v.email}\n`);
        return 0;
      }
      case "reset-link": {
        const link = await issueResetLink(SYSTEM_ACTOR, { userId: await userIdOf(v.email) }, v.locale ?? "en");
        process.stdout.write(`${link.url}\n(valid until ${link.expiresAt.toISOString()})\n`);
        return 0;
      }
      default:
        return fail(USAGE);
    }
  } catch (error) {
    if (error instanceof AppError) return fail(`error: ${error.message}${error.fields ? ` ${JSON.stringify(error.fields)}` : ""}`, 1);
    if (error instanceof Error && error.name === "ZodError") return fail(`error: ${error.message}`, 1);
    throw error;
  }
}
