import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against the production build (`next build` first), served by
 * lib/launcher/e2e-server.ts on a fresh, seeded database that it drops on exit.
 */
const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;
// The server's AUTH_SECRET, made here so that tests (workers inherit this environment) can check it never reaches a browser.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

// Playwright cannot download its browsers on our machines; Debian's Chromium stands in.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  // One Next server over one (often embedded, single-connection) database: parallel workers only queue.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx lib/launcher/e2e-server.ts",
    url: `${baseURL}/sign-in`,
    env: { PORT: port },
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the launcher stop Next and drop its database before Playwright moves on.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
