/// <reference lib="webworker" />
// The service worker (bundled to public/sw.js by scripts/build-service-worker.ts): keeps the app
// shell (Next's hashed, immutable assets) and the assessment pages a person opened, so an open
// assessment reopens without a connection. Pages are network-first: online, the server's copy is
// always the one shown. Answers typed offline go to IndexedDB (answer-form/device-store.ts), not here.
import { CacheFirst, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, Serwist, type SerwistPlugin } from "serwist";
import { OFFLINE_PAGES_CACHE, isOfflinePage } from "./offline-pages";

/**
 * Only the person's own pages are kept: a response that ended on the sign-in page means the
 * session is over, so the pages of the previous session are dropped rather than shown to the next.
 */
const signedOutDropsPages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.redirected || response.status !== 200) {
      if (new URL(response.url).pathname.endsWith("/sign-in")) await caches.delete(OFFLINE_PAGES_CACHE);
      return null;
    }
    return response;
  },
};

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "five-pillars-shell",
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 })],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && isOfflinePage(url.pathname),
      handler: new NetworkFirst({
        cacheName: OFFLINE_PAGES_CACHE,
        // A slow link still gets the live page; only a dead one falls back to the kept copy.
        networkTimeoutSeconds: 30,
        plugins: [signedOutDropsPages, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 60 * 60 * 24 * 30 })],
      }),
    },
  ],
});

serwist.addEventListeners();
