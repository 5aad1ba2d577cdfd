import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isReviewer } from "@/lib/authz/policy";
import { QueueView } from "@/lib/features/review/queue-view";
import { requireActor } from "@/lib/server/page-guards";
import { currentCycleId, reviewQueue } from "@/lib/server/review/review-queue";

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("queueTitle") };
}

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isReviewer(actor)) forbidden();
  const query = await searchParams;
  // By default the current cycle's open work; "all" asks for every cycle.
  const cycle = query.cycle === "all" ? undefined : query.cycle || (await currentCycleId());
  const queue = await reviewQueue(actor, {
    cycle,
    region: query.region || undefined,
    status: (query.status as "all") || "open",
    assignee: (query.assignee as "anyone") || undefined,
    cursor: query.cursor || undefined,
  });
  return <QueueView queue={queue} locale={locale} />;
}
