import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isReviewer } from "@/lib/authz/policy";
import { QueueView } from "@/lib/features/review/queue-view";
import { requireActor } from "@/lib/server/page-guards";
import { reviewQueue } from "@/lib/server/review/review-queue";

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
  const queue = await reviewQueue(actor, {
    cycle: query.cycle || undefined,
    region: query.region || undefined,
    status: (query.status as "all") || undefined,
    assignee: (query.assignee as "anyone") || undefined,
  });
  return <QueueView queue={queue} locale={locale} />;
}
