import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, saveScreenshot, test, type Account } from "./fixtures";

/** Runs axe on the page as it is now; every violation is listed in the failure message. */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Opens a page and waits for its main heading, so axe and the screenshot see it rendered. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("sign-in page", async ({ page }) => {
  await open(page, "/sign-in");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "signed-out-sign-in");

  // The same page showing its field errors.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "signed-out-sign-in-errors");
});

const MAIN_PAGES: Record<Exclude<Account, "foreignHr">, string[]> = {
  hr: ["/hr", "/hr/people", "/hr/people/new", "/hr/roles", "/hr/roles/new", "/profile"],
  manager: ["/team", "/profile"],
  leader: ["/me", "/profile"],
  coach: ["/coaching", "/profile"],
};

for (const [role, paths] of Object.entries(MAIN_PAGES) as [keyof typeof MAIN_PAGES, string[]][]) {
  test.describe(`as ${role}`, () => {
    test.use({ as: role });
    for (const path of paths) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await open(page, path);
        await expectNoAxeViolations(page);
        await saveScreenshot(page, `${role}${path.replaceAll("/", "-")}`);
      });
    }
  });
}

test.describe("as hr, detail pages and errors", () => {
  test.use({ as: "hr" });

  test("a person's page and a job role's page have no axe violations", async ({ page }) => {
    await open(page, "/hr/people?q=Lena");
    await page.getByRole("link", { name: "Lena Park" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lena Park");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-person-detail");

    await open(page, "/hr/roles");
    await page.getByRole("link", { name: "Engineering Manager", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engineering Manager");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-role-detail");
  });

  test("the add-person form showing its errors has no axe violations", async ({ page }) => {
    await open(page, "/hr/people/new");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-people-new-errors");
  });
});

test.describe("as leader, the forbidden page", () => {
  test.use({ as: "leader" });

  test("has no axe violations", async ({ page }) => {
    await page.goto("/hr/people");
    await expect(page).toHaveURL("/forbidden");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "leader-forbidden");
  });
});

test.describe("keyboard", () => {
  for (const role of ["hr", "leader"] as const) {
    test.describe(`as ${role}`, () => {
      test.use({ as: role });

      test("the skip link is the first Tab stop and moves focus to the main content", async ({ page }) => {
        await open(page, ACCOUNTS[role].home);
        await page.keyboard.press("Tab");
        const skip = page.getByRole("link", { name: "Skip to content" });
        await expect(skip).toBeFocused();
        await expect(skip).toBeInViewport();
        await page.keyboard.press("Enter");
        await expect(page.locator("main")).toBeFocused();
        if (role === "hr") {
          // The next Tab continues inside the main content (the HR home has links), past the header.
          await page.keyboard.press("Tab");
          await expect(page.locator("main :focus")).toHaveCount(1);
        }
      });
    });
  }
});
