import { getFormatter, getTranslations } from "next-intl/server";
import { listCountries } from "@/lib/countries/countries";
import { Link } from "@/lib/i18n/navigation";
import type { listNotifications } from "@/lib/server/review/list-notifications";
import { MarkAllReadButton } from "./mark-all-read-button";

type TNotification = Awaited<ReturnType<typeof listNotifications>>[number];

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

/** The message key of a notification: a sign-off travels as "validated" with its decision in the data. */
function messageKey(n: TNotification): string {
  if (n.kind === "validated" && (n.data.signOff === "confirmed" || n.data.signOff === "disputed")) return `kinds.signOff-${n.data.signOff}`;
  return `kinds.${n.kind}`;
}

/** The caller's notifications, newest first: what happened, where, when, and a link to the assessment. */
export async function NotificationsView({ items, unread, locale }: { items: TNotification[]; unread: number; locale: string }) {
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  const names = new Map(listCountries().map((c) => [c.iso3, c.names[locale as keyof typeof c.names] ?? c.names.en]));
  const where = (n: TNotification) => {
    const iso3 = text(n.data.country);
    const country = iso3 ? (names.get(iso3) ?? iso3) : t("unknownCountry");
    const cycle = text(n.data.cycle);
    // Transitions record the cycle; replies and queries only the country.
    return cycle ? t("where", { country, cycle }) : country;
  };
  return (
    <div className="stack">
      <header className="stack">
        <h1>{t("title")}</h1>
        <p className="muted" aria-live="polite">
          {t("unread", { count: unread })}
        </p>
        {unread > 0 && <MarkAllReadButton />}
      </header>
      <section className="card">
        {items.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.what")}</th>
                <th scope="col">{t("columns.when")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("columns.link")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((n) => {
                const key = messageKey(n);
                const question = text(n.data.questionId) ?? "";
                const message = t.has(key) ? t(key, { where: where(n), question }) : t("kinds.other", { where: where(n) });
                const reason = text(n.data.reason);
                return (
                  <tr key={n.id} data-kind={n.kind} data-read={n.readAt ? "yes" : "no"}>
                    <td>
                      {!n.readAt && <span className="badge">{t("new")}</span>} {message}
                      {reason && (
                        <>
                          <br />
                          <small className="muted">{t("reason", { reason })}</small>
                        </>
                      )}
                    </td>
                    <td>
                      <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                    </td>
                    <td>{n.assessmentId && <Link href={`/assessments/${n.assessmentId}`}>{t("open")}</Link>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
