import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseQuery, type TQueryParams } from "@/lib/api/query-values";
import { ZQueuePageQuery } from "@/lib/assessments/review-schemas";
import { isReviewer } from "@/lib/authz/policy";
import { QueueView } from "@/lib/features/review/queue-view";
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
  const queue = await reviewQueue(actor, { ...filter, cycle: cycle === "all" ? undefined : (cycle ?? (await currentCycleId())) });
  return <QueueView queue={queue} locale={locale} />;
}
