import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { ACCOUNTS, expect, saveScreenshot, test, unique } from "./fixtures";

test.use({ as: "hr" });

/** Medium's "Snowflake" framework as interchange CSV (see /work/shared/fixtures/README.md). */
const SNOWFLAKE = path.resolve(__dirname, "../../../shared/fixtures/medium-snowflake-framework.csv");
const CSV_HEADER = ["cluster", "competency", "competency_description", "level", "level_expectation", "indicator"];

/** The (cluster, competency, level, indicator) of every data row, in file order. */
function indicatorRows(csv: string) {
  const { data, errors, meta } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  return { header: meta.fields, tuples: data.map((row) => [row.cluster, row.competency, row.level, row.indicator]) };
}

/** The read-only matrix on a framework page. */
const matrix = (page: Page) => page.getByRole("table", { name: "Competencies by career stage" });
const section = (page: Page, heading: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });
/** The "Start a framework" form and the "Import a file" card on the list page. */
const startForm = (page: Page) => page.locator("form").filter({ has: page.getByRole("button", { name: "Create draft" }) });
const importCard = (page: Page) => page.getByRole("region", { name: "Import a file" });

/** Creates a draft from the "Start a framework" form and waits for its page. */
async function startFramework(page: Page, start: RegExp, name: string) {
  await page.goto("/hr/frameworks");
  const form = startForm(page);
  await form.getByRole("radio", { name: start }).check();
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/hr\/frameworks\/[^/?]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("status").filter({ hasText: "The framework was created as a draft." })).toBeVisible();
}

test("HR imports the Snowflake CSV and downloads the same indicators back", async ({ page }) => {
  const name = `Snowflake ${unique("fw")}`;
  await page.goto("/hr/frameworks");
  const card = importCard(page);
  const fileInput = card.getByLabel("CSV or JSON file");
  const chooseFile = () => fileInput.setInputFiles(SNOWFLAKE);

  // A rejected file shows its row errors and no preview.
  const broken = `${CSV_HEADER.join(",")}\r\nLeading,Listening,,1,Hears people out,Asks first\r\nLeading,,,2,x,y\r\n`;
  await fileInput.setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await expect(card.getByRole("status")).toContainText("broken.csv: This file cannot be imported.");
  await expect(card.getByRole("listitem")).toHaveText([/^Row 3, competency: The competency cell is empty\./]);
  await expect(fileInput).toHaveAttribute("aria-invalid", "true");
  await saveScreenshot(page, "hr-framework-import-rejected");
  await chooseFile();

  // The preview: what the file would create, before anything is written.
  await expect(card.getByRole("heading", { name: "Preview of medium-snowflake-framework.csv" })).toBeFocused();
  await expect(card.getByRole("list", { name: "In this file" }).getByRole("listitem")).toHaveText([
    "5 stages",
    "4 clusters",
    "16 competencies",
    "80 expectations",
    "240 indicators",
  ]);
  await expect(card.getByRole("list", { name: "Stages, earliest first" }).getByRole("listitem")).toHaveText(["1. Level 1", "2. Level 2", "3. Level 3", "4. Level 4", "5. Level 5"]);
  const outline = card.getByRole("list", { name: "Clusters and their competencies" });
  await expect(outline.getByRole("listitem").filter({ hasText: /^Strengthening/ }).getByRole("listitem")).toHaveText(["Mentorship", "Evangelism", "Recruiting", "Community"]);
  await expect(card.getByRole("list", { name: "Warnings" }).getByRole("listitem").first()).toContainText("The stages are named “Level 1” to “Level 5”");
  await expect(card.getByLabel("Framework name")).toHaveValue("Medium snowflake framework");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await saveScreenshot(page, "hr-framework-import-preview");

  // "Choose another file" goes back to the file input, which checks the file again.
  await card.getByRole("button", { name: "Choose another file" }).click();
  await expect(card.getByLabel("CSV or JSON file")).toBeFocused();
  await expect(card.getByRole("list", { name: "In this file" })).toHaveCount(0);
  await chooseFile();

  await card.getByLabel("Framework name").fill(name);
  await card.getByRole("button", { name: "Import as draft" }).click();

  await expect(page).toHaveURL(/\/hr\/frameworks\/[^/?]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { level: 2, name: /^Version 1/ })).toContainText("Draft");
  // 16 competency rows (the rows with expectation cells; cluster headings have none) and 5 stage columns.
  await expect(matrix(page).getByRole("row").filter({ has: page.getByRole("cell") })).toHaveCount(16);
  await expect(matrix(page).getByRole("columnheader", { name: /^Stage \d/ })).toHaveCount(5);
  await expect(matrix(page).getByRole("rowheader", { name: /^Mentorship/ })).toBeVisible();
  await saveScreenshot(page, "hr-framework-imported");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const exported = indicatorRows(readFileSync(await download.path(), "utf8"));
  const original = indicatorRows(readFileSync(SNOWFLAKE, "utf8"));
  expect(exported.header).toEqual(CSV_HEADER);
  expect(exported.tuples).toHaveLength(240);
  expect(exported.tuples).toEqual(original.tuples);

  await page.goto("/hr/frameworks");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) }).getByRole("cell").nth(2)).toHaveText("Draft");
  await saveScreenshot(page, "hr-frameworks-list");
});

test("HR publishes a framework from the template, starts a new draft and compares the versions", async ({ page }) => {
  const name = `Expert to leader ${unique("fw")}`;
  await startFramework(page, /Expert to leader/, name);
  await expect(matrix(page).getByRole("columnheader", { name: /^Stage \d/ })).toHaveCount(4);

  // The template is complete, so it can be published as it is.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Version 1/ })).toContainText("Published");
  await expect(page.getByRole("status").filter({ hasText: "Version 1 is published." })).toBeVisible();
  await expect(page.getByText("The framework was created as a draft.")).toHaveCount(0);
  await expect(page.getByText(`by ${ACCOUNTS.hr.name}`)).toBeVisible();
  await saveScreenshot(page, "hr-framework-published");

  await page.getByRole("button", { name: "New draft from version 1" }).click();
  await expect(page).toHaveURL(/\?version=2$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Version 2/ })).toContainText("Draft");
  const versions = page.getByRole("navigation", { name: "Versions" }).getByRole("link");
  await expect(versions).toHaveText(["Version 2 · Draft", "Version 1 · Published"]);

  // Changing the draft needs the matrix editor (not on this page), so the versions compare as the same.
  const compare = section(page, "Compare versions");
  await compare.getByRole("combobox", { name: "Older version" }).selectOption({ label: "Version 1 (published)" });
  await compare.getByRole("combobox", { name: "Newer version" }).selectOption({ label: "Version 2 (draft)" });
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=1&to=2/);
  await expect(compare.getByRole("heading", { level: 3 })).toHaveText("From version 1 to version 2: 0 changes");
  await expect(compare.getByText("These versions have the same content.")).toBeVisible();

  const history = section(page, "History").getByRole("listitem");
  await expect(history.filter({ hasText: `Published version 1 of ${name}` })).toContainText(ACCOUNTS.hr.name);
  await expect(history.filter({ hasText: `Started draft version 2 of ${name} from version 1` })).toContainText(ACCOUNTS.hr.name);
  await saveScreenshot(page, "hr-framework-compare");
});

test("a blank framework cannot be published until it has a competency", async ({ page }) => {
  const name = `Blank ${unique("fw")}`;
  await startFramework(page, /^Nothing/, name);
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();
  await expect(page.getByText("Before this draft can be published, one thing needs finishing:")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Add at least one competency." })).toHaveText("Framework: Add at least one competency.");
  await expect(page.getByText("This version has no competencies yet.")).toBeVisible();
  await saveScreenshot(page, "hr-framework-blank");
});
