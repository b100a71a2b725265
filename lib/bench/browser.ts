import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { ROOT } from "@/lib/launcher/processes";

/**
 * The framework editor in a real browser (Debian's Chromium when installed): how long the
 * 1,500-indicator matrix takes to become usable, and how long a rename takes to show in it.
 * Times are taken inside the page (performance.now, animation frames), so the driver's
 * polling adds nothing to them.
 */

export type EditorFigures = { openMs: number[]; editMs: number[] };

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const FAILURE_SCREENSHOT = path.join(ROOT, "test-results", "bench", "editor-failure.png");
/** The matrix's last cell: when React has hydrated it, the whole matrix is in React's hands. */
const LAST_CELL = /^Edit Competency 50 at Stage 6:/;
/** Competencies renamed in turn, one per run (never 50, whose cell marks the matrix ready). */
const RENAMED = [7, 16, 25, 34, 43, 12, 21, 30, 39, 48];

declare global {
  interface Window {
    __benchInteractiveAt?: number;
  }
}

/** Debian's Chromium when installed, with the flags this machine's closed network needs. */
export function launchChromium(extraArgs: string[] = []) {
  return chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...extraArgs],
  });
}

export async function measureEditor({ baseUrl, cookie, editorPath, runs }: { baseUrl: string; cookie: string; editorPath: string; runs: number }): Promise<EditorFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
      }),
    );
    const page = await context.newPage();

    try {
      return await measureRuns(page, baseUrl + editorPath, runs);
    } catch (error) {
      await page.screenshot({ path: FAILURE_SCREENSHOT, fullPage: true }).catch(() => undefined);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n(the page as it was: ${FAILURE_SCREENSHOT})`);
    }
  } finally {
    await browser.close();
  }
}

async function measureRuns(page: Page, url: string, runs: number): Promise<EditorFigures> {
  // One unmeasured load finds the last cell by its accessible name and warms the browser's cache.
  await page.goto(url);
  const lastCellId = await page.getByRole("button", { name: LAST_CELL }).getAttribute("id");
  if (!lastCellId) throw new Error("The editor's last matrix cell has no id to watch.");
  await page.addInitScript(watchForHydration, lastCellId);

  const figures: EditorFigures = { openMs: [], editMs: [] };
  for (let run = 0; run < runs; run++) {
    await page.goto(url, { waitUntil: "commit" });
    const opened = await page.waitForFunction(() => window.__benchInteractiveAt, undefined, { timeout: 60_000 });
    figures.openMs.push(Math.round((await opened.jsonValue()) as number));

    const number = RENAMED[run % RENAMED.length] as number;
    figures.editMs.push(await renameAndTime(page, number, `Renamed competency ${number}, run ${run + 1}`));
  }
  return figures;
}

// The two functions below run in the page. They declare no named functions inside: tsx compiles
// those with a __name() helper that exists in Node, not in the page, and the script would fail.

/** Runs in the page from its first moment: notes the first frame in which the cell is hydrated. */
function watchForHydration(cellId: string) {
  void (async () => {
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const cell = document.getElementById(cellId);
      // React attaches its props to each DOM node as it hydrates it.
      if (cell && Object.keys(cell).some((key) => key.startsWith("__reactProps$"))) {
        window.__benchInteractiveAt = performance.now();
        return;
      }
    }
  })();
}

/** Leaves the field (the editor commits on blur) and times it until a frame shows the name in the matrix. */
async function commitAndTime(input: HTMLElement, expected: string): Promise<number> {
  const start = performance.now();
  input.blur();
  for (let frame = 0; frame < 600; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = [...document.querySelectorAll("table")].some((table) => {
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim() === expected) return true;
      return false;
    });
    if (shown) {
      // The frame whose callbacks saw the name is painted before the next task runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - start;
    }
  }
  return -1;
}

/** Types a new name into the competency's field, then commits it as a person does. */
async function renameAndTime(page: Page, number: number, name: string): Promise<number> {
  const field = page.getByLabel(`Competency ${number} name`, { exact: true });
  await field.fill(name);
  const ms = await field.evaluate(commitAndTime, name);
  if (ms < 0) throw new Error(`The matrix never showed "${name}" after the rename.`);
  await page.getByRole("status").filter({ hasText: "All changes saved." }).waitFor({ timeout: 30_000 });
  return Math.round(ms);
}
