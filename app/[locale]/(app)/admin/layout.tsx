import { requireAdmin } from "@/lib/server/page-guards";

// Checked here, above any loading boundary, so a refusal is a real 403 before anything streams.
export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  await requireAdmin((await params).locale);
  return children;
}
