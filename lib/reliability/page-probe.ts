import type { Page } from "@playwright/test";
import { launchChromium } from "@/lib/bench/browser";

/**
 * Loads a page again and again in Chromium, as a person reloading it would, and records what
 * they saw: the page itself, our "try again" page, something else, or nothing; and whether the
 * document or the visible text leaked anything of the server's error (a stack frame, a driver
 * message, a file path). A browser, because Next.js renders an error boundary in the browser:
 * the HTML of a failed page holds only the error's digest, and the page shows once it hydrates.
 */

export type PageOutcome = "page" | "try-again" | "other" | "unreachable";
/** `at`: when the load started; `endedAt`: when its answer had settled (or failed). */
export type PageSample = { at: number; endedAt: number; status: number; outcome: PageOutcome; leak: string | null };

/** The heading of app/error.tsx (components/ui/try-again.tsx). */
export const TRY_AGAIN_HEADING = "We could not load this page";
const SETTLE_TIMEOUT_MS = 15_000;

const LEAKS: [string, RegExp][] = [
  ["a stack frame", /\bat (?:async )?[\w$.<>[\]]+ \([^)]*:\d+:\d+\)/],
  ["a file path of the build", /\.next\/server|node_modules\//],
  ["a Prisma message", /PrismaClient|Invalid `prisma|Can't reach database server/],
  ["a driver message", /ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated/],
];

/** `visible` is the text a person sees; `document` the HTML the server sent. */
type Reading = Omit<PageSample, "at" | "endedAt">;

export function classifyPage(status: number, visible: string, document: string, pageMarker: string): Reading {
  const leak = LEAKS.find(([, pattern]) => pattern.test(visible) || pattern.test(document))?.[0] ?? null;
  const outcome: PageOutcome = visible.includes(pageMarker) ? "page" : visible.includes(TRY_AGAIN_HEADING) && visible.includes("Try again") ? "try-again" : "other";
  return { status, outcome, leak };
}

async function load(page: Page, url: string, pageMarker: string): Promise<Reading> {
  let response;
  try {
    response = await page.goto(url, { timeout: SETTLE_TIMEOUT_MS });
  } catch {
    return { status: 0, outcome: "unreachable", leak: null };
  }
  await page
    .getByText(pageMarker)
    .or(page.getByRole("heading", { name: TRY_AGAIN_HEADING }))
    .first()
    .waitFor({ timeout: SETTLE_TIMEOUT_MS })
    .catch(() => undefined);
  const document = (await response?.text().catch(() => "")) ?? "";
  return classifyPage(response?.status() ?? 0, await page.innerText("body").catch(() => ""), document, pageMarker);
}

export async function startPageProbe(options: { baseUrl: string; path: string; cookie: string; pageMarker: string; intervalMs: number }) {
  const browser = await launchChromium();
  const context = await browser.newContext();
  await context.addCookies(
    options.cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: options.baseUrl };
    }),
  );
  const page = await context.newPage();
  const samples: PageSample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      const reading = await load(page, options.baseUrl + options.path, options.pageMarker);
      samples.push({ at, endedAt: Date.now(), ...reading });
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    }
  })();
  return {
    samples,
    /**
     * Opens the page in a second tab (during an outage: it should show the try-again page);
     * `pressTryAgain` later presses the button there and says whether the page itself came back.
     */
    openSecondTab: async () => {
      const tab = await context.newPage();
      const first = await load(tab, options.baseUrl + options.path, options.pageMarker);
      return {
        shown: first.outcome,
        pressTryAgain: async (): Promise<boolean> => {
          if (first.outcome !== "try-again") return false;
          await tab.getByRole("button", { name: "Try again" }).click();
          return tab
            .getByText(options.pageMarker)
            .first()
            .waitFor({ timeout: SETTLE_TIMEOUT_MS })
            .then(() => true, () => false);
        },
      };
    },
    /** Safe to call twice (the script's clean-up calls it again). */
    stop: async (): Promise<PageSample[]> => {
      running = false;
      await loop;
      await browser.close();
      return samples;
    },
  };
}
