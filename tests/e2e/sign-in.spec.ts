import type { Page } from "@playwright/test";
import { ACCOUNTS, SIGNED_OUT, DEMO_PASSWORD, DEMO_ROLES, expect, newSignedInPage, signIn, submitSignIn, test, unique, type Account } from "./fixtures";

const MISMATCH = "That email and password do not match an active account.";

/** One sign-in attempt on a freshly loaded form, so its answer cannot be the previous one's. */
async function attemptSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await expect(page.getByRole("status")).toBeEmpty();
  await submitSignIn(page, email, password);
  const answer = page.getByRole("status");
  await expect(answer).not.toBeEmpty();
  return answer;
}

test.describe("sign-in form", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/sign-in");
  });

  test("has labelled fields and a Sign in button", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("type", "email");
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("type", "password");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });

  test("a wrong password shows a clear message and keeps the email", async ({ page }) => {
    await submitSignIn(page, "leader@demo.test", "not-the-password");
    await expect(page.getByRole("status")).toHaveText(MISMATCH);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue("leader@demo.test");
  });

  test("an empty submit shows errors next to the fields", async ({ page }) => {
    await page.getByRole("button", { name: "Sign in" }).click();
    const email = page.getByLabel("Email", { exact: true });
    const password = page.getByLabel("Password", { exact: true });
    await expect(page.getByRole("status")).toHaveText("Please correct the highlighted fields.");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter an email address");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Enter your password");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("each demo account", () => {
  for (const role of DEMO_ROLES) {
    const account = ACCOUNTS[role];
    test(`${account.email} lands on ${account.home} and sees only its own navigation`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page).toHaveURL(account.home);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([...account.nav]);
      await expect(page.getByRole("link", { name: account.name })).toHaveAttribute("href", "/profile");
    });
  }
});

// Every hat × every top-level page: allowed pages render, the others show the forbidden page.
const PAGES = [
  { path: "/hr", heading: "HR overview", allowed: ["hr"] },
  { path: "/hr/people", heading: "People", allowed: ["hr"] },
  { path: "/hr/roles", heading: "Job roles", allowed: ["hr"] },
  { path: "/me", heading: "My transition", allowed: ["leader"] },
  { path: "/team", heading: "My team", allowed: ["manager"] },
  { path: "/coaching", heading: "Coaching and mentoring", allowed: ["coach"] },
  { path: "/profile", heading: "Your profile", allowed: ["hr", "manager", "leader", "coach"] },
] as const satisfies readonly { path: string; heading: string; allowed: readonly Account[] }[];

for (const role of DEMO_ROLES) {
  test.describe(`access as ${role}`, () => {
    test.use({ as: role });
    for (const target of PAGES) {
      const allowed = (target.allowed as readonly Account[]).includes(role);
      test(`${target.path} is ${allowed ? "shown" : "forbidden"}`, async ({ page }) => {
        await page.goto(target.path);
        if (allowed) {
          await expect(page).toHaveURL(target.path);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.heading);
        } else {
          await expect(page).toHaveURL("/forbidden");
          await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not part of your role");
          await expect(page.getByRole("heading", { name: target.heading, exact: true })).toHaveCount(0);
        }
      });
    }
  });
}

test("signing out returns to sign-in, and protected pages then ask to sign in", async ({ page }) => {
  await signIn(page, ACCOUNTS.manager.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  for (const path of ["/hr/people", "/profile", "/team"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }

  // Signing in again from there returns the person to the page they asked for.
  await submitSignIn(page, ACCOUNTS.manager.email, DEMO_PASSWORD);
  await expect(page).toHaveURL("/team");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My team");
});

test.describe("rate limiting", () => {
  test.use({ as: "hr" });

  test("after 5 wrong passwords even the right one is refused", async ({ page, browser, baseURL }) => {
    // A fresh account made through the UI, so no demo account is locked out.
    const email = `${unique("locked")}@demo.test`;
    const password = "a-good-temporary-password";
    await page.goto("/hr/people/new");
    await page.getByLabel("Full name").fill("Rita Ratelimit");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Temporary password (optional)").fill(password);
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("status").filter({ hasText: "has been added" })).toBeVisible();

    // The right password works before the lockout (and proves the account is real).
    const first = await newSignedInPage(browser, baseURL, email, password);
    await expect(first.page).toHaveURL("/profile");
    await first.context.close();

    const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
    const guest = await context.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(await attemptSignIn(guest, email, `wrong-password-${attempt}`)).toHaveText(MISMATCH);
    }
    await expect(await attemptSignIn(guest, email, password)).toHaveText(/^Too many failed attempts for this account\. Wait \d+ minutes, then try again\.$/);
    await expect(guest).toHaveURL(/\/sign-in/);
    await context.close();
  });
});
