import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";

/**
 * HR's audit log: a framework edit made in the editor and the demo's reading of Fatima's private
 * note are found by filtering; an entry leads to its object and to its history; bad filters get
 * messages; the filtered log downloads as CSV. Managers are refused the page and the export.
 */

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const log = (page: Page) => page.getByRole("table", { name: "Audit log entries, newest first" });
const filterForm = (page: Page) => page.getByRole("search", { name: "Filter the audit log" });

/** A blank framework draft, with one stage added in the editor (an audited edit). */
async function editNewFramework(page: Page, name: string, stage: string) {
  await page.goto("/hr/frameworks");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Create draft" }) });
  await form.getByRole("radio", { name: /^Nothing/ }).check();
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("button", { name: "Create draft" }).click();
  await page.getByRole("link", { name: "Edit draft" }).click();
  await page.getByLabel("New stage name", { exact: true }).fill(stage);
  await page.getByRole("button", { name: "Add stage", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved|Saving|save as you go/ })).toHaveText("All changes saved.");
}

test.describe("the audit log", () => {
  test.use({ as: "hr" });

  test("HR filters the log to a framework edit and a private-note reading, follows an entry and exports", async ({ page }) => {
    const name = `Audited ${unique("fw")}`;
    const stage = `Stage ${unique("st")}`;
    await editNewFramework(page, name, stage);

    await page.getByRole("navigation", { name: "HR" }).getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const form = filterForm(page);
    await form.getByLabel("Person", { exact: true }).fill(ACCOUNTS.hr.email);
    await form.getByRole("combobox", { name: "Their part" }).selectOption({ label: "Did it" });
    await form.getByRole("combobox", { name: "Object type" }).selectOption({ label: "Frameworks" });
    await form.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]type=frameworks/);
    await expect(page.getByText(`Entries for ${ACCOUNTS.hr.name} (${ACCOUNTS.hr.email}).`)).toBeVisible();

    const edit = log(page).getByRole("row").filter({ hasText: `Added the stage ${stage}` });
    await expect(edit).toHaveCount(1);
    await expect(edit).toContainText(ACCOUNTS.hr.name);
    await expect(log(page).getByRole("row").filter({ hasText: "Created the framework" }).filter({ hasText: name })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-audit-frameworks");

    // The CSV under the same filters: every entry is of a framework.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const { data } = Papa.parse<string[]>(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(data[0]?.slice(0, 4)).toEqual([expect.stringMatching(/^When \(.+\)$/), "Who", "Who's email", "What"]);
    expect(data.slice(1).filter((row) => row[3]?.startsWith(`Added the stage ${stage}`))).toHaveLength(1);
    expect(new Set(data.slice(1).map((row) => row[5]))).toEqual(new Set(["Framework"]));

    // The entry leads to the framework, whose history card leads back to the log, narrowed to it.
    await edit.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await page.getByRole("link", { name: "View its history in the audit log" }).click();
    await expect(page).toHaveURL(/[?&]object=/);
    await expect(log(page).getByRole("row").filter({ hasText: name })).toHaveCount(2);

    // The demo's reading of Fatima's private note, with the reason HR gave.
    await page.goto("/hr/audit");
    await filterForm(page).getByRole("combobox", { name: "Object type" }).selectOption({ label: "Readings of private notes" });
    await filterForm(page).getByRole("button", { name: "Filter" }).click();
    const reading = log(page).getByRole("row").filter({ hasText: "opened the private note of Fatima" });
    await expect(reading).toHaveCount(1);
    await expect(reading).toContainText("Reason given: Fatima asked HR to review her route");
    await expect(reading.getByRole("link", { name: /^Fatima/ })).toHaveAttribute("href", /^\/hr\/people\/[^/]+\/conversations$/);
    await saveScreenshot(page, "hr-audit-private-notes");
    await reading.getByRole("link", { name: /^Its history/ }).click();
    await expect(page).toHaveURL(/[?&]object=/);
    await expect(log(page).getByRole("row").filter({ hasText: "opened the private note of Fatima" })).toHaveCount(1);

    // The export itself is in the log.
    await page.getByRole("link", { name: "Clear filters" }).click();
    await filterForm(page).getByRole("combobox", { name: "Object type" }).selectOption({ label: "Audit log exports" });
    await filterForm(page).getByRole("button", { name: "Filter" }).click();
    await expect(log(page).getByRole("row").filter({ hasText: /Exported \d+ audit log entr(y|ies) as CSV/ }).first()).toBeVisible();
  });

  test("explains filters it cannot use, next to each field", async ({ page }) => {
    await page.goto("/hr/audit?from=2026-02-30&type=everything&person=Lena");
    const form = filterForm(page);
    await expect(form.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#from-error")).toHaveText("Enter the from date as a calendar day, for example 2026-11-23");
    await expect(page.locator("#type-error")).toHaveText("Choose an object type from the list");
    await expect(form.getByLabel("Person", { exact: true })).toHaveValue("Lena");
    await expect(page.getByText("Some filters could not be used, so nothing is listed. Correct the fields marked above and filter again.")).toBeVisible();
    await expect(log(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-audit-bad-filters");
  });
});

test("a manager is refused the audit log and its export", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
  await page.goto("/hr/audit");
  await expect(page).toHaveURL("/forbidden");
  const response = await page.request.get("/hr/audit/export");
  expect(response.status()).toBe(403);
  await context.close();
});
