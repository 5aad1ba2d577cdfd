"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { TUserRow } from "@/lib/server/users/list-users";
import { grantRoleAction, issueResetLinkAction, revokeRoleAction, setUserDisabledAction } from "./actions";
import { RoleFields } from "./role-fields";
import { ZGrantRole } from "../../authz/user-schemas";
import type { TCountryOption } from "./users-admin";

export function UserRow({ user, countries, isSelf }: { user: TUserRow; countries: TCountryOption[]; isSelf: boolean }) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const pillarsT = useTranslations("pillars");
  const locale = useLocale();
  const [message, setMessage] = useState<{ kind: "error" | "link"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [granting, setGranting] = useState(false);
  const form = useForm<z.input<typeof ZGrantRole>, unknown, z.output<typeof ZGrantRole>>({
    resolver: zodResolver(ZGrantRole),
    defaultValues: { userId: user.id, role: "reviewer", pillars: [] },
  });

  const role = useWatch({ control: form.control, name: "role" });
  const grant = form.handleSubmit(async (values) => {
    const res = await grantRoleAction({ ...values, countryIso3: values.countryIso3 || undefined });
    setMessage(res.ok ? null : { kind: "error", text: res.error.message });
    if (res.ok) setGranting(false);
  });

  return (
    <tr data-email={user.email}>
      <td>
        {user.name} {user.disabledAt && <span className="badge">{t("disabled")}</span>}
      </td>
      <td>{user.email}</td>
      <td>
        <ul className="grants">
          {user.grants.map((g) => (
            <li key={g.id}>
              <span className="badge">{roles(g.role as "admin")}</span> {g.countryIso3 ?? ""}
              {g.pillars.length > 0 && <small> · {g.pillars.map((p) => pillarsT(p)).join(", ")}</small>}
              {!(isSelf && g.role === "admin") && (
                <button
                  type="button"
                  className="link-button"
                  disabled={pending}
                  aria-label={`${t("revoke")} ${roles(g.role as "admin")} ${user.email}`}
                  onClick={() =>
                    startTransition(async () => {
                      const res = await revokeRoleAction({ grantId: g.id });
                      if (!res.ok) setMessage({ kind: "error", text: res.error.message });
                    })
                  }
                >
                  {t("revoke")}
                </button>
              )}
            </li>
          ))}
        </ul>
        {granting && (
          <form onSubmit={grant} className="inline-form" aria-label={`${t("grant")} ${user.email}`}>
            <RoleFields register={form.register} role={role} countries={countries} idPrefix={`grant-${user.id}`} />
            <button type="submit" className="primary">
              {t("grantSubmit")}
            </button>
          </form>
        )}
        {message && (
          <div role={message.kind === "error" ? "alert" : "status"} className={`alert ${message.kind === "error" ? "error" : "success"}`}>
            {message.kind === "link" ? (
              <>
                {t("resetLinkIssued", { email: user.email })} <code data-testid="reset-link">{message.text}</code>
              </>
            ) : (
              message.text
            )}
          </div>
        )}
      </td>
      <td className="actions">
        <button type="button" onClick={() => setGranting((g) => !g)}>
          {t("grant")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const res = await issueResetLinkAction({ userId: user.id, locale });
              setMessage(res.ok ? { kind: "link", text: res.data.url } : { kind: "error", text: res.error.message });
            })
          }
        >
          {t("resetLink")}
        </button>
        {!isSelf && (
          <button
            type="button"
            disabled={pending}
            aria-label={`${user.disabledAt ? t("enable") : t("disable")} ${user.email}`}
            onClick={() =>
              startTransition(async () => {
                const res = await setUserDisabledAction({ userId: user.id, disabled: !user.disabledAt });
                if (!res.ok) setMessage({ kind: "error", text: res.error.message });
              })
            }
          >
            {user.disabledAt ? t("enable") : t("disable")}
          </button>
        )}
      </td>
    </tr>
  );
}
