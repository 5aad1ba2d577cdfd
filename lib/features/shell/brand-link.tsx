import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The app's name in the header, linking to the given home (signed in: "/", public pages: "/public"). */
export async function BrandLink({ href }: { href: string }) {
  const app = await getTranslations("app");
  return (
    <Link prefetch={false} href={href} className="brand">
      <span className="logo" aria-hidden="true">
        ⬟
      </span>
      {app("name")}
    </Link>
  );
}
