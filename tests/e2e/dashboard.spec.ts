import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, newSignedInPage, saveScreenshot, test } from "./fixtures";

/**
 * HR's programme dashboard on the demo organisation: every section shows figures, the cohort
 * filter narrows them and stays in the link, a figure leads to the people behind it, and a
 * table downloads as CSV. Reads only, so other specs are unaffected.
 */

const SECTIONS = [
  "Induction progress by phase",
  "Overdue items by owner",
  "Career conversation coverage",
  "Change from start to end assessment",
  "Development plans: 70/20/10",
  "Coaching and mentoring",
];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const PHASE_TABLE = "Induction items by phase and status, for all inductions and for the cohorts with the most overdue items";

test.describe("the HR dashboard", () => {
  test.use({ as: "hr" });

  test("shows every section, filters by cohort, drills down and exports", async ({ page }) => {
    await page.goto("/hr");
    await expect(page.getByRole("heading", { level: 1, name: "HR overview" })).toBeVisible();
    for (const title of SECTIONS) await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();

    // The demo's five new leaders and Lena Park have inductions: the phase table has figures for everyone and for the cohort.
    const phases = page.getByRole("table", { name: PHASE_TABLE });
    await expect(phases.getByRole("row").filter({ hasText: "All inductions" }).first()).toBeVisible();
    await expect(phases.getByRole("row").filter({ hasText: "Spring leaders" }).first()).toBeVisible();
    await expect(page.getByText(/induction items are done or waived/)).toBeVisible();
    await expect(page.getByText(/people with a manager \(\d+%\) had a career conversation/)).toBeVisible();
    await expect(page.getByText(/development plans with \d+ actions/)).toBeVisible();
    await expect(page.getByText(/active coaching and \d+ active mentoring relationships/)).toBeVisible();
    // Daniel Kim's finished induction has start and end assessments: the heat map has figures.
    await expect(page.getByText(/Nobody in these inductions has both a start and an end assessment/)).toHaveCount(0);
    await saveScreenshot(page, "dashboard");
    await expectNoAxeViolations(page);

    await page.getByRole("combobox", { name: "Cohort" }).selectOption({ label: "Spring leaders" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]cohortId=/);
    await expect(page.getByRole("combobox", { name: "Cohort" })).toHaveValue(/.+/);
    const cohorts = await phases.locator("tbody tr td:first-child").allTextContents();
    expect(cohorts.length).toBeGreaterThan(0);
    // Filtered to one cohort, its rows are the whole table.
    expect(new Set(cohorts)).toEqual(new Set(["Spring leaders"]));
    await saveScreenshot(page, "dashboard-spring-leaders");

    // The CSV of a table, under the same filter.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV of induction progress by phase" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^dashboard-phases-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Cohort,Phase,Done,Waived,Open,Overdue");
    expect(csv).toContain("Spring leaders");

    // A figure with people behind it: those without a recent conversation, or with overdue items.
    const drillDown = page.locator('a[href^="/hr/dashboard/people?"]').first();
    await expect(drillDown).toBeVisible();
    await drillDown.click();
    await expect(page).toHaveURL(/\/hr\/dashboard\/people\?.*cohortId=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(People without a recent career conversation|People with overdue induction items|Overdue items owed by .+)$/);
    const people = page.getByRole("table").getByRole("link");
    await expect(people.first()).toHaveAttribute("href", /^\/hr\/people\/[^/]+$/);
    await saveScreenshot(page, "dashboard-people");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page).toHaveURL(/\/hr\?.*cohortId=/);
  });

  test("refuses the export to anyone but HR", async ({ browser, baseURL }) => {
    const { context, page } = await newSignedInPage(browser, baseURL, "manager@demo.test");
    const response = await page.request.get("/hr/dashboard/export?section=plans");
    expect(response.status()).toBe(403);
    await context.close();
  });
});
