// Which pages the service worker keeps for offline use, shared by the worker and the sign-out
// button that drops them. Pure: no browser API.
import { LANGUAGES, PILLAR_IDS } from "@/lib/questionnaire/constants";

export const OFFLINE_PAGES_CACHE = "five-pillars-pages";

/** Home (the person's assessments) and an assessment's overview and pillar pages, in every interface language. */
const KEPT = new RegExp(`^/(?:${LANGUAGES.join("|")})(?:/assessments/[^/]+(?:/(?:${PILLAR_IDS.join("|")}))?)?/?$`);

export const isOfflinePage = (pathname: string): boolean => KEPT.test(pathname);
