import { launchChromium } from "./browser";

/**
 * Lighthouse 12 (from npm) against Debian's Chromium, signed in through a Cookie header, with
 * Lighthouse's desktop settings: HR and managers use the app at a desk, so the desktop profile
 * (its own simulated network and CPU throttling) is the fair one. Performance and accessibility
 * scores, 0–100.
 */

export type LighthouseScores = { performance: number; accessibility: number; failedAudits: string[] };

const DEBUGGING_PORT = 9333;

export async function auditWithLighthouse(urls: string[], cookie: (url: string) => string): Promise<Map<string, LighthouseScores>> {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const browser = await launchChromium([`--remote-debugging-port=${DEBUGGING_PORT}`]);
  const scores = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: DEBUGGING_PORT, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: cookie(url) } }, desktopConfig);
      if (!result) throw new Error(`Lighthouse gave no result for ${url}.`);
      const { categories, audits, finalDisplayedUrl } = result.lhr;
      if (finalDisplayedUrl !== url) throw new Error(`Lighthouse ended on ${finalDisplayedUrl}, not ${url}: was the page redirected?`);
      const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
      const failedAudits = (categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
        .map((ref) => audits[ref.id]?.title ?? ref.id);
      scores.set(url, { performance: score("performance"), accessibility: score("accessibility"), failedAudits });
    }
  } finally {
    await browser.close();
  }
  return scores;
}
