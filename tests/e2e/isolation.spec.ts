import type { Page } from "@playwright/test";
import { expect, saveScreenshot, test } from "./fixtures";
import { FOREIGN } from "./foreign-organisation";

/** Words that exist only in the foreign organisation. */
const FOREIGN_WORDS = [FOREIGN.organisation, FOREIGN.hr.name, FOREIGN.hr.email, FOREIGN.member.name, FOREIGN.member.email, FOREIGN.role, "elsewhere"];

async function expectNoForeignData(page: Page) {
  const text = await page.locator("body").innerText();
  for (const word of FOREIGN_WORDS) expect(text.toLowerCase(), `page shows "${word}"`).not.toContain(word.toLowerCase());
}

const foreign = { personPath: "", rolePath: "" };

// The foreign organisation's own HR admin finds the ids the ordinary way: by clicking.
test.beforeAll(async ({ browser, sessions }, workerInfo) => {
  const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, storageState: await sessions.stateFor("foreignHr") });
  const page = await context.newPage();
  await page.goto("/hr/people");
  await page.getByRole("link", { name: FOREIGN.member.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FOREIGN.member.name);
  foreign.personPath = new URL(page.url()).pathname;

  await page.goto("/hr/roles");
  await page.getByRole("link", { name: FOREIGN.role }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FOREIGN.role);
  foreign.rolePath = new URL(page.url()).pathname;
  await context.close();
  expect(foreign.personPath).toMatch(/^\/hr\/people\/[^/]+$/);
  expect(foreign.rolePath).toMatch(/^\/hr\/roles\/[^/]+$/);
});

test.describe("the demo organisation's HR admin", () => {
  test.use({ as: "hr" });

  test("gets a not-found page for a foreign person", async ({ page }) => {
    const response = await page.goto(foreign.personPath);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expectNoForeignData(page);
    await saveScreenshot(page, "hr-not-found");
  });

  test("gets a not-found page for a foreign job role", async ({ page }) => {
    const response = await page.goto(foreign.rolePath);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expectNoForeignData(page);
  });

  test("sees no foreign people or roles in lists, searches and choices", async ({ page }) => {
    await page.goto("/hr/people?status=all");
    await expect(page.getByRole("main").getByRole("link", { name: "Hana Reid" })).toBeVisible();
    await expectNoForeignData(page);

    await page.goto(`/hr/people?status=all&q=${encodeURIComponent(FOREIGN.member.name)}`);
    await expect(page.getByText("Nobody matches these filters.")).toBeVisible();
    await page.goto("/hr/people?status=all&q=elsewhere");
    await expect(page.getByText("Nobody matches these filters.")).toBeVisible();

    await page.goto("/hr/roles");
    await expect(page.getByRole("link", { name: "Engineering Manager", exact: true })).toBeVisible();
    await expectNoForeignData(page);

    // The choices offered when adding a person (managers, job roles) are the organisation's own.
    await page.goto("/hr/people/new");
    await expect(page.getByRole("combobox", { name: "Manager" }).locator("option")).toContainText(["Hana Reid (hr@demo.test)"]);
    const options = await page.locator("option").allTextContents();
    for (const word of FOREIGN_WORDS) expect(options.join("\n").toLowerCase()).not.toContain(word.toLowerCase());

    await page.goto("/hr");
    await expectNoForeignData(page);
  });

  test("exports no foreign people", async ({ page }) => {
    const response = await page.request.get("/hr/people/export?status=all");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain("hr@demo.test");
    for (const word of FOREIGN_WORDS) expect(csv.toLowerCase()).not.toContain(word.toLowerCase());
  });
});

test.describe("the foreign HR admin", () => {
  test.use({ as: "foreignHr" });

  test("sees only their own organisation", async ({ page }) => {
    await page.goto("/hr/people?status=all");
    await expect(page.getByRole("link", { name: FOREIGN.member.name })).toBeVisible();
    await expect(page.getByText("4 people")).toBeVisible();
    const text = await page.locator("main").innerText();
    for (const name of ["Hana Reid", "Mark Osei", "Lena Park", "demo.test"]) expect(text).not.toContain(name);
  });
});
