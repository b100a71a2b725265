import type { Locator, Page } from "@playwright/test";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test } from "./fixtures";

/**
 * One induction from enrolment to assessment, as the people involved would live it. HR enrols
 * Samuel Adeyemi, a demo leader with no induction yet (Lena Park's is part-way through in the demo
 * data), into the Staff Engineer transition under his manager, the demo manager Mark Osei. Samuel
 * acknowledges his charter, ticks items off, writes a reflection and rates himself; Mark completes
 * his item, signs off Samuel's and assesses him; HR sees the progress and the radar chart.
 */

const SAMUEL = { name: "Samuel Adeyemi", email: "samuel.adeyemi@demo.test" };
const CHARTER_ITEM = "Read and acknowledge the Staff Engineer charter";
const PRACTICE = "Practise: review a design by asking questions only";
const SIGNED_ITEM = "Write a technical direction and ask for critique";
const MANAGER_ITEM = "Agree which teams you will work across";
const PROMPT = "Which decisions do you now shape rather than make?";
const REFLECTION = "Most of what I decide now, I decide by persuading: I need to write down the why much earlier.";

function itemCard(page: Page, title: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

/** Rates every competency of an assessment form at `level`; returns how many there were. */
async function rateEvery(form: Locator, level: number): Promise<number> {
  const groups = form.getByRole("radiogroup").filter({ has: form.page().locator('input[type="radio"][name^="rating-"]') });
  const count = await groups.count();
  expect(count, "the Staff Engineer charter requires competencies").toBeGreaterThan(2);
  for (let index = 0; index < count; index += 1) await groups.nth(index).getByRole("radio", { name: new RegExp(`^${level}\\. `) }).check();
  return count;
}

test("HR enrols a leader; the leader, their manager and HR each do their part of the induction", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const today = new Date().toISOString().slice(0, 10);

  // HR enrols Samuel into the Staff Engineer transition.
  const hr = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await hr.page.goto("/hr/cohorts/new");
  await hr.page.getByRole("combobox", { name: "Person" }).selectOption({ label: `${SAMUEL.name} (${SAMUEL.email})` });
  await hr.page.getByRole("combobox", { name: "Job role they move into" }).selectOption({ label: "Staff Engineer" });
  await expect(hr.page.getByText(/copies Staff Engineer’s template, “Staff Engineer induction” \(8 items\)/)).toBeVisible();
  await hr.page.getByLabel("Start date").fill(today);
  await hr.page.getByRole("combobox", { name: "Manager" }).selectOption({ label: `${ACCOUNTS.manager.name} (${ACCOUNTS.manager.email})` });
  await hr.page.getByRole("button", { name: "Enrol", exact: true }).click();
  await expect(hr.page).toHaveURL(/\/hr\/cohorts\?enrolled=/);
  const inductionId = new URL(hr.page.url()).searchParams.get("enrolled") ?? "";
  expect(inductionId).not.toBe("");

  // Samuel acknowledges his charter: the induction's charter item is done with it.
  const leader = await newSignedInPage(browser, baseURL, SAMUEL.email);
  const me = leader.page;
  await me.goto("/me/charter");
  await me.getByRole("button", { name: "I have read my charter" }).click();
  await expect(me.getByText(/You acknowledged version \d+ on/)).toBeVisible();
  await me.goto("/me");
  await expect(itemCard(me, CHARTER_ITEM)).toContainText(/Done/);

  // He ticks off a practice and a piece of work that needs his manager's sign-off.
  await itemCard(me, PRACTICE).getByRole("button", { name: "Mark as done" }).click();
  await expect(itemCard(me, PRACTICE).getByRole("button", { name: "Reopen" })).toBeVisible();
  await itemCard(me, SIGNED_ITEM).getByRole("button", { name: "Mark as done" }).click();
  await expect(itemCard(me, SIGNED_ITEM)).toContainText("Done, waiting for sign-off");

  // He writes a reflection and shares it with his manager.
  await itemCard(me, PROMPT).getByRole("link", { name: "Write your reflection" }).click();
  const prompt = me.getByRole("listitem").filter({ has: me.getByRole("heading", { level: 2, name: PROMPT }) });
  await prompt.getByLabel("Your reflection").fill(REFLECTION);
  await prompt.getByRole("checkbox", { name: `My manager, ${ACCOUNTS.manager.name}` }).check();
  await prompt.getByRole("button", { name: "Save reflection" }).click();
  await expect(prompt.getByRole("status")).toContainText("Your reflection is saved.");

  // He rates himself at the start of the induction.
  await me.goto("/me/assessment");
  const selfForm = me.getByRole("region", { name: "Take your self-assessment" });
  await expect(selfForm.getByRole("radio", { name: /^Start/ })).toBeChecked();
  const competencies = await rateEvery(selfForm, 2);
  await selfForm.getByRole("button", { name: "Record my self-assessment" }).click();
  await expect(me.getByRole("status").filter({ hasText: "Your self-assessment is recorded." })).toBeVisible();
  await saveScreenshot(me, "end-to-end-leader-assessment");
  await leader.context.close();

  // His manager completes his own item, signs off Samuel's, reads the reflection and assesses him.
  const manager = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
  const team = manager.page;
  await team.goto("/team");
  await team.getByRole("row").filter({ hasText: SAMUEL.name }).getByRole("link", { name: SAMUEL.name }).click();
  await expect(team.getByRole("heading", { level: 1 })).toHaveText(SAMUEL.name);
  const samuelsPage = new URL(team.url()).pathname;
  await itemCard(team, MANAGER_ITEM).getByRole("button", { name: "Mark as done" }).click();
  await expect(itemCard(team, MANAGER_ITEM).getByRole("button", { name: "Reopen" })).toBeVisible();
  await itemCard(team, SIGNED_ITEM).getByRole("button", { name: "Sign off" }).click();
  await expect(itemCard(team, SIGNED_ITEM)).toContainText("Done and signed off");
  await expect(team.getByRole("region", { name: "Reflections shared with you" })).toContainText(REFLECTION);
  await team.goto(`${samuelsPage}/assessment`);
  const managerForm = team.getByRole("region", { name: `Assess ${SAMUEL.name}` });
  await expect(managerForm.getByRole("radio", { name: /^Start/ })).toBeChecked();
  expect(await rateEvery(managerForm, 3)).toBe(competencies);
  await managerForm.getByRole("button", { name: `Record my assessment of ${SAMUEL.name}` }).click();
  await expect(team).toHaveURL(`${samuelsPage}/assessment?recorded=1`);
  await saveScreenshot(team, "end-to-end-manager-assessment");
  await manager.context.close();

  // HR sees where the induction stands, who did what, and the radar chart with its figures.
  await hr.page.goto(`/hr/enrolments/${inductionId}`);
  await expect(hr.page.getByRole("heading", { level: 1 })).toContainText(SAMUEL.name);
  // Settled: the charter, the practice, the signed-off work, the reflection (writing it ticks the item) and the manager's item.
  await expect(hr.page.getByRole("progressbar", { name: "Whole induction: progress" })).toHaveAttribute("aria-valuetext", "62%: 5 of 8 settled");
  await expect(itemCard(hr.page, SIGNED_ITEM)).toContainText(`Signed off by ${ACCOUNTS.manager.name}`);
  await expect(itemCard(hr.page, MANAGER_ITEM)).toContainText(`Done by ${ACCOUNTS.manager.name}`);
  await expect(hr.page.getByText(REFLECTION)).toHaveCount(0);
  const chart = hr.page.getByRole("figure", { name: "Self, manager and expected" });
  await expect(chart.getByRole("img", { name: /^Radar chart of/ })).toBeVisible();
  await expect(chart.locator(".recharts-radar")).toHaveCount(3);
  await saveScreenshot(hr.page, "end-to-end-hr-enrolment");
  await hr.context.close();
});
