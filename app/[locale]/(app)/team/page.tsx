import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TeamView } from "@/lib/features/team/team-view";
import { AppError } from "@/lib/server/errors";
import { requireActor } from "@/lib/server/page-guards";
import { listTeam } from "@/lib/server/team/list-team";

export async function generateMetadata() {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const team = await listTeam(actor).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "forbidden") forbidden();
    throw e;
  });
  return <TeamView team={team} />;
}
