import type { APIResponse, Page } from "@playwright/test";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";

/**
 * Forms sent more than once at the same moment, over HTTP against the production build: while
 * the browser's own submission is in flight, copies of that very request (same session, same
 * server action, same body) go out in parallel. Whatever the order they land in, the app keeps
 * one row. Then two HR admins edit one charter draft: the second is told and keeps their text.
 *
 * The people acted on are made here (a new leader under a manager no other spec uses), so no
 * other spec's figures move.
 */

test.describe.configure({ mode: "serial" });

const COPIES = 3;
const TODAY = todayIn("Europe/London");
const PASSWORD = "double-submit-password-1";
const DORA = { name: `Dora ${unique("Double")}`, email: `${unique("dora")}@demo.test` };
const NADIA = { name: "Nadia Petrova", email: "nadia.petrova@demo.test" };

/** One answer to the form: the browser's own or a copy's. */
type Sent = { status: number; body: string; redirected: boolean };

async function read(response: APIResponse): Promise<Sent> {
  return { status: response.status(), body: await response.text(), redirected: response.status() === 303 || Boolean(response.headers()["x-action-redirect"]) };
}

/**
 * Submits a form with `submit()` and, as its server action request leaves the browser, sends
 * `COPIES` more of it at once (same session, headers and body). The browser's own request goes
 * through the test too, so its answer can be read before the page moves on. Resolves with every
 * answer, the browser's own first; which one the server finishes first is up to the server.
 */
async function submitWithCopies(page: Page, submit: () => Promise<void>): Promise<Sent[]> {
  let answers: Promise<Sent[]> | null = null;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (answers || request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.fallback();
    const headers = await request.allHeaders();
    for (const name of ["content-length", "host", "cookie", "connection"]) delete headers[name];
    const body = request.postDataBuffer() ?? undefined;
    const copies = Array.from({ length: COPIES }, () => page.request.post(request.url(), { headers, data: body, maxRedirects: 0 }));
    const own = route.fetch({ maxRedirects: 0 });
    answers = Promise.all([own, ...copies].map(async (response) => read(await response)));
    await route.fulfill({ response: await own });
  });
  try {
    await submit();
    await expect.poll(() => answers !== null, { message: "the form sent no server action request" }).toBe(true);
    return await (answers as unknown as Promise<Sent[]>);
  } finally {
    await page.unrouteAll({ behavior: "wait" });
  }
}

/** Every answer is a success, a redirect after one, or a refusal the action wrote; never a server error. `accepted`: how many succeeded. */
function expectAnswered(answers: Sent[], accepted: { min: number; max: number }, refusedWith?: RegExp) {
  expect(answers).toHaveLength(COPIES + 1);
  const succeeded = answers.filter((answer) => answer.redirected || answer.body.includes('"ok":true'));
  for (const answer of answers) {
    expect([200, 303], answer.body.slice(0, 300)).toContain(answer.status);
    expect(answer.body).not.toContain("Something went wrong");
    if (!succeeded.includes(answer) && refusedWith) expect(answer.body).toMatch(refusedWith);
  }
  expect(succeeded.length, answers.map((answer) => answer.body.slice(0, 200)).join("\n")).toBeGreaterThanOrEqual(accepted.min);
  expect(succeeded.length).toBeLessThanOrEqual(accepted.max);
}

const state = { doraPath: "" };

test.beforeAll(async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  await page.goto("/hr/people/new");
  await page.getByLabel("Full name").fill(DORA.name);
  await page.getByLabel("Email", { exact: true }).fill(DORA.email);
  await page.getByRole("combobox", { name: "Job role" }).selectOption({ label: "Engineering Manager" });
  await page.getByRole("combobox", { name: "Manager" }).selectOption({ label: `${NADIA.name} (${NADIA.email})` });
  await page.getByRole("checkbox", { name: /^New leader/ }).check();
  await page.getByLabel("Temporary password (optional)").fill(PASSWORD);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page).toHaveURL(/\/hr\/people\/[^/?]+\?created=1$/);
  state.doraPath = new URL(page.url()).pathname;
  await context.close();
});

test("HR enrols a person with the form sent four times at once: one induction", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  try {
    await page.goto("/hr/cohorts/new");
    await page.getByRole("combobox", { name: "Person" }).selectOption({ label: `${DORA.name} (${DORA.email})` });
    await page.getByRole("combobox", { name: "Job role they move into" }).selectOption({ label: "Engineering Manager" });
    await page.getByLabel("Start date").fill(TODAY);
    const answers = await submitWithCopies(page, () => page.getByRole("button", { name: "Enrol", exact: true }).click());
    expectAnswered(answers, { min: 1, max: 1 }, /already has an induction in progress/);

    await page.goto("/hr/cohorts");
    await expect(page.locator('main a[href^="/hr/enrolments/"]', { hasText: DORA.name })).toHaveCount(1);
    await saveScreenshot(page, "double-submit-enrolled-once");
  } finally {
    await context.close();
  }
});

test("a manager logs a conversation with the form sent four times at once: one conversation", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, NADIA.email);
  try {
    const doraId = state.doraPath.split("/").at(-1) ?? "";
    await page.goto(`/team/${doraId}/conversations/new`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Log a career conversation with ${DORA.name}`);
    await page.getByLabel("Aspirations").fill("Run the team's planning on her own by the spring.");
    await page.getByLabel("Shared notes").fill(unique("Agreed to revisit delegation next time"));
    const answers = await submitWithCopies(page, () => page.getByRole("button", { name: "Log the conversation" }).click());
    expectAnswered(answers, { min: 1, max: 1 }, /is already logged/);

    await page.goto(`/team/${doraId}/conversations`);
    const rows = page.getByRole("table", { name: new RegExp(`Career conversations with ${DORA.name}`) }).getByRole("row");
    await expect(rows).toHaveCount(2); // the header and one conversation
  } finally {
    await context.close();
  }
});

test("the new leader asks for feedback with the form sent four times at once: one request, each colleague asked once", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, DORA.email, PASSWORD);
  try {
    const message = unique("How did the planning session land?");
    await page.goto("/me/feedback");
    const form = page.getByRole("region", { name: "Ask for feedback" });
    await form.getByRole("checkbox", { name: /^Nadia Petrova/ }).check();
    await form.getByRole("checkbox", { name: /^Ivan Horvat/ }).check();
    await form.getByRole("group", { name: /^Competencies to ask about/ }).getByRole("checkbox").first().check();
    await form.getByRole("radio", { name: /^Named/ }).check();
    await form.getByLabel("Message to your colleagues (optional)").fill(message);
    // Asking the same thing again while it is open is the request already made: every copy is told it went.
    const answers = await submitWithCopies(page, () => form.getByRole("button", { name: "Ask for feedback" }).click());
    expectAnswered(answers, { min: COPIES + 1, max: COPIES + 1 });

    await page.reload();
    await expect(page.locator('main [id^="request-"]').filter({ hasText: message })).toHaveCount(1);
    // Ivan was asked once: one request waiting on his feedback page.
    const ivan = await newSignedInPage(browser, baseURL, "ivan.horvat@demo.test");
    try {
      await ivan.page.goto("/feedback");
      await expect(ivan.page.getByRole("heading", { level: 3, name: `${DORA.name} asks for your feedback` })).toHaveCount(1);
    } finally {
      await ivan.context.close();
    }
  } finally {
    await context.close();
  }
});

test("the new leader adds a plan action with the form sent four times at once: one action", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, DORA.email, PASSWORD);
  try {
    const title = unique("Shadow the finance review");
    await page.goto("/me/plan");
    const form = page.getByRole("region", { name: "Add an action" });
    await form.getByLabel("What you will do").fill(title);
    await form.getByRole("radio", { name: /^Learning by doing/ }).check();
    await form.getByLabel("Due by").fill(addDays(TODAY, 30));
    const answers = await submitWithCopies(page, () => form.getByRole("button", { name: "Add action" }).click());
    expectAnswered(answers, { min: 1, max: 1 }, /already has an action with this title/);

    await page.reload();
    await expect(page.getByRole("region", { name: "Goals and actions" }).getByText(title, { exact: true })).toHaveCount(1);
  } finally {
    await context.close();
  }
});

test("two HR admins edit one charter draft: the second is told of the conflict and keeps their text", async ({ browser, baseURL }) => {
  const first = await newSignedInPage(browser, baseURL, ACCOUNTS.hr.email);
  const second = await newSignedInPage(browser, baseURL, "grace.liu@demo.test");
  try {
    const { page } = first;
    await page.goto("/hr/roles");
    await page.getByRole("row").filter({ has: page.getByRole("link", { name: "Head of People", exact: true }) }).getByRole("link", { name: /^Published/ }).click();
    await expect(page).toHaveURL(/\/hr\/roles\/[^/]+\/charter$/);
    await page.getByRole("button", { name: /^Start a new draft from version/ }).click();
    await expect(page).toHaveURL(/\?version=\d+$/);
    const draftUrl = page.url();

    const other = second.page;
    await other.goto(draftUrl);
    const theirPurpose = unique("Their purpose: grow leaders who grow others");
    const ourPurpose = unique("Our purpose: make leading people the heart of the role");

    await page.getByLabel("Purpose").fill(ourPurpose);
    await page.getByRole("button", { name: "Save sections" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sections saved to the draft." })).toBeVisible();

    await other.getByLabel("Purpose").fill(theirPurpose);
    await other.getByRole("button", { name: "Save sections" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Someone else changed this draft" })).toBeVisible();
    await expect(other.getByLabel("Purpose")).toHaveValue(theirPurpose);
    await saveScreenshot(other, "double-submit-charter-conflict");

    // The draft holds the first person's text; the refused one changed nothing.
    await other.goto(draftUrl);
    await expect(other.getByLabel("Purpose")).toHaveValue(ourPurpose);

    // Leave the demo charter as it was.
    await page.reload();
    await page.getByRole("button", { name: "Discard draft" }).click();
    await page.getByRole("button", { name: "Yes, discard draft" }).click();
    await expect(page.getByRole("navigation", { name: "Versions" }).getByRole("link")).toHaveText(["Version 1 · Published"]);
  } finally {
    await first.context.close();
    await second.context.close();
  }
});
