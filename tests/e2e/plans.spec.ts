import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test } from "./fixtures";

/**
 * Development plans. The demo leader, Lena Park, starts from the demo plan (one action of each
 * kind of learning), adds a goal from the suggestions, adds a course and is told most of her plan
 * is courses, adds stretch work, marks it done and takes the course out again, watching the
 * chart, its table and the verdict follow. Her manager and HR read the plan without controls;
 * another manager is told there is no such page. The actions this adds stay in her plan, which
 * later specs do not read.
 */

const TABLE = "The plan's actions by kind of learning, against 70/20/10";
const COURSE = "Short course: leading through change";
const STRETCH = ["Lead the team's planning for next quarter", "Chair the next incident review"];
const RENAMED = "Lead the team's planning for the next two quarters";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const balance = (page: Page) => page.getByRole("region", { name: "Balance: 70/20/10" });
const verdict = (page: Page) => balance(page).getByRole("status");

/** The figures table's row for one kind of learning: actions, done, share, target. */
const figures = (page: Page, kind: string) => balance(page).getByRole("table", { name: TABLE }).getByRole("row", { name: new RegExp(`^${kind}`) }).getByRole("cell");

async function addAction(page: Page, data: { title: string; kind: string; goal: string }) {
  const form = page.getByRole("region", { name: "Add an action" });
  await form.getByLabel("What you will do").fill(data.title);
  await form.getByRole("radio", { name: new RegExp(`^${data.kind}`) }).check();
  await form.getByLabel("Goal it serves").selectOption({ label: data.goal });
  await form.getByRole("button", { name: "Add action" }).click();
  await expect(form.getByRole("status")).toHaveText("Action added.");
  await expect(page.getByRole("region", { name: "Goals and actions" }).getByText(data.title, { exact: true })).toBeVisible();
}

async function personId(browser: Parameters<typeof newSignedInPage>[0], baseURL: string | undefined, name: string) {
  const hr = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await hr.page.goto(`/hr/people?q=${encodeURIComponent(name.split(" ")[0] ?? name)}`);
  await hr.page.getByRole("link", { name }).click();
  await expect(hr.page).toHaveURL(/\/hr\/people\/[^/]+$/);
  const id = new URL(hr.page.url()).pathname.split("/").at(-1) ?? "";
  await hr.context.close();
  return id;
}

test.describe("the leader's plan", () => {
  test.use({ as: "leader" });

  test("Lena builds her plan and the balance chart and verdict follow", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/me/plan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My development plan");
    await expect(page.getByRole("navigation", { name: "My transition" }).getByRole("link", { name: "Development plan" })).toHaveAttribute("aria-current", "page");
    // The demo plan: one action of each kind, so courses are 33%.
    await expect(verdict(page)).toHaveText("Courses are 33% of this plan, against about 10%: swap one for stretch work, or for time with a coach or mentor.");
    await expect(figures(page, "Learning by doing")).toHaveText(["1", "0", "34%", "70%"]);
    await saveScreenshot(page, "plans-leader-start");
    await expectNoAxeViolations(page);

    // A goal from the first suggestion, tied to its competency.
    const suggestions = page.getByRole("region", { name: "Suggested goals" });
    const suggestion = suggestions.getByRole("button", { name: /^Add as a goal: / }).first();
    const competency = ((await suggestion.getAttribute("aria-label")) ?? "").replace("Add as a goal: ", "");
    expect(competency).not.toBe("");
    await suggestion.click();
    const goal = page.getByRole("region", { name: competency, exact: true });
    await expect(goal.getByRole("heading", { level: 3 })).toHaveText(competency);
    await expect(goal.getByText(`Competency: ${competency}`)).toBeVisible();
    await expect(suggestions.getByRole("button", { name: `Add as a goal: ${competency}` })).toHaveCount(0);

    // One more course and courses are the largest share.
    await addAction(page, { title: COURSE, kind: "Courses and reading", goal: competency });
    await expect(verdict(page)).toHaveText("Most of this plan is courses: people learn most from doing, so add stretch work.");
    await expect(figures(page, "Courses and reading")).toHaveText(["2", "1", "50%", "10%"]);
    await saveScreenshot(page, "plans-leader-courses");

    // Stretch work moves the chart: doing goes from 25% to 50%.
    for (const title of STRETCH) await addAction(page, { title, kind: "Learning by doing", goal: competency });
    await expect(figures(page, "Learning by doing")).toHaveText(["3", "0", "50%", "70%"]);
    await expect(verdict(page)).toHaveText(/^Courses are 33% of this plan/);
    await goal.getByRole("button", { name: `Mark done: ${STRETCH[1]}` }).click();
    await expect(figures(page, "Learning by doing")).toHaveText(["3", "1", "50%", "70%"]);

    // Changing an action in place: a clearer title.
    const editing = goal.locator("details", { has: page.locator("summary", { hasText: `Edit: ${STRETCH[0]}` }) });
    await editing.locator("summary").click();
    await editing.getByLabel("What you will do").fill(RENAMED);
    await saveScreenshot(page, "plans-leader-editing");
    await editing.getByRole("button", { name: "Save action" }).click();
    await expect(goal.getByText(RENAMED, { exact: true })).toBeVisible();
    await expect(goal.getByText(STRETCH[0] ?? "", { exact: true })).toHaveCount(0);

    // Taking the course out again balances the plan: 60/20/20.
    await goal.getByRole("button", { name: `Remove: ${COURSE}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Remove action" }).click();
    await expect(verdict(page)).toHaveText("Balanced: close to 70/20/10.");
    await expect(figures(page, "Learning by doing")).toHaveText(["3", "1", "60%", "70%"]);
    await expect(figures(page, "Learning from other people")).toHaveText(["1", "0", "20%", "20%"]);
    await expect(figures(page, "Courses and reading")).toHaveText(["1", "1", "20%", "10%"]);
    await expect(balance(page).getByRole("img")).toHaveAttribute("aria-label", /doing 60% against 70%, from others 20% against 20%, courses 20% against 10%/);
    await saveScreenshot(page, "plans-leader-balanced");
    await expectNoAxeViolations(page);
  });

  test("a goal without a title is refused next to the field, keeping the chosen competency", async ({ page }) => {
    await page.goto("/me/plan");
    const form = page.getByRole("region", { name: "Add a goal" });
    const competency = form.getByLabel("Competency it develops");
    const choice = (await competency.locator("option").nth(1).textContent()) ?? "";
    await competency.selectOption({ label: choice });
    await form.getByRole("button", { name: "Add goal" }).click();
    await expect(form.getByLabel("Goal", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Enter a title for the goal")).toBeVisible();
    await expect(competency.locator("option:checked")).toHaveText(choice);
    await expectNoAxeViolations(page);
  });
});

test("a new leader without a plan is shown where to start", async ({ browser, baseURL }) => {
  const elena = await newSignedInPage(browser, baseURL, "elena.rossi@demo.test");
  await elena.page.goto("/me/plan");
  await expect(verdict(elena.page)).toHaveText(/^Nothing to weigh yet/);
  await expect(elena.page.getByText("Your plan is empty.", { exact: false })).toBeVisible();
  await expect(figures(elena.page, "Learning by doing")).toHaveText(["0", "0", "0%", "70%"]);
  await expect(elena.page.getByRole("region", { name: "Suggested goals" }).getByRole("button", { name: /^Add as a goal: / })).toHaveCount(3);
  await saveScreenshot(elena.page, "plans-leader-empty");
  await expectNoAxeViolations(elena.page);
  await elena.context.close();
});

test("her manager and HR read the plan without controls; other managers are told it is not there", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const lenaId = await personId(browser, baseURL, "Lena Park");

  const manager = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
  await manager.page.goto(`/team/${lenaId}/plan`);
  await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Lena Park's development plan");
  await expect(manager.page.getByRole("heading", { name: "Let the team solve what I used to solve myself" })).toBeVisible();
  await expect(verdict(manager.page)).not.toBeEmpty();
  await expect(manager.page.getByRole("main").getByRole("button", { name: /^(Remove|Mark done|Start|Reopen|Add)/ })).toHaveCount(0);
  await expect(manager.page.getByRole("heading", { name: "Add an action" })).toHaveCount(0);
  await saveScreenshot(manager.page, "plans-manager-reads");
  await expectNoAxeViolations(manager.page);

  // A report of his whose plan leans on courses says so.
  const sofiaId = await personId(browser, baseURL, "Sofia Marín");
  await manager.page.goto(`/team/${sofiaId}/plan`);
  await expect(verdict(manager.page)).toHaveText("Most of this plan is courses: people learn most from doing, so add stretch work.");
  await saveScreenshot(manager.page, "plans-manager-course-heavy");
  await manager.context.close();

  const hr = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await hr.page.goto(`/hr/people/${lenaId}`);
  await hr.page.getByRole("link", { name: "Development plan" }).click();
  await expect(hr.page).toHaveURL(`/hr/people/${lenaId}/plan`);
  await expect(hr.page.getByRole("heading", { level: 1 })).toHaveText("Lena Park's development plan");
  await expect(hr.page.getByRole("heading", { name: "Add an action" })).toHaveCount(0);
  await saveScreenshot(hr.page, "plans-hr-reads");
  await expectNoAxeViolations(hr.page);
  await hr.context.close();

  const other = await newSignedInPage(browser, baseURL, "nadia.petrova@demo.test");
  const response = await other.page.goto(`/team/${lenaId}/plan`);
  expect(response?.status()).toBe(404);
  await other.context.close();
});
