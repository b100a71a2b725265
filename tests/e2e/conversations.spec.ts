import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { formatDay } from "@/lib/inductions/item-labels";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";
import { FOREIGN } from "./foreign-organisation";

/**
 * Career conversations in the demo organisation. Mark Osei logs a conversation with Lena Park
 * (guided prompts, shared and private notes) and agrees an action; Lena sees only the shared
 * part, ticks her action off and reads an empty access log; HR opens the private notes with a
 * reason, and Lena's access log and notifications then say so. The private text is never in
 * anything Lena's browser receives. Another manager, the coach and another organisation are
 * kept out. The demo's own conversations (some overdue) show on My team.
 */

test.describe.configure({ mode: "serial" });

const TODAY = todayIn("Europe/London");
const SHARED = unique("We agreed Lena tries the incident review rota for a quarter");
const PRIVATE = unique("Seems worn down by the reorganisation; check in before the quarter end");
const ACTION = unique("Run the next incident review");
const REASON = unique("Formal grievance from the team: HR case review");
/** Lena's note for her next conversation, from the demo data. */
const PREPARATION = "I would like to talk about how to hand over on-call";
const SHOTS = "/tmp/shots-conversations";

const state = { lenaId: "", conversationPath: "" };

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A screenshot to look at, and a copy beside the other specs' ones. */
async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await saveScreenshot(page, `conversations-${name}`);
}

const teamRow = (page: Page, name: string): Locator => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

/** Everything the server sends for `path`: the HTML with its inlined page data, not just what is on screen. */
async function rawPage(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

test("the demo manager sees who is due a conversation and logs one with Lena, with private and shared notes and an action", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);

  await page.goto("/team");
  await expect(teamRow(page, "Samuel Adeyemi")).toContainText(/Overdue: was due/);
  await expect(teamRow(page, "Ruth Morgan")).toContainText("No conversation yet");
  await expect(teamRow(page, ACCOUNTS.leader.name)).toContainText(/Next on /);
  await expectNoAxeViolations(page);
  await shot(page, "team");

  // Ruth has no induction: her name leads to her conversations.
  await teamRow(page, "Ruth Morgan").getByRole("link", { name: "Ruth Morgan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Career conversations with Ruth Morgan");
  await expect(page.getByRole("navigation", { name: "Ruth Morgan's pages" }).getByRole("link")).toHaveText(["Assessment", "Conversations", "Development plan"]);

  await page.goto("/team");
  await teamRow(page, ACCOUNTS.leader.name).getByRole("link", { name: ACCOUNTS.leader.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ACCOUNTS.leader.name);
  state.lenaId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  const tabs = page.getByRole("navigation", { name: "Lena Park's pages" });
  await expect(tabs.getByRole("link")).toHaveText(["Induction", "Assessment", "Conversations", "Development plan"]);
  await tabs.getByRole("link", { name: "Conversations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Career conversations with Lena Park");
  await expect(page.getByRole("region", { name: "Lena Park's notes for it" })).toContainText(PREPARATION);
  await expect(page.getByRole("table", { name: /Career conversations with Lena Park/ }).getByRole("row")).toHaveCount(3);
  await expectNoAxeViolations(page);
  await shot(page, "manager-list");

  await page.getByRole("link", { name: "Log a conversation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log a career conversation with Lena Park");
  await expect(page.getByLabel("Held on")).toHaveValue(TODAY);
  await expect(page.getByLabel("Next conversation")).toHaveValue(addDays(TODAY, 90));
  await page.getByLabel("Held on").fill(addDays(TODAY, -1));
  await expect(page.getByLabel("Next conversation"), "follows the day it was held").toHaveValue(addDays(TODAY, 89));
  await page.getByLabel("Held on").fill(TODAY);
  await expect(page.getByRole("region", { name: "Lena Park's notes for this conversation" })).toContainText(PREPARATION);
  await expect(page.getByRole("radio", { name: /^Individual-contributor leader/ })).toBeVisible();

  await page.getByRole("button", { name: "Log the conversation" }).click();
  await expect(page.getByText("Write down at least one thing you talked about, here or in the shared notes")).toBeVisible();
  await expect(page.getByLabel("Aspirations")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await shot(page, "manager-form-refused");

  await page.getByLabel("Aspirations").fill("Lead the payments team through the re-platforming, then take on a second team.");
  await page.getByLabel("Strengths").fill("Calm in incidents; the team already comes to her first.");
  await page.getByLabel("What energises them").fill("One-to-ones that end with someone unblocked.");
  await page.getByLabel("Development areas").fill("Delegating the interesting problems as well as the dull ones.");
  await page.getByLabel("Next role").fill("Engineering Manager for two teams");
  await page.getByRole("radio", { name: /^People leader/ }).check();
  await page.getByLabel("Support needed").fill("Keep the fortnightly coaching with Colin.");
  await page.getByLabel("Shared notes").fill(SHARED);
  await page.getByLabel("Private note (only you)").fill(PRIVATE);
  await shot(page, "manager-form-filled");
  await page.getByRole("button", { name: "Log the conversation" }).click();

  await expect(page).toHaveURL(new RegExp(`/team/${state.lenaId}/conversations/[^/?]+\\?logged=1$`));
  state.conversationPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Career conversation with Lena Park, ${formatDay(TODAY)}`);
  await expect(page.getByRole("status").filter({ hasText: "The conversation is logged" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Shared with Lena Park" })).toContainText(SHARED);
  await expect(page.getByRole("region", { name: "Your private note" })).toContainText(PRIVATE);
  await expect(page.getByRole("region", { name: "Lena Park's preparation" }), "her note is kept with this conversation").toContainText(PREPARATION);

  const actions = page.getByRole("region", { name: "Agreed actions" });
  await actions.getByLabel("What was agreed").fill(ACTION);
  await actions.getByLabel("Owner").selectOption({ label: "Lena Park" });
  await actions.getByLabel("Due on").fill(addDays(TODAY, 14));
  await actions.getByRole("button", { name: "Add the action" }).click();
  await expect(actions.getByRole("status").filter({ hasText: "Action added." })).toBeVisible();
  await expect(actions.getByRole("listitem").filter({ hasText: ACTION })).toContainText(`Owner: Lena Park · due ${formatDay(addDays(TODAY, 14))}`);
  await expectNoAxeViolations(page);
  await shot(page, "manager-conversation");

  await page.goto("/team");
  await expect(teamRow(page, ACCOUNTS.leader.name)).toContainText(`Next on ${formatDay(addDays(TODAY, 90))}`);
  await context.close();
});

test("Lena sees only the shared part, ticks her action off and reads her access log", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.leader.email);
  await page.getByRole("navigation", { name: "My transition" }).getByRole("link", { name: "Conversations" }).click();
  await expect(page).toHaveURL("/me/conversations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My career conversations");

  const latest = page.getByRole("region", { name: `${formatDay(TODAY)} with Mark Osei` });
  await expect(latest).toContainText(SHARED);
  await expect(latest).toContainText("People leader");
  await expect(page.getByText(PRIVATE)).toHaveCount(0);
  expect(await page.content()).not.toContain(PRIVATE);
  expect(await rawPage(page, "/me/conversations"), "the private note is not in the page data either").not.toContain(PRIVATE);
  await expect(page.getByRole("region", { name: "Who has opened notes about you" })).toContainText("Nobody has opened private notes about you.");

  const action = latest.getByRole("listitem").filter({ hasText: ACTION });
  await expect(action).toContainText("Yours");
  await action.getByRole("button", { name: "Mark as done" }).click();
  await expect(action.getByText(/^Done on /)).toBeVisible();
  await expect(action.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "leader-before-hr");

  // A manager's private page is not hers to open.
  const response = await page.goto(state.conversationPath);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not part of your role");
  await context.close();
});

test("another manager, the coach and another organisation cannot reach the conversation", async ({ browser, baseURL }) => {
  const nadia = await newSignedInPage(browser, baseURL, "nadia.petrova@demo.test");
  for (const path of [state.conversationPath, `/team/${state.lenaId}/conversations`]) {
    const response = await nadia.page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(nadia.page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  }
  await nadia.context.close();

  const coach = await newSignedInPage(browser, baseURL, ACCOUNTS.coach.email);
  await coach.page.goto(`/team/${state.lenaId}`);
  await expect(coach.page.getByRole("heading", { level: 1 })).toHaveText(ACCOUNTS.leader.name);
  await expect(coach.page.getByRole("main").getByRole("link", { name: "Conversations", exact: true })).toHaveCount(0);
  await coach.context.close();

  const foreign = await newSignedInPage(browser, baseURL, FOREIGN.hr.email);
  const response = await foreign.page.goto(`/hr/people/${state.lenaId}/conversations`);
  expect(response?.status()).toBe(404);
  expect(await foreign.page.content()).not.toContain(SHARED);
  await foreign.context.close();
});

test("HR opens the private notes only with a reason, and Lena's log then shows it", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const hr = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await hr.page.goto(`/hr/people/${state.lenaId}`);
  await hr.page.getByRole("link", { name: "See career conversations" }).click();
  await expect(hr.page.getByRole("heading", { level: 1 })).toHaveText("Career conversations: Lena Park");
  const card = hr.page.getByRole("region", { name: `${formatDay(TODAY)} with Mark Osei` });
  await expect(card).toContainText(SHARED);
  expect(await rawPage(hr.page, `/hr/people/${state.lenaId}/conversations`), "closed notes are not sent to HR's page").not.toContain(PRIVATE);
  await expectNoAxeViolations(hr.page);

  await card.getByText("Open private notes").click();
  await card.getByRole("button", { name: "Open with this reason" }).click();
  await expect(card.getByText(/Give the reason for opening the notes, in at least 10 characters/)).toBeVisible();
  await expect(card.getByText(PRIVATE)).toHaveCount(0);
  await expectNoAxeViolations(hr.page);
  await shot(hr.page, "hr-reason-refused");

  await card.getByLabel("Reason for opening").fill(REASON);
  await card.getByRole("button", { name: "Open with this reason" }).click();
  await expect(card.getByText(PRIVATE)).toBeVisible();
  const log = hr.page.getByRole("list", { name: "Openings of private notes about Lena Park, newest first" });
  await expect(log.getByRole("listitem").filter({ hasText: REASON })).toContainText(ACCOUNTS.hr.name);
  await expectNoAxeViolations(hr.page);
  await shot(hr.page, "hr-opened");
  await hr.context.close();

  const lena = await newSignedInPage(browser, baseURL, ACCOUNTS.leader.email);
  await lena.page.goto("/me/conversations");
  const entry = lena.page.getByRole("list", { name: "Openings of private notes about you, newest first" }).getByRole("listitem").filter({ hasText: REASON });
  await expect(entry).toContainText(ACCOUNTS.hr.name);
  await expect(entry).toContainText(formatDay(TODAY));
  expect(await rawPage(lena.page, "/me/conversations")).not.toContain(PRIVATE);
  await expectNoAxeViolations(lena.page);
  await shot(lena.page, "leader-after-hr");

  await lena.page.goto("/notifications");
  await expect(lena.page.getByRole("heading", { name: `${ACCOUNTS.hr.name} (HR) opened the private notes of your career conversation of ${formatDay(TODAY)}` })).toBeVisible();
  await lena.context.close();
});

test("someone without the leader's tabs reaches their conversations from the main navigation", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My conversations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My career conversations");
  await expect(page.getByRole("region", { name: "Your next conversation" })).toContainText("With Priya Natarajan.");
  await expectNoAxeViolations(page);
  await shot(page, "manager-own");
  await context.close();
});
