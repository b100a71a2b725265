import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { DEMO_LEADER_INDUCTION } from "@/prisma/demo-inductions";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";

/**
 * A running induction, end to end on the demo data: the demo leader (Lena Park, 40 days into
 * becoming an Engineering Manager) ticks an item off with evidence and writes a reflection she
 * shares with her manager; the manager (Mark Osei) signs off what waits for him and reads the
 * shared reflection; her coach follows the induction without controls or that reflection; HR
 * sees the progress and who did what when, waives an item with a reason, adds one and removes it.
 * The steps build on each other, so they run in order.
 */
test.describe.configure({ mode: "serial" });

const PRACTICE = "Practise: ask before you answer";
const PROMPT = "What kind of leader are you becoming?";
const AWAITING = DEMO_LEADER_INDUCTION.awaitingSignOff[0] ?? "";
const WAIVED = "Book a place on the first-line leadership course";
const EVIDENCE = "Held back in three design discussions; two people proposed better options than mine.";
const REFLECTION = `Less the person with the answers, more the one with the questions. ${unique("note")}`;
const DATE = String.raw`\d{1,2} [A-Z][a-z]+ \d{4}`;

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The card of one item in the plan, found by its heading. */
function itemCard(page: Page, title: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

const line = (text: string) => new RegExp(`^${text}$`);

/** The leader's page as her manager and coach open it: /team/<her id>. */
let leadersPage = "";

test.describe("the leader", () => {
  test.use({ as: "leader" });

  test("ticks an item off with evidence, and writes a reflection she shares with her manager", async ({ page }) => {
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My transition");
    await expect(page.getByRole("progressbar", { name: "Whole induction: progress" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Overdue and due this week" })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-leader-me");

    const practice = itemCard(page, PRACTICE);
    await expect(practice).toContainText("Due this week");
    await practice.locator("summary", { hasText: "Add evidence" }).click();
    await practice.getByLabel("Note").fill(EVIDENCE);
    await practice.getByLabel("Link (optional)").fill("javascript:alert(1)");
    await practice.getByRole("button", { name: "Add evidence" }).click();
    await expect(practice.getByText(/Enter a web address that starts with https:\/\//)).toBeVisible();
    await expectNoAxeViolations(page);
    await practice.getByLabel("Link (optional)").fill("https://wiki.example.com/lena/ask-first");
    await practice.getByRole("button", { name: "Add evidence" }).click();
    await expect(practice.getByRole("link", { name: /wiki\.example\.com\/lena\/ask-first/ })).toBeVisible();
    await expect(practice.getByLabel("Note")).toHaveValue("");
    await practice.getByRole("button", { name: "Mark as done" }).click();
    await expect(practice.getByText(line(`Done by ${ACCOUNTS.leader.name} on ${DATE}\\.`))).toBeVisible();
    await expect(practice.getByRole("button", { name: "Reopen" })).toBeVisible();
    // What the organisation owes her is on her page, without controls for her.
    await expect(itemCard(page, WAIVED).getByRole("button")).toHaveCount(0);
    await saveScreenshot(page, "journey-leader-me-after-tick");

    await itemCard(page, PROMPT).getByRole("link", { name: "Write your reflection" }).click();
    await expect(page).toHaveURL(/\/me\/reflections#prompt-/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My reflections");
    const prompt = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: PROMPT }) });
    await prompt.getByRole("button", { name: "Save reflection" }).click();
    await expect(prompt.getByText("Write your reflection", { exact: true })).toBeVisible();
    await prompt.getByLabel("Your reflection").fill(REFLECTION);
    await prompt.getByRole("checkbox", { name: `My manager, ${ACCOUNTS.manager.name}` }).check();
    await prompt.getByRole("button", { name: "Save reflection" }).click();
    await expect(prompt.getByRole("status")).toContainText("Your reflection is saved.");
    await expect(prompt).toContainText(`Shared with ${ACCOUNTS.manager.name}.`);
    await expect(prompt.getByRole("button", { name: "Save changes" })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-leader-reflections");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My tasks" }).click();
    await expect(page).toHaveURL("/tasks");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My tasks");
    await expect(page.getByRole("heading", { level: 2, name: /^Waiting for your sign-off/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-leader-tasks");
  });
});

test.describe("the manager", () => {
  test.use({ as: "manager" });

  test("signs off what waits for him and reads the reflection shared with him", async ({ page }) => {
    await page.goto("/tasks");
    const signOffs = page.getByRole("table", { name: "Items waiting for your sign-off" });
    await expect(signOffs.getByRole("row").filter({ hasText: AWAITING })).toContainText(ACCOUNTS.leader.name);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-manager-tasks");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My team" }).click();
    const row = page.getByRole("row").filter({ hasText: ACCOUNTS.leader.name });
    await expect(row.getByRole("progressbar")).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-manager-team");
    await row.getByRole("link", { name: ACCOUNTS.leader.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACCOUNTS.leader.name);
    leadersPage = new URL(page.url()).pathname;

    const awaiting = itemCard(page, AWAITING);
    await expect(awaiting).toContainText("Done, waiting for sign-off");
    await expect(itemCard(page, PRACTICE)).toContainText(EVIDENCE);
    await expect(itemCard(page, PRACTICE).getByRole("button")).toHaveCount(0);
    await saveScreenshot(page, "journey-manager-report-before");
    await awaiting.getByRole("button", { name: "Sign off" }).click();
    await expect(awaiting.getByText(line(`Signed off by ${ACCOUNTS.manager.name} on ${DATE}\\.`))).toBeVisible();
    await expect(awaiting).toContainText("Done and signed off");

    const shared = page.getByRole("region", { name: "Reflections shared with you" });
    await expect(shared.getByRole("heading", { level: 3, name: PROMPT })).toBeVisible();
    await expect(shared).toContainText(REFLECTION);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-manager-report-after");

    await page.goto("/tasks");
    await expect(page.getByRole("table", { name: "Items waiting for your sign-off" }).getByText(AWAITING)).toHaveCount(0);
  });
});

test.describe("the coach", () => {
  test.use({ as: "coach" });

  test("follows the induction he supports, without the manager's controls or what was shared only with the manager", async ({ page }) => {
    expect(leadersPage, "the manager's step found the leader's page").toMatch(/^\/team\/[^/]+$/);
    await page.goto(leadersPage);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACCOUNTS.leader.name);
    await expect(itemCard(page, AWAITING)).toContainText("Done and signed off");
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Reflections shared with you" })).toContainText(`${ACCOUNTS.leader.name} has not shared a reflection with you yet.`);
    await expect(page.getByText(REFLECTION)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-coach-report");

    await page.goto("/tasks");
    await expect(page.getByText("Nothing of yours is overdue and nothing falls due in the next seven days.")).toBeVisible();
    await saveScreenshot(page, "journey-coach-tasks");
  });
});

test.describe("HR", () => {
  test.use({ as: "hr" });

  test("sees the progress and who did what, waives an item with a reason, and adds and removes an item", async ({ page }) => {
    await page.goto("/hr/cohorts");
    await page.getByRole("link", { name: ACCOUNTS.leader.name }).first().click();
    await expect(page).toHaveURL(/\/hr\/enrolments\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ACCOUNTS.leader.name);
    await expect(page.getByRole("progressbar", { name: "Whole induction: progress" })).toBeVisible();
    await expect(itemCard(page, AWAITING).getByText(line(`Signed off by ${ACCOUNTS.manager.name} on ${DATE}\\.`))).toBeVisible();
    await expect(itemCard(page, PRACTICE).getByText(line(`Done by ${ACCOUNTS.leader.name} on ${DATE}\\.`))).toBeVisible();
    await expect(page.getByRole("region", { name: "Reflections", exact: true })).toContainText("HR does not read them");
    await expect(page.getByText(REFLECTION)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-hr-enrolment");

    const waived = itemCard(page, WAIVED);
    await waived.locator("summary", { hasText: "Waive this item" }).click();
    await waived.getByRole("button", { name: "Waive item" }).click();
    await expect(waived.getByText("Give the reason for waiving this item")).toBeVisible();
    await waived.getByLabel("Reason for waiving").fill("Lena took the same course last spring.");
    await waived.getByRole("button", { name: "Waive item" }).click();
    await expect(waived.getByText(line(`Waived by ${ACCOUNTS.hr.name} on ${DATE}: Lena took the same course last spring\\.`))).toBeVisible();
    await expect(waived).toContainText("Waived");

    const added = `Meet the finance business partner ${unique("item")}`;
    const form = page.getByRole("region", { name: "Add an item to this induction" });
    await form.getByRole("button", { name: "Add item" }).click();
    await expect(form.getByText("Enter a title")).toBeVisible();
    await form.getByLabel("Title").fill(added);
    await form.getByRole("combobox", { name: "Who does it" }).selectOption({ label: "New leader" });
    await form.getByLabel("Due date").fill("2027-01-29");
    await form.getByRole("button", { name: "Add item" }).click();
    const addedCard = itemCard(page, added);
    await expect(addedCard).toContainText("due 29 January 2027");
    await expect(form.getByRole("status")).toContainText("Item added to this induction.");
    await expect(form.getByLabel("Title")).toHaveValue("");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-hr-enrolment-after");
    await addedCard.getByRole("button", { name: "Remove item" }).click();
    await addedCard.getByRole("button", { name: "Yes, remove item" }).click();
    await expect(itemCard(page, added)).toHaveCount(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My tasks" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My tasks");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "journey-hr-tasks");
  });
});

test.describe("a new leader HR has not enrolled yet", () => {
  test.use({ as: "hr" });

  test("sees where their induction, reflections and tasks will appear", async ({ page, browser, baseURL }) => {
    const person = { name: `Nia ${unique("Notyet")}`, email: `${unique("nia")}@demo.test`, password: "temporary-password-123" };
    await page.goto("/hr/people/new");
    await page.getByLabel("Full name").fill(person.name);
    await page.getByLabel("Email", { exact: true }).fill(person.email);
    await page.getByRole("checkbox", { name: /^New leader/ }).check();
    await page.getByLabel("Temporary password (optional)").fill(person.password);
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${person.name} has been added.` })).toBeVisible();

    const { context, page: theirs } = await newSignedInPage(browser, baseURL, person.email, person.password);
    await expect(theirs).toHaveURL("/me");
    await expect(theirs.getByText("HR has not enrolled you in an induction yet.")).toBeVisible();
    await expectNoAxeViolations(theirs);
    await saveScreenshot(theirs, "journey-unenrolled-me");
    await theirs.goto("/me/reflections");
    await expect(theirs.getByText("HR has not enrolled you in an induction yet, so there are no prompts to reflect on.")).toBeVisible();
    await saveScreenshot(theirs, "journey-unenrolled-reflections");
    await context.close();
  });
});
