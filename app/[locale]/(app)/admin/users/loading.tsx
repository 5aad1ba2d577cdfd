export { PageLoading as default } from "@/lib/features/shell/page-loading";
