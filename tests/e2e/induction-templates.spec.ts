import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { findBuiltInSection } from "@/lib/inductions/mindset-library";
import { expect, saveScreenshot, test, unique } from "./fixtures";

/** HR builds an induction template for the demo Engineering Manager role, and writes a mindset section of their own. */

test.use({ as: "hr" });

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const phase = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const itemsOf = (page: Page, name: string) => phase(page, name).getByRole("list", { name: `Items in ${name}` }).getByRole("listitem");
const status = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const disclosure = (page: Page, phaseName: string, summary: string) => phase(page, phaseName).locator("details").filter({ hasText: `${summary} ${phaseName}` });

test("HR creates a template for Engineering Manager, adds an organisation item with sign-off and a mindset section, and reorders items", async ({ page }) => {
  test.slow();
  const name = `Engineering Manager induction ${unique("t")}`;
  await page.goto("/hr/inductions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inductions");
  await expect(page.getByRole("heading", { name: "Mindset-shift library" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "From personal competence to organisational capacity: results through others" })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-inductions-list");

  // A refused form keeps what was typed and says what is wrong next to the field.
  await page.getByRole("link", { name: "New template" }).click();
  await expect(page).toHaveURL("/hr/inductions/new");
  await page.getByLabel("Description").fill("The first ninety days of leading a team.");
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Enter a name");
  await expect(page.getByLabel("Description")).toHaveValue("The first ninety days of leading a team.");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-induction-new-refused");

  await page.getByLabel("Name").fill(name);
  await page.getByRole("combobox", { name: "Job role" }).selectOption({ label: "Engineering Manager" });
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page).toHaveURL(/\/hr\/inductions\/[^/?]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: /^(Before the start date|First 30 days|Days 31–60|Days 61–90)$/ })).toHaveText([
    "Before the start date",
    "First 30 days",
    "Days 31–60",
    "Days 61–90",
  ]);

  // Something the organisation owes the new leader, linked to a competency of the role's charter, signed off when done.
  const first = disclosure(page, "First 30 days", "Add an item to");
  await first.getByText("Add an item to First 30 days").click();
  await first.getByLabel("Title").fill("Give the new leader access to the team's budget and rotas");
  await first.getByRole("combobox", { name: "Who does it" }).selectOption({ label: "The organisation" });
  await first.getByLabel("Due (days from the start date)").fill("3");
  const competency = first.getByRole("combobox", { name: "Competency it develops" });
  await competency.selectOption({ index: 1 });
  const competencyName = ((await competency.locator("option:checked").textContent()) ?? "").replace(/ \(.*\)$/, "");
  await first.getByRole("checkbox", { name: /Needs sign-off/ }).check();
  await first.getByRole("button", { name: "Add item" }).click();
  await expect(status(page, "Item added.")).toBeVisible();
  await expect(itemsOf(page, "First 30 days")).toHaveCount(1);
  const added = itemsOf(page, "First 30 days").first();
  await expect(added).toContainText("The organisation");
  await expect(added).toContainText("Needs sign-off");
  await expect(added).toContainText("3 days after the start date");
  await expect(added).toContainText(competencyName);
  // The form is empty again for the next item.
  await expect(first.getByLabel("Title")).toHaveValue("");

  await first.getByLabel("Title").fill("Hold a first one-to-one with each person in the team");
  await first.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Conversation" });
  await first.getByRole("button", { name: "Add item" }).click();
  await expect(itemsOf(page, "First 30 days")).toHaveCount(2);
  await expect(page.getByText("What the new leader does").locator("..")).toContainText("1 item");
  await expect(page.getByText("What the organisation owes them").locator("..")).toContainText("1 item");

  // Reordering with the keyboard: the moved item keeps the focus.
  const moveUp = page.getByRole("button", { name: "Move Hold a first one-to-one with each person in the team up" });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(itemsOf(page, "First 30 days").first()).toContainText("Hold a first one-to-one");
  await expect(itemsOf(page, "First 30 days").last()).toContainText("Give the new leader access");
  await expect(page.getByRole("button", { name: "Move Hold a first one-to-one with each person in the team down" })).toBeFocused();

  // A built-in mindset section: one practice per practice, one reflection per prompt, all the new leader's.
  const section = findBuiltInSection("developing-people");
  if (!section) throw new Error("The built-in library has no developing-people section");
  const later = disclosure(page, "Days 31–60", "Add a mindset section to");
  await later.getByText("Add a mindset section to Days 31–60").click();
  await later.getByRole("combobox", { name: "Mindset section" }).selectOption({ label: `Mindset shifts: ${section.title}` });
  await later.getByLabel("Due (days from the start date)").fill("45");
  await later.getByRole("button", { name: "Add section" }).click();
  const count = section.practices.length + section.prompts.length;
  await expect(status(page, `Added ${count} items from the mindset section.`)).toBeVisible();
  await expect(itemsOf(page, "Days 31–60")).toHaveCount(count);
  await expect(itemsOf(page, "Days 31–60").first()).toContainText(section.practices[0] ?? "");
  await expect(itemsOf(page, "Days 31–60").last()).toContainText("Reflection");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-induction-editor");

  // One side at a time.
  await page.getByRole("link", { name: "What the organisation owes" }).click();
  await expect(page).toHaveURL(/\?show=organisation$/);
  await expect(page.getByRole("listitem").filter({ hasText: "Needs sign-off" })).toHaveCount(1);
  await expect(itemsOf(page, "Days 31–60")).toHaveCount(0);
  await saveScreenshot(page, "hr-induction-editor-organisation-side");
  await page.getByRole("link", { name: "All items" }).click();
  await expect(page).toHaveURL(/\/hr\/inductions\/[^/?]+$/);
  await expect(itemsOf(page, "Days 31–60")).toHaveCount(count);

  // Editing an item opens its form in place.
  await page.getByRole("link", { name: "Edit Give the new leader access to the team's budget and rotas" }).click();
  const editing = itemsOf(page, "First 30 days").last();
  await editing.getByLabel("Title").fill("Give the new leader access to the budget, rotas and hiring plan");
  await editing.getByRole("button", { name: "Save item" }).click();
  await expect(status(page, "Item saved.")).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-induction-item-edit");
  await editing.getByRole("link", { name: "Close" }).click();
  await expect(itemsOf(page, "First 30 days").last()).toContainText("Give the new leader access to the budget, rotas and hiring plan");

  // Deleting asks first, and says running inductions are copies.
  await page.getByRole("button", { name: "Delete template" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Inductions already made from it are copies");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await saveScreenshot(page, "hr-induction-delete-dialog");
  await dialog.getByRole("button", { name: "Delete template" }).click();
  await expect(page).toHaveURL("/hr/inductions?deleted=1");
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
});

test("HR writes a mindset section of their own and finds it in the library", async ({ page }) => {
  const title = `Listening first ${unique("s")}`;
  await page.goto("/hr/inductions/library");
  await page.getByRole("link", { name: "Write a section" }).first().click();
  await expect(page).toHaveURL("/hr/inductions/library/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByLabel("Practices")).toHaveAccessibleDescription(/Write at least one practice/);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-mindset-section-refused");

  await page.getByLabel("Practices").fill("Ask two questions before giving an answer\nSummarise what you heard before replying");
  await page.getByLabel("Reflection prompts").fill("Who do you interrupt most, and why?");
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page).toHaveURL("/hr/inductions/library?saved=1");
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-mindset-library");

  await page.getByRole("link", { name: `Edit ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByLabel("Practices")).toHaveValue("Ask two questions before giving an answer\nSummarise what you heard before replying");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, "hr-mindset-section-edit");
});
