import { getTranslations } from "next-intl/server";
import type { TUserRow } from "@/lib/server/users/list-users";
import { CreateUserForm } from "./create-user-form";
import { UserRow } from "./user-row";

export type TCountryOption = { iso3: string; name: string };

export async function UsersAdmin({ users, countries, selfId }: { users: TUserRow[]; countries: TCountryOption[]; selfId: string }) {
  const t = await getTranslations("admin.users");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <h2>{t("create")}</h2>
        <CreateUserForm countries={countries} />
      </section>
      <section className="card">
        <table className="users-table">
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("email")}</th>
              <th>{t("roles")}</th>
              <th>{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow key={u.id} user={u} countries={countries} isSelf={u.id === selfId} />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
