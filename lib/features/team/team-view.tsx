import { getTranslations } from "next-intl/server";
import type { listTeam } from "@/lib/server/team/list-team";
import { InviteForm } from "./invite-form";
import { MemberPillars } from "./member-pillars";

type TTeam = Awaited<ReturnType<typeof listTeam>>;

export async function TeamView({ team }: { team: TTeam }) {
  const t = await getTranslations("team");
  const roles = await getTranslations("roles");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <h2>{t("invite")}</h2>
        <InviteForm />
      </section>
      <section className="card">
        <table>
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("role")}</th>
              <th>{t("pillars")}</th>
            </tr>
          </thead>
          <tbody>
            {team.members.map((m) => (
              <tr key={m.id} data-email={m.user.email}>
                <td>
                  {m.user.name}
                  <br />
                  <small className="muted">{m.user.email}</small>
                </td>
                <td>{roles(m.role as "contributor")}</td>
                <td>{m.role === "contributor" ? <MemberPillars grantId={m.id} pillars={m.pillars} email={m.user.email} /> : t("allPillars")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
