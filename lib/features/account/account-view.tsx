import { getFormatter, getTranslations } from "next-intl/server";
import type { TActor } from "@/lib/authz/policy";
import type { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { PasswordForm } from "./password-form";
import { TokenForm, RevokeTokenButton } from "./token-form";

type TToken = Awaited<ReturnType<typeof listApiTokens>>[number];

export async function AccountView({ actor, tokens }: { actor: TActor; tokens: TToken[] }) {
  const t = await getTranslations("account");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <section className="card">
        <h2>{t("profile")}</h2>
        <p>
          {actor.name} · {actor.email}
        </p>
        <h3>{t("roles")}</h3>
        <ul>
          {actor.grants.map((g, i) => (
            <li key={i}>
              {roles(g.role)} {g.countryIso3 ?? ""}
            </li>
          ))}
        </ul>
      </section>
      <section className="card stack">
        <h2>{t("password.title")}</h2>
        <p className="muted">{t("password.intro")}</p>
        <PasswordForm />
      </section>
      <section className="card stack">
        <h2>{t("tokens.title")}</h2>
        <p className="muted">{t("tokens.intro")}</p>
        <TokenForm />
        {tokens.length === 0 ? (
          <p className="muted">{t("tokens.none")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t("tokens.name")}</th>
                <th>{t("tokens.prefix")}</th>
                <th>{t("tokens.createdAt")}</th>
                <th>{t("tokens.lastUsed")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{format.dateTime(token.createdAt, { dateStyle: "medium" })}</td>
                  <td>{token.lastUsedAt ? format.relativeTime(token.lastUsedAt) : t("tokens.never")}</td>
                  <td>{token.revokedAt ? t("tokens.revoked") : <RevokeTokenButton tokenId={token.id} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
