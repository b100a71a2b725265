import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { DEMO_CHARTERS } from "@/prisma/demo-charters";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";

/**
 * HR's charter workspace on the demo organisation, whose roles all start with a published
 * version 1 of their charter. The Engineering Manager charter is the demo leader's: its purpose
 * and the competencies the leader's own tests read are left as they are.
 */

test.use({ as: "hr" });

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const roleRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
const stageSelect = (page: Page, competency: string) => page.getByRole("combobox", { name: `Stage expected for ${competency}` });
const chosenOption = (select: Locator) => select.locator("option:checked");
const problemsHeading = (page: Page) => page.getByText(/^Before this draft can be published/);

test("HR writes version 2 of the Engineering Manager charter, publishes it and compares it with version 1", async ({ page }) => {
  test.slow();
  const em = DEMO_CHARTERS.em;
  const oldItem = em?.support.at(-1);
  if (!em || !oldItem) throw new Error("The demo seed has no Engineering Manager charter with support to change.");
  await page.goto("/hr/roles");
  await expect(roleRow(page, "Engineering Manager").getByRole("cell").nth(4)).toHaveText("Published v1");
  await roleRow(page, "Engineering Manager").getByRole("link", { name: "Engineering Manager", exact: true }).click();
  const card = page.getByRole("region", { name: "Role charter" });
  await expect(card).toContainText("Version 1 published");
  await card.getByRole("link", { name: "Open the charter" }).click();
  await expect(page).toHaveURL(/\/hr\/roles\/[^/]+\/charter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Role charter: Engineering Manager");
  await expect(page.getByRole("heading", { level: 2, name: /^Version 1/ })).toContainText("Published");
  await expect(page.getByText(`by ${ACCOUNTS.hr.name}`)).toBeVisible();
  await expect(page.getByText("Required competencies from: Expert to leader, version 1")).toBeVisible();
  // A published version is read, not edited.
  await expect(page.getByText(em.purpose)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save sections" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-charter-published");

  await page.getByRole("button", { name: "Start a new draft from version 1" }).click();
  await expect(page).toHaveURL(/\?version=2$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Version 2/ })).toContainText("Draft");
  await expect(page.getByRole("navigation", { name: "Versions" }).getByRole("link")).toHaveText(["Version 2 · Draft", "Version 1 · Published"]);
  await expect(page.getByRole("button", { name: /^Start a new draft/ })).toHaveCount(0);

  // The draft starts as a copy of version 1: every section is there, so it could be published at once.
  await expect(page.getByLabel("Purpose")).toHaveValue(em.purpose);
  await expect(problemsHeading(page)).toHaveCount(0);
  const support = page.getByLabel("Support available");
  await expect(support).toHaveValue(em.support.join("\n"));
  const newItem = "A course on feedback and career conversations within the first three months";
  await support.fill([...em.support.slice(0, -1), newItem].join("\n"));
  await page.getByRole("button", { name: "Save sections" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sections saved to the draft." })).toBeVisible();

  // Strategic perspective: from "Leader of leaders" down to "First-time leader"; the row shows what that stage asks for.
  const strategic = stageSelect(page, "Strategic perspective");
  await expect(chosenOption(strategic)).toHaveText("Leader of leaders");
  const expectationCell = page.getByRole("row", { name: /^Strategic perspective/ }).getByRole("cell").last();
  const before = await expectationCell.textContent();
  await strategic.selectOption({ label: "First-time leader" });
  await expect(expectationCell).not.toHaveText(before ?? "");
  await expect(expectationCell).not.toBeEmpty();
  await page.getByRole("button", { name: "Save required competencies" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Required competencies saved to the draft." })).toBeVisible();
  // What was typed stays in the other form after a save.
  await expect(support).toHaveValue(new RegExp(newItem));
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-charter-draft");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/\?version=2&published=1$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Version 2/ })).toContainText("Published");
  await expect(page.getByRole("status").filter({ hasText: "Version 2 is published." })).toBeVisible();
  await expect(page.getByText(newItem)).toBeVisible();

  const compare = page.getByRole("region", { name: "Compare versions" });
  await compare.getByRole("combobox", { name: "Older version" }).selectOption({ label: "Version 1 (published)" });
  await compare.getByRole("combobox", { name: "Newer version" }).selectOption({ label: "Version 2 (published)" });
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/compare=1&with=2/);
  await expect(compare.getByRole("heading", { level: 3 })).toHaveText("From version 1 to version 2: 3 changes");
  await expect(compare.getByRole("region").getByRole("heading", { level: 4 })).toHaveText(["Support available", "Required competencies"]);
  const supportChanges = compare.getByRole("region", { name: "Support available" }).getByRole("listitem");
  await expect(supportChanges).toHaveText([`Removed ${oldItem}`, `Added ${newItem}`]);
  const requiredChanges = compare.getByRole("region", { name: "Required competencies" }).getByRole("listitem");
  await expect(requiredChanges).toHaveText([/^Stage lowered Strategic perspective at Leader of leaders \(develop ahead\)\W+becomes Strategic perspective at First-time leader \(develop ahead\)$/]);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-charter-compare");

  const history = page.getByRole("region", { name: "History" }).getByRole("listitem");
  await expect(history.filter({ hasText: "Published version 2 of the Engineering Manager charter" })).toContainText(ACCOUNTS.hr.name);
  await expect(history.filter({ hasText: "Started draft version 2 of the Engineering Manager charter from version 1" })).toHaveCount(1);

  await page.goto("/hr/roles");
  await expect(roleRow(page, "Engineering Manager").getByRole("cell").nth(4)).toHaveText("Published v2");
});

test("HR starts a charter for a new role, cannot publish it unfinished, previews a move to a newer framework version, then discards it", async ({ page }) => {
  test.slow();
  const title = `Platform Lead ${unique("role")}`;
  await page.goto("/hr/roles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("combobox", { name: "Track" }).selectOption({ label: "People leader" });
  await page.getByRole("combobox", { name: "Career stage" }).selectOption({ label: "First-time leader" });
  await page.getByRole("combobox", { name: "Usually follows" }).selectOption({ label: "Senior Software Engineer" });
  await page.getByRole("button", { name: "Add job role" }).click();
  await expect(page).toHaveURL("/hr/roles?saved=1");
  await expect(roleRow(page, title).getByRole("cell").nth(4)).toHaveText("Not started");

  await roleRow(page, title).getByRole("link", { name: title, exact: true }).click();
  const card = page.getByRole("region", { name: "Role charter" });
  await expect(card).toContainText("Not started.");
  await card.getByRole("button", { name: "Start the charter" }).click();
  await expect(page).toHaveURL(/\/hr\/roles\/[^/]+\/charter$/);
  const charterPath = new URL(page.url()).pathname;

  // The new draft takes the framework version of the charter of the role it usually follows, and is empty.
  await expect(page.getByRole("heading", { level: 2, name: /^Version 1/ })).toContainText("Draft");
  await expect(page.getByText("Required competencies from: Expert to leader, version 1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();
  await expect(problemsHeading(page)).toHaveText("Before this draft can be published, 12 things need finishing:");
  await expect(page.getByRole("listitem").filter({ hasText: "Purpose: Write this section." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Required competencies: Choose the stage the role expects for at least one competency." })).toBeVisible();

  // A line too long for one item is refused next to its field, and the text stays.
  const tooLong = `Runs the platform ${"and more ".repeat(60)}`;
  await page.getByLabel("Accountabilities").fill(`Keeps the platform dependable\n${tooLong}`);
  await page.getByLabel("Purpose").fill("Leads the platform team.");
  await page.getByRole("button", { name: "Save sections" }).click();
  await expect(page.getByLabel("Accountabilities")).toHaveAccessibleDescription(/Keep each item of accountabilities to 500 characters or fewer/);
  await expect(page.getByLabel("Accountabilities")).toHaveValue(`Keeps the platform dependable\n${tooLong}`);
  await page.getByLabel("Accountabilities").fill("Keeps the platform dependable");
  await page.getByRole("button", { name: "Save sections" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sections saved to the draft." })).toBeVisible();

  await stageSelect(page, "Self-awareness").selectOption({ label: "First-time leader" });
  await page.getByRole("checkbox", { name: "Develop Strategic perspective ahead of the role" }).check();
  await page.getByRole("button", { name: "Save required competencies" }).click();
  await expect(page.getByText("Choose a stage for a competency before marking it to be developed ahead of the role.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Develop Strategic perspective ahead of the role" }).uncheck();
  await page.getByRole("button", { name: "Save required competencies" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Required competencies saved to the draft." })).toBeVisible();
  await expect(problemsHeading(page)).toHaveText("Before this draft can be published, 9 things need finishing:");

  // The framework gets a version 2; the charter keeps version 1 until HR moves it.
  await page.goto("/hr/frameworks");
  await page.getByRole("link", { name: "Expert to leader", exact: true }).click();
  const frameworkVersions = page.getByRole("navigation", { name: "Versions" });
  await expect(frameworkVersions).toContainText(/Used by \d+ charter versions/);
  await page.getByRole("button", { name: "New draft from version 1" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 2 is published." })).toBeVisible();
  await expect(frameworkVersions.getByText(/^Used by/)).toHaveCount(1);
  await saveScreenshot(page, "hr-framework-charter-usage");

  await page.goto(charterPath);
  await expect(page.getByText("Required competencies from: Expert to leader, version 1")).toBeVisible();
  await page.getByRole("combobox", { name: "Move to another framework version" }).selectOption({ label: "Expert to leader, version 2" });
  await page.getByRole("button", { name: "Preview the change" }).click();
  await expect(page).toHaveURL(/moveTo=/);
  const preview = page.getByRole("region", { name: "Moving from Expert to leader, version 1 to Expert to leader, version 2" });
  await expect(preview.getByRole("list", { name: "Carried over" }).getByRole("listitem")).toHaveText(["Self-awareness at First-time leader"]);
  await expect(preview).toContainText("None: every required competency has a place in the new version.");
  await expect(preview).toContainText("None: the competencies and stages this charter requires read the same in both versions.");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-charter-move-preview");

  await preview.getByRole("button", { name: "Move to Expert to leader, version 2" }).click();
  await expect(page).toHaveURL(/moved=1$/);
  await expect(page.getByRole("status").filter({ hasText: "The required competencies now come from Expert to leader, version 2." })).toBeVisible();
  await expect(page.getByText("Required competencies from: Expert to leader, version 2")).toBeVisible();
  await expect(chosenOption(stageSelect(page, "Self-awareness"))).toHaveText("First-time leader");

  // The charter has never been published, so discarding its draft removes it.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("button", { name: "Yes, discard draft" }).click();
  await expect(page).toHaveURL(/\/hr\/roles\/[^/?]+\?discarded=1$/);
  await expect(page.getByRole("status").filter({ hasText: "The charter draft was discarded." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Role charter" }).getByRole("button", { name: "Start the charter" })).toBeVisible();
});

test("only HR may open a role's charter workspace", async ({ page, browser, baseURL }) => {
  await page.goto("/hr/roles");
  await roleRow(page, "Staff Engineer").getByRole("link", { name: /^Published/ }).click();
  await expect(page).toHaveURL(/\/hr\/roles\/[^/]+\/charter$/);
  const path = new URL(page.url()).pathname;

  const manager = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
  try {
    await manager.page.goto(path);
    await expect(manager.page).toHaveURL("/forbidden");
    await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("This page is not part of your role");
  } finally {
    await manager.context.close();
  }
});
