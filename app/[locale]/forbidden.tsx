import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="narrow">
      <h1>{t("forbiddenTitle")}</h1>
      <p role="alert">{t("forbiddenText")}</p>
      <Link href="/">{t("backHome")}</Link>
    </main>
  );
}
