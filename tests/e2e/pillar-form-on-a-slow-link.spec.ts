import { expect, test } from "@playwright/test";
import { openDemoAssessment, signInAndWait } from "./support";

// A ministry on a shared 400 kbit/s line with 400 ms round trips, opening a pillar with a cold cache.
const SLOW = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

// The goal of issue 15. Measured here: 187-188 KB (from 316-338 KB), half of it React and the Next
// router. The time it takes is a figure, not an assertion (docs/benchmarks.md has both).
const BOUND_KB = 200;

// A first visit: no service worker has kept anything yet (a returning visit is served from the
// worker's cache, see assessment-reopens-offline.spec.ts).
test.use({ serviceWorkers: "block" });

test("the pillar form stays under its weight bound on a 400 kbit/s link and becomes usable", async ({ page }) => {
  await signInAndWait(page, "focal.ken@example.org");
  const id = await openDemoAssessment(page);
  // Nothing of the previous page (its prefetches) may still be on the line when the count starts.
  await page.goto("about:blank");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW);
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  const scriptEncodings = new Set<string>();
  let documentEncoding = "";
  cdp.on("Network.responseReceived", (e: { type: string; response: { headers: Record<string, string> } }) => {
    if (e.type === "Document") documentEncoding = e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"] ?? "none";
    if (e.type === "Script") scriptEncodings.add(e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"] ?? "none");
  });
  const started = Date.now();
  await page.goto(`/en/assessments/${id}/technical`, { waitUntil: "commit" });
  await expect(page.locator("form[data-hydrated]")).toBeVisible({ timeout: 45_000 });
  const usableAfter = Date.now() - started;
  await page.waitForLoadState("networkidle");
  test.info().annotations.push({ type: "slow link", description: `${Math.round(bytes / 1024)} KB, usable after ${usableAfter} ms` });
  console.log(`pillar form on 400 kbit/s + 400 ms: ${Math.round(bytes / 1024)} KB transferred, usable after ${usableAfter} ms`);
  expect(bytes).toBeLessThan(BOUND_KB * 1024);
  // The production server sends the build's scripts from their Brotli copies (files under 1 KB have none)
  // and compresses the page itself with Brotli too.
  expect([...scriptEncodings]).toContain("br");
  expect(documentEncoding).toBe("br");
  // Usable means answerable: a click saves.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const inPlace = page.locator('[data-question="national-cirt"]').getByRole("radio", { name: "In place", exact: true });
  // Whatever was there before (a repeated run), the click changes it.
  const choice = (await inPlace.isChecked()) ? "Partially in place" : "In place";
  await page.locator('[data-question="national-cirt"]').getByRole("radio", { name: choice, exact: true }).check();
  await expect(page.locator('[data-question="national-cirt"] [data-save-status]')).toHaveAttribute("data-save-status", "saved");
});
