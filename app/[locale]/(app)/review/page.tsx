import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseQuery, type TQueryParams } from "@/lib/api/query-values";
import { ZQueuePageQuery } from "@/lib/assessments/review-schemas";
import { isReviewer } from "@/lib/authz/policy";
import { QueueView } from "@/lib/features/review/queue-view";
import { redirect } from "@/lib/i18n/navigation";
import { requireActor } from "@/lib/server/page-guards";
import { currentCycleId, reviewQueue } from "@/lib/server/review/review-queue";

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("queueTitle") };
}

export default async function ReviewQueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<TQueryParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isReviewer(actor)) forbidden();
  const { cycle, ...filter } = parseQuery(ZQueuePageQuery, await searchParams);
  const chosen = cycle === "all" ? undefined : (cycle ?? (await currentCycleId()));
  const queue = await reviewQueue(actor, { ...filter, cycle: chosen });
  // A cycle id that names no cycle (an old or mistyped link) shows the default queue, and says so in its address.
  if (chosen && !queue.cycles.some((c) => c.id === chosen)) redirect({ href: "/review", locale });
  return <QueueView queue={queue} locale={locale} />;
}
