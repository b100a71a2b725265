import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, saveScreenshot, test, unique, type Account } from "./fixtures";

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
  hr: ["/hr", "/hr/people", "/hr/people/new", "/hr/roles", "/hr/roles/new", "/hr/frameworks", "/profile"],
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

  test("a competency framework's page, with a draft's missing parts and a comparison, has no axe violations", async ({ page }) => {
    // A blank draft shows the list of what is missing before it can be published.
    await open(page, "/hr/frameworks");
    const start = page.locator("form").filter({ has: page.getByRole("button", { name: "Create draft" }) });
    await start.getByRole("radio", { name: /^Nothing/ }).check();
    await start.getByLabel("Name", { exact: true }).fill(unique("Axe blank"));
    await start.getByRole("button", { name: "Create draft" }).click();
    await expect(page.getByText("Before this draft can be published")).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-framework-draft-incomplete");

    // A published template with a second version, compared: the full matrix, both versions and history.
    await open(page, "/hr/frameworks");
    await start.getByLabel("Name", { exact: true }).fill(unique("Axe template"));
    await start.getByRole("button", { name: "Create draft" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("button", { name: "New draft from version 1" }).click();
    await expect(page).toHaveURL(/\?version=2$/);
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page.getByText("These versions have the same content.")).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-framework-detail");

    // On a narrow screen the matrix scrolls sideways, and keyboard users must be able to scroll it.
    await page.setViewportSize({ width: 800, height: 900 });
    await expectNoAxeViolations(page);
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
