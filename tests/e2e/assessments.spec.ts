import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test } from "./fixtures";

/**
 * The demo leader, Lena Park (Engineering Manager, whose charter is published in the demo
 * seed), rates herself; her manager, Mark Osei, rates her; both see the radar chart and the
 * table that gives its figures. Both take check-ins, which can be taken any number of times,
 * so the start and end of any induction stay open for the other browser tests.
 */

const STANDING_TABLE = "Levels on each competency: expected, latest self-rating, latest manager's rating and the gap";
/** Lena's levels on her competencies in turn; her manager rates every one 3 ("Proficient"). */
const SELF_LEVELS = [2, 3, 1];
const selfLevel = (index: number) => SELF_LEVELS[index % SELF_LEVELS.length] ?? 1;

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The radio group of each competency in the form. */
function competencyGroups(form: Locator) {
  return form.getByRole("radiogroup").filter({ has: form.page().locator('input[type="radio"][name^="rating-"]') });
}

async function rateAll(form: Locator, level: (index: number) => number) {
  const groups = competencyGroups(form);
  const count = await groups.count();
  expect(count, "the Engineering Manager charter requires competencies").toBeGreaterThan(2);
  for (let index = 0; index < count; index += 1) {
    await groups.nth(index).getByRole("radio", { name: new RegExp(`^${level(index)}\\. `) }).check();
  }
  return count;
}

/** The standing table's row for a competency: its cells are expected, self, manager, gap. */
function standingRow(page: Page, competency: string) {
  return page
    .getByRole("table", { name: STANDING_TABLE })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${competency}`) }) });
}

async function expectChart(page: Page, series: string[]) {
  const figure = page.getByRole("figure", { name: "Self, manager and expected" });
  await expect(figure.getByRole("img", { name: /^Radar chart of/ })).toHaveAttribute("aria-label", new RegExp(`^Radar chart of ${series.map((name) => name.toLowerCase()).join(", ").replace(/[()]/g, "\\$&")} on each competency`));
  await expect(figure.locator(".recharts-radar")).toHaveCount(series.length);
  await expect(figure.locator("[data-legend] li")).toHaveText(series);
}

test("the demo leader self-assesses, her manager assesses her, and the chart and its table show both", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const hr = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await hr.page.goto("/hr/people?q=Lena");
  await hr.page.getByRole("link", { name: "Lena Park" }).click();
  await expect(hr.page).toHaveURL(/\/hr\/people\/[^/]+$/);
  const lenaId = new URL(hr.page.url()).pathname.split("/").at(-1) ?? "";
  await hr.context.close();

  // The leader: nothing rated yet, a refused empty form, then her check-in.
  const leader = await newSignedInPage(browser, baseURL, ACCOUNTS.leader.email);
  const page = leader.page;
  await page.goto("/me/assessment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My assessment");
  await expect(page.getByText(/^Charter version \d+/)).toBeVisible();
  const form = page.getByRole("region", { name: "Take your self-assessment" });
  await expect(competencyGroups(form).first()).toContainText("the role expects Proficient (3 of 4)");
  await saveScreenshot(page, "assessment-leader-start");

  await form.getByRole("button", { name: "Record my self-assessment" }).click();
  await expect(form.getByRole("status")).toContainText(/Rate every competency: \d+ are still to rate\./);
  const firstGroup = competencyGroups(form).first();
  await expect(firstGroup).toHaveAttribute("aria-invalid", "true");
  await expect(firstGroup).toContainText("Choose a level for Self-awareness.");
  await saveScreenshot(page, "assessment-leader-refused");

  await form.getByRole("radio", { name: /^Check-in/ }).check();
  const count = await rateAll(form, selfLevel);
  await form.getByRole("button", { name: "Record my self-assessment" }).click();
  await expect(page).toHaveURL("/me/assessment?recorded=1");
  await expect(page.getByRole("status").filter({ hasText: "Your self-assessment is recorded." })).toBeVisible();
  await expect(standingRow(page, "Self-awareness").getByRole("cell")).toHaveText(["3 Proficient", "2 Developing", "Not rated", /^1 below/]);
  await expect(standingRow(page, "Self-management").getByRole("cell")).toHaveText(["3 Proficient", "3 Proficient", "Not rated", /^Meets it/]);
  await expectChart(page, ["Expected for the role", "Self (latest)"]);
  await expect(page.getByRole("table", { name: "Assessments recorded, newest first" }).getByRole("row").nth(1)).toContainText(/Self-assessment\s*Check-in\s*Lena Park/);
  await saveScreenshot(page, "assessment-leader-recorded");
  await expectNoAxeViolations(page);

  // Her manager sees her self-assessment and records his own.
  const manager = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
  await manager.page.goto(`/team/${lenaId}/assessment`);
  await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Assessment of Lena Park");
  await expect(standingRow(manager.page, "Self-awareness").getByRole("cell")).toHaveText(["3 Proficient", "2 Developing", "Not rated", /^1 below/]);
  const managerForm = manager.page.getByRole("region", { name: "Assess Lena Park" });
  await managerForm.getByRole("radio", { name: /^Check-in/ }).check();
  expect(await rateAll(managerForm, () => 3)).toBe(count);
  await managerForm.getByRole("button", { name: "Record my assessment of Lena Park" }).click();
  await expect(manager.page).toHaveURL(`/team/${lenaId}/assessment?recorded=1`);
  await expect(standingRow(manager.page, "Self-awareness").getByRole("cell")).toHaveText(["3 Proficient", "2 Developing", "3 Proficient", /^Meets it/]);
  await expect(standingRow(manager.page, "Where time and attention go").getByRole("cell")).toHaveText(["3 Proficient", "1 Not yet", "3 Proficient", /^Meets it/]);
  await expectChart(manager.page, ["Expected for the role", "Self (latest)", "Manager (latest)"]);
  await saveScreenshot(manager.page, "assessment-manager-recorded");
  await expectNoAxeViolations(manager.page);
  await manager.context.close();

  // Back with the leader: her manager's view is beside hers.
  await page.goto("/me/assessment");
  await expect(standingRow(page, "Self-awareness").getByRole("cell")).toHaveText(["3 Proficient", "2 Developing", "3 Proficient", /^Meets it/]);
  await expectChart(page, ["Expected for the role", "Self (latest)", "Manager (latest)"]);
  await saveScreenshot(page, "assessment-leader-both");
  await leader.context.close();
});

test("only the person's own manager opens the manager's assessment page", async ({ browser, baseURL }) => {
  const hr = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await hr.page.goto("/hr/people?q=Lena");
  await hr.page.getByRole("link", { name: "Lena Park" }).click();
  await expect(hr.page).toHaveURL(/\/hr\/people\/[^/]+$/);
  const path = `/team/${new URL(hr.page.url()).pathname.split("/").at(-1)}/assessment`;
  // HR reads assessments on the enrolment page, not here.
  await hr.page.goto(path);
  await expect(hr.page).toHaveURL("/forbidden");
  await hr.context.close();

  // Another manager in the organisation is told there is no such page.
  const other = await newSignedInPage(browser, baseURL, "nadia.petrova@demo.test");
  const response = await other.page.goto(path);
  expect(response?.status()).toBe(404);
  await saveScreenshot(other.page, "assessment-other-manager-not-found");
  await other.context.close();
});
