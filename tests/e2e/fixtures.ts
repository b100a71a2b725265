import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { FOREIGN } from "./foreign-organisation";

export { expect };

/** The demo accounts (one per hat) and the foreign organisation's HR admin. */
export const ACCOUNTS = {
  hr: { email: "hr@demo.test", name: "Hana Reid", home: "/hr", nav: ["HR", "My conversations", "My tasks", "Charters"] },
  manager: { email: "manager@demo.test", name: "Mark Osei", home: "/team", nav: ["My team", "My conversations", "My tasks", "Charters"] },
  leader: { email: "leader@demo.test", name: "Lena Park", home: "/me", nav: ["My transition", "My charter", "My tasks", "Charters"] },
  coach: { email: "coach@demo.test", name: "Colin Ashby", home: "/coaching", nav: ["Coaching", "My conversations", "My tasks", "Charters"] },
  foreignHr: { email: FOREIGN.hr.email, name: FOREIGN.hr.name, home: "/hr", nav: ["HR", "My conversations", "My tasks", "Charters"] },
} as const;

export type Account = keyof typeof ACCOUNTS;
export const DEMO_ROLES = ["hr", "manager", "leader", "coach"] as const satisfies readonly Account[];
export { DEMO_PASSWORD };

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Fills and submits the sign-in form on the current page. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Contexts made with browser.newContext() inside a test inherit the test's session unless told otherwise. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** A fresh browser context signed in as someone (for a second person in one test). */
export async function newSignedInPage(browser: Browser, baseURL: string | undefined, email: string, password: string = DEMO_PASSWORD) {
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

/** Saves a full-page screenshot for people to look at; an artefact, not an assertion. */
export async function saveScreenshot(page: Page, name: string) {
  const dir = path.resolve(__dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** A unique, readable suffix so tests never collide with each other or with reruns. */
export function unique(label: string) {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

type Options = { as: Account | null };
type WorkerFixtures = { sessions: { stateFor(account: Account): Promise<StorageState> } };

/**
 * `test.use({ as: "hr" })` gives every test in the block a page already signed in
 * as that account. Each account signs in through the real form once per worker;
 * its cookies are reused afterwards (sessions are stateless JWTs).
 */
export const test = base.extend<Options, WorkerFixtures>({
  as: [null, { option: true }],
  sessions: [
    async ({ browser }, provide, workerInfo) => {
      const cache = new Map<Account, Promise<StorageState>>();
      const stateFor = (account: Account) => {
        let state = cache.get(account);
        if (!state) {
          state = (async () => {
            const { context, page } = await newSignedInPage(browser, workerInfo.project.use.baseURL, ACCOUNTS[account].email);
            await expect(page).toHaveURL(ACCOUNTS[account].home);
            const saved = await context.storageState();
            await context.close();
            return saved;
          })();
          cache.set(account, state);
        }
        return state;
      };
      await provide({ stateFor });
    },
    { scope: "worker" },
  ],
  storageState: async ({ as, sessions, storageState }, provide) => {
    await provide(as ? await sessions.stateFor(as) : storageState);
  },
});
