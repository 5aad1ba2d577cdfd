import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/net/security-headers.js";

// Messages are compiled at build time, so browsers get no ICU parser (about 9 KB gzip less on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve.ts compresses responses (Brotli, gzip as fallback); Next alone would only gzip.
  compress: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    // Server actions take small arguments (uploads go to the API, which has its own limit). Next counts
    // the bytes while streaming; proxy.ts refuses the same limit first with a 413 (Next answers 500).
    serverActions: { bodySizeLimit: "1mb" },
    // Next copies a page request's body for proxy.ts up to this size (never more in memory); it must
    // stay above the action limit, or an oversized body would be cut short instead of refused.
    proxyClientMaxBodySize: "2mb",
  },
  // pdfkit reads its built-in font metrics from its own folder at run time; bundling breaks that path.
  // fontkit stays external with it so the report fonts parsed by our code are the ones pdfkit embeds.
  serverExternalPackages: ["pdfkit", "fontkit", "exceljs"],
  async headers() {
    // Evidence downloads set their own framing rules (inline previews are framed by our pages).
    return [{ source: "/((?!api/v1/evidence/).*)", headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
