import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIResponse, Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { DEMO_CONVERSATIONS } from "@/prisma/demo-conversations";
import { DEMO_FEEDBACK } from "@/prisma/demo-feedback";
import { DEMO_COHORT } from "@/prisma/demo-inductions";
import { DEMO_ORGANISATION, DEMO_PEOPLE } from "@/prisma/demo-organisation";
import { ACCOUNTS, expect, newSignedInPage, SIGNED_OUT, test, unique } from "./fixtures";
import { FOREIGN } from "./foreign-organisation";

/**
 * Ids of the demo organisation (A) tried on every page and route handler of the app, over HTTP
 * against the production build, by each hat of the foreign organisation (B) and by people of A
 * who lack the right to the page. Each must get "not found" or "not part of your role", and no
 * answer may hold A's names or the private texts seeded into A (read from the raw HTML, which
 * carries the serialised props too). The routes come from the file system: a new dynamic route
 * without an entry in ROUTES fails the first test.
 */

test.setTimeout(180_000);

const APP = path.resolve(__dirname, "../../app");

/** "app/(app)/team/[id]/page.tsx" → "/team/[id]"; route groups leave no trace in the URL. */
function routesOnDisk(): { route: string; kind: "page" | "handler" }[] {
  return (readdirSync(APP, { recursive: true, encoding: "utf8" }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => {
      const segments = file.split("/").slice(0, -1).filter((segment) => !/^\(.*\)$/.test(segment));
      return { route: `/${segments.join("/")}`, kind: file.endsWith("route.ts") ? ("handler" as const) : ("page" as const) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

const isDynamic = (route: string) => route.includes("[");

// ---------------------------------------------------------------------------------
// Organisation A's ids, found by its own people the ordinary way, and what must never leak

type Ids = {
  lena: string;
  mark: string;
  roleEm: string;
  framework: string;
  draftFramework: string;
  cohort: string;
  lenaInduction: string;
  template: string;
  section: string;
  benchProfile: string;
  lenaConversation: string;
  mayaResponse: string;
};

const ids = {} as Ids;
const probe = { section: unique("Probe section"), framework: unique("Probe framework") };

/** A's people by hat, beyond the four demo accounts: a manager of other people. */
const INSIDERS = { ...ACCOUNTS, nadia: { email: "nadia.petrova@demo.test" } } as const;
type Insider = Exclude<keyof typeof INSIDERS, "foreignHr">;

const lenasLatest = DEMO_CONVERSATIONS.find((conversation) => conversation.person && "key" in conversation.person && conversation.person.key === "leader" && conversation.privateNote);
const anonymousRequest = DEMO_FEEDBACK.find((request) => request.anonymous);
const mayasRequest = DEMO_FEEDBACK.find((request) => request.requester === "maya");
if (!lenasLatest?.privateNote || !anonymousRequest || !mayasRequest) throw new Error("The demo seed no longer has the conversation and feedback this test reads.");

/** Text that only A's rightful readers may see, each proved real by its reader in the first tests. */
const SECRETS = {
  privateNote: lenasLatest.privateNote,
  sharedNotes: lenasLatest.sharedNotes,
  anonymousAnswer: anonymousRequest.answers[0]?.texts[0] ?? "",
  mayasMessage: mayasRequest.message,
  sessionNote: "two thirds still on code review",
};

/** Everything of A that B must never see: its name, people, emails and private texts. */
const A_DATA = [
  DEMO_ORGANISATION.name,
  "@demo.test",
  ...DEMO_PEOPLE.map((person) => person.name),
  ...DEMO_COHORT.members.map((member) => member.name),
  ...DEMO_CONVERSATIONS.flatMap((conversation) => [conversation.privateNote ?? "", conversation.sharedNotes, conversation.aspirations]),
  ...DEMO_FEEDBACK.flatMap((request) => [request.message, ...request.answers.flatMap((answer) => answer.texts)]),
  ...Object.values(SECRETS),
  probe.section,
  probe.framework,
].filter((text) => text.length > 0);

/**
 * What to look for in raw HTML: names and emails whole; a long text by its longest run of
 * characters that neither HTML nor the JSON of the serialised props escapes.
 */
function marker(text: string): string {
  if (text.length <= 40) return text;
  const runs = text.split(/[^A-Za-z0-9 ,.;:()-]+/).map((run) => run.trim());
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest), "");
}

function leaked(body: string, texts: readonly string[]): string[] {
  return texts.map(marker).filter((text) => text.length >= 8 && body.includes(text));
}

// ---------------------------------------------------------------------------------
// What each route is tried with

/** "refused": not found or not part of their role. "own-data": may answer, with none of A's data. */
type Expect = "refused" | "own-data";
type Probe = { url: string; foreign?: Expect };

type Entry =
  /**
   * `urls` carry A's ids, the route's own page first; B tries them all. `rightful` is A's person
   * the first url is for (the check that the ids are real), `insiders` A's people who must be
   * refused it, and `secret` text of A that it holds for the rightful reader only.
   */
  | { urls: (ids: Ids) => (string | Probe)[]; rightful?: Insider; insiders?: Insider[]; secret?: keyof typeof SECRETS }
  | { exempt: string };

const HR_ONLY: Insider[] = ["manager", "leader", "coach"];
const NOT_LENAS_MANAGER: Insider[] = ["coach", "nadia", "hr", "leader"];
const SECTIONS = ["phases", "owners", "coverage", "assessments", "coaching", "plans"];

const ROUTES: Record<string, Entry> = {
  "/charters/[id]": { urls: (a) => [`/charters/${a.roleEm}`], rightful: "leader" },
  "/feedback/[id]": { urls: (a) => [`/feedback/${a.mayaResponse}`], rightful: "manager", insiders: ["leader", "hr", "coach", "nadia"], secret: "mayasMessage" },
  "/hr/coaching/bench/[id]": { urls: (a) => [`/hr/coaching/bench/${a.benchProfile}`], rightful: "hr", insiders: HR_ONLY },
  "/hr/coaching/match": { urls: (a) => [{ url: `/hr/coaching/match?person=${a.lena}&kind=COACHING`, foreign: "refused" }], rightful: "hr", insiders: HR_ONLY },
  "/hr/cohorts/[id]": { urls: (a) => [`/hr/cohorts/${a.cohort}`], rightful: "hr", insiders: HR_ONLY },
  "/hr/enrolments/[id]": { urls: (a) => [`/hr/enrolments/${a.lenaInduction}`], rightful: "hr", insiders: HR_ONLY },
  "/hr/frameworks/[id]/edit": { urls: (a) => [`/hr/frameworks/${a.draftFramework}/edit`], rightful: "hr", insiders: HR_ONLY },
  "/hr/frameworks/[id]": { urls: (a) => [`/hr/frameworks/${a.draftFramework}`, `/hr/frameworks/${a.framework}?version=1`], rightful: "hr", insiders: HR_ONLY },
  "/hr/frameworks/[id]/versions/[number]/export": {
    urls: (a) => [`/hr/frameworks/${a.draftFramework}/versions/1/export?format=csv`, `/hr/frameworks/${a.draftFramework}/versions/1/export?format=json`, `/hr/frameworks/${a.framework}/versions/1/export?format=csv`],
    rightful: "hr",
    insiders: HR_ONLY,
  },
  "/hr/inductions/[id]": { urls: (a) => [`/hr/inductions/${a.template}`], rightful: "hr", insiders: HR_ONLY },
  "/hr/inductions/library/[id]": { urls: (a) => [`/hr/inductions/library/${a.section}`], rightful: "hr", insiders: HR_ONLY },
  "/hr/people/[id]/conversations": { urls: (a) => [`/hr/people/${a.lena}/conversations`], rightful: "hr", insiders: HR_ONLY },
  "/hr/people/[id]": { urls: (a) => [`/hr/people/${a.lena}`], rightful: "hr", insiders: HR_ONLY },
  "/hr/people/[id]/plan": { urls: (a) => [`/hr/people/${a.lena}/plan`], rightful: "hr", insiders: HR_ONLY },
  "/hr/roles/[id]/charter": { urls: (a) => [`/hr/roles/${a.roleEm}/charter`, `/hr/roles/${a.roleEm}/charter?version=1`], rightful: "hr", insiders: HR_ONLY },
  "/hr/roles/[id]": { urls: (a) => [`/hr/roles/${a.roleEm}`], rightful: "hr", insiders: HR_ONLY },
  "/team/[id]/assessment": { urls: (a) => [`/team/${a.lena}/assessment`], rightful: "manager", insiders: ["nadia", "hr", "leader"] },
  "/team/[id]/conversations/[conversationId]": {
    urls: (a) => [`/team/${a.lena}/conversations/${a.lenaConversation}`, `/team/${a.mark}/conversations/${a.lenaConversation}`],
    rightful: "manager",
    insiders: NOT_LENAS_MANAGER,
    secret: "privateNote",
  },
  "/team/[id]/conversations/new": { urls: (a) => [`/team/${a.lena}/conversations/new`], rightful: "manager", insiders: NOT_LENAS_MANAGER },
  "/team/[id]/conversations": { urls: (a) => [`/team/${a.lena}/conversations`], rightful: "manager", insiders: NOT_LENAS_MANAGER },
  "/team/[id]": { urls: (a) => [`/team/${a.lena}`], rightful: "manager", insiders: ["nadia", "hr", "leader"] },
  "/team/[id]/plan": { urls: (a) => [`/team/${a.lena}/plan`], rightful: "manager", insiders: ["nadia", "hr", "leader"] },
  // Pages without ids in their path that read ids from the query: B's own data at most.
  "/hr": { urls: (a) => [`/hr?cohortId=${a.cohort}&jobRoleId=${a.roleEm}&managerId=${a.mark}`] },
  "/hr/dashboard/people": { urls: (a) => [`/hr/dashboard/people?owner=MANAGER&cohortId=${a.cohort}&managerId=${a.mark}`, `/hr/dashboard/people?view=uncovered&managerId=${a.mark}&jobRoleId=${a.roleEm}`] },
  "/hr/dashboard/export": { urls: (a) => SECTIONS.map((section) => `/hr/dashboard/export?section=${section}&cohortId=${a.cohort}&jobRoleId=${a.roleEm}&managerId=${a.mark}`) },
  "/hr/people/export": { urls: () => ["/hr/people/export?status=all"] },
  // The audit log echoes the filter it was given, so A's ids (never its names) go in the query.
  "/hr/audit": { urls: (a) => [`/hr/audit?object=${a.lena}`, `/hr/audit?object=${a.lenaConversation}&involving=either`] },
  "/hr/audit/export": { urls: (a) => [`/hr/audit/export?object=${a.lena}`, `/hr/audit/export?object=${a.framework}`] },
  "/api/auth/[...nextauth]": { exempt: "Auth.js's own endpoints (session, CSRF token, providers, callbacks) take no organisation's ids" },
};

/** Every URL to try for a route: its entry's, or its own path for a page without ids. */
function probesFor(route: string): Probe[] {
  const entry = ROUTES[route];
  if (entry && "exempt" in entry) return [];
  const urls = entry ? entry.urls(ids) : [route];
  return urls.map((url) => (typeof url === "string" ? { url, foreign: isDynamic(route) ? "refused" : "own-data" } : { foreign: "refused", ...url }));
}

// ---------------------------------------------------------------------------------
// Requests and answers

type Answer = { url: string; status: number; finalPath: string; body: string };

async function fetchAs(context: BrowserContext, url: string): Promise<Answer> {
  const response: APIResponse = await context.request.get(url);
  return { url, status: response.status(), finalPath: new URL(response.url()).pathname, body: await response.text() };
}

const FORBIDDEN_PAGE = "This page is not part of your role";

/**
 * "Not found" or "not part of your role", as a page (404, or the forbidden page after a redirect) or
 * a route handler's 403/404. Told by the status: every page's payload carries the not-found text.
 */
function isRefusal(answer: Answer): boolean {
  if (answer.status === 404 || answer.status === 403) return true;
  return answer.status === 200 && answer.finalPath === "/forbidden" && answer.body.includes(FORBIDDEN_PAGE);
}

const describeAnswer = (answer: Answer) => `${answer.url} → ${answer.status} ${answer.finalPath}`;

/** One signed-in browser context per person for the whole file (each signs in through the form once). */
const sessions = new Map<string, Promise<{ context: BrowserContext; page: Page }>>();

function signedIn(browser: Browser, baseURL: string | undefined, email: string) {
  let session = sessions.get(email);
  if (!session) {
    session = newSignedInPage(browser, baseURL, email);
    sessions.set(email, session);
  }
  return session;
}

test.afterAll(async () => {
  for (const session of sessions.values()) await (await session).context.close();
  sessions.clear();
});

/** The hrefs of the links `find` picks on the page at `url`. */
async function hrefsOn(page: Page, url: string, find: (page: Page) => Locator): Promise<string[]> {
  await page.goto(url);
  const hrefs = await find(page).evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  if (!hrefs.length) throw new Error(`No such link on ${url}`);
  return hrefs;
}

async function idOn(page: Page, url: string, find: (page: Page) => Locator): Promise<string> {
  return lastSegment((await hrefsOn(page, url, find))[0] ?? "");
}

const link = (name: string) => (page: Page) => page.getByRole("main").getByRole("link", { name, exact: true });

const lastSegment = (href: string) => new URL(href, "http://x").pathname.split("/").filter(Boolean).at(-1) ?? "";

test.beforeAll(async ({ browser }, workerInfo) => {
  const baseURL = workerInfo.project.use.baseURL;
  const { page: hr } = await signedIn(browser, baseURL, ACCOUNTS.hr.email);
  ids.lena = await idOn(hr, "/hr/people", link("Lena Park"));
  ids.mark = await idOn(hr, "/hr/people", link("Mark Osei"));
  ids.roleEm = await idOn(hr, "/hr/roles", link("Engineering Manager"));
  ids.framework = await idOn(hr, "/hr/frameworks", link("Expert to leader"));
  ids.cohort = await idOn(hr, "/hr/cohorts", link(DEMO_COHORT.name));
  ids.lenaInduction = await idOn(hr, "/hr/cohorts", (page) => page.locator('main a[href^="/hr/enrolments/"]', { hasText: "Lena Park" }));
  ids.template = await idOn(hr, "/hr/inductions", (page) => page.locator('main a[href^="/hr/inductions/"]:not([href^="/hr/inductions/library"]):not([href="/hr/inductions/new"])'));
  ids.benchProfile = await idOn(hr, "/hr/coaching", link("Colin Ashby"));

  // A draft framework and a mindset section of A's own, so the pages that show only those have something to show.
  await hr.goto("/hr/frameworks");
  const start = hr.locator("form").filter({ has: hr.getByRole("button", { name: "Create draft" }) });
  await start.getByRole("radio", { name: /^Nothing/ }).check();
  await start.getByLabel("Name", { exact: true }).fill(probe.framework);
  await start.getByRole("button", { name: "Create draft" }).click();
  await expect(hr).toHaveURL(/\/hr\/frameworks\/[^/?]+\?created=1$/);
  ids.draftFramework = lastSegment(hr.url());

  await hr.goto("/hr/inductions/library/new");
  await hr.getByLabel("Title").fill(probe.section);
  await hr.getByLabel("Practices").fill("Ask before you answer");
  await hr.getByLabel("Reflection prompts").fill("Whom did you listen to this week?");
  await hr.getByRole("button", { name: "Save section" }).click();
  await expect(hr).toHaveURL("/hr/inductions/library?saved=1");
  ids.section = await idOn(hr, "/hr/inductions/library", (page) => page.getByRole("link", { name: `Edit ${probe.section}` }));

  // Lena's conversation with the seeded private note (other tests may have logged newer ones), and Maya's request to Mark.
  const mark = await signedIn(browser, baseURL, ACCOUNTS.manager.email);
  const conversations = await hrefsOn(mark.page, `/team/${ids.lena}/conversations`, (page) => page.locator(`main a[href^="/team/${ids.lena}/conversations/"]:not([href$="/new"])`));
  for (const href of conversations) {
    if ((await fetchAs(mark.context, href)).body.includes(marker(SECRETS.privateNote))) ids.lenaConversation = lastSegment(href);
  }
  ids.mayaResponse = await idOn(mark.page, "/feedback", (page) => page.locator('main a[href^="/feedback/"]'));

  for (const [name, id] of Object.entries(ids)) expect(id, `A's ${name} id`).toMatch(/^[A-Za-z0-9_-]{10,}$/);
});

// ---------------------------------------------------------------------------------

test("every page and route handler on disk is tried, and every dynamic one has an entry", () => {
  const routes = routesOnDisk();
  expect(routes.length).toBeGreaterThan(40);
  const missing = routes.filter(({ route }) => isDynamic(route) && !(route in ROUTES)).map(({ route }) => route);
  expect(missing, "Dynamic routes without an entry in ROUTES (tests/e2e/foreign-ids.spec.ts): add the URLs with organisation A's ids to try").toEqual([]);
  const stale = Object.keys(ROUTES).filter((route) => !routes.some((found) => found.route === route));
  expect(stale, "ROUTES entries for routes that no longer exist").toEqual([]);
  const count = (kind: "page" | "handler") => routes.filter((route) => route.kind === kind).length;
  console.info(`${count("page")} pages and ${count("handler")} route handlers, ${routes.filter(({ route }) => isDynamic(route)).length} of them dynamic; ${A_DATA.length} texts of A watched for`);
});

test("A's rightful readers open each URL and see the private text it holds, so the ids and texts are real", async ({ browser, baseURL }) => {
  const problems: string[] = [];
  for (const [route, entry] of Object.entries(ROUTES)) {
    if ("exempt" in entry || !entry.rightful) continue;
    const { context } = await signedIn(browser, baseURL, INSIDERS[entry.rightful].email);
    const [own] = probesFor(route);
    if (!own) continue;
    const answer = await fetchAs(context, own.url);
    if (answer.status !== 200 || isRefusal(answer)) problems.push(`${entry.rightful}: ${describeAnswer(answer)}`);
    if (entry.secret && !answer.body.includes(marker(SECRETS[entry.secret]))) problems.push(`${entry.rightful}: ${own.url} does not show the ${entry.secret}`);
  }
  // The texts no test above reads in place: each where its reader sees it.
  const seen: [Insider, string, keyof typeof SECRETS][] = [
    ["leader", "/me/conversations", "sharedNotes"],
    ["leader", "/me/feedback", "anonymousAnswer"],
    ["coach", "/coaching", "sessionNote"],
  ];
  for (const [who, url, secret] of seen) {
    const answer = await fetchAs((await signedIn(browser, baseURL, INSIDERS[who].email)).context, url);
    if (!answer.body.includes(marker(SECRETS[secret]))) problems.push(`${who}: ${url} does not show the ${secret}`);
  }
  expect(problems).toEqual([]);
});

test("HR reads Lena's conversations without the private note, which only its author reads", async ({ browser, baseURL }) => {
  const { context } = await signedIn(browser, baseURL, ACCOUNTS.hr.email);
  const answer = await fetchAs(context, `/hr/people/${ids.lena}/conversations`);
  expect(answer.status).toBe(200);
  expect(answer.body).toContain(marker(SECRETS.sharedNotes));
  expect(leaked(answer.body, [SECRETS.privateNote]), "HR's page carries the private note").toEqual([]);
});

const FOREIGN_HATS = [
  { label: "HR admin", email: FOREIGN.hr.email },
  { label: "manager", email: FOREIGN.manager.email },
  { label: "leader", email: FOREIGN.member.email },
  { label: "coach or mentor", email: FOREIGN.coach.email },
] as const;

for (const hat of FOREIGN_HATS) {
  test(`B's ${hat.label} gets "not found" or "not yours" for A's ids on every page and export, and none of A's data anywhere`, async ({ browser, baseURL }) => {
    const { context } = await signedIn(browser, baseURL, hat.email);
    const problems: string[] = [];
    let tried = 0;
    for (const { route } of routesOnDisk()) {
      for (const probeUrl of probesFor(route)) {
        const answer = await fetchAs(context, probeUrl.url);
        tried++;
        if (answer.status >= 500) problems.push(`${describeAnswer(answer)}: a server error`);
        if (probeUrl.foreign === "refused" && !isRefusal(answer)) problems.push(`${describeAnswer(answer)}: expected not found or forbidden`);
        const found = leaked(answer.body, A_DATA);
        if (found.length) problems.push(`${describeAnswer(answer)} shows A's ${found.map((text) => JSON.stringify(text.slice(0, 40))).join(", ")}`);
      }
    }
    console.info(`B's ${hat.label}: ${tried} URLs tried`);
    expect(problems).toEqual([]);
    expect(tried).toBeGreaterThan(70);
  });
}

for (const insider of ["hr", "manager", "leader", "coach", "nadia"] as const satisfies readonly Insider[]) {
  test(`A's ${insider} is refused the pages of A that are not theirs, and sees none of their private texts`, async ({ browser, baseURL }) => {
    const { context } = await signedIn(browser, baseURL, INSIDERS[insider].email);
    const problems: string[] = [];
    for (const [route, entry] of Object.entries(ROUTES)) {
      if ("exempt" in entry || !entry.insiders?.includes(insider)) continue;
      const [own] = probesFor(route);
      if (!own) continue;
      const answer = await fetchAs(context, own.url);
      if (!isRefusal(answer)) problems.push(`${describeAnswer(answer)}: expected not found or forbidden`);
      const found = leaked(answer.body, Object.values(SECRETS));
      if (found.length) problems.push(`${describeAnswer(answer)} shows ${found.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });
}

test("signed out, every URL with A's ids leads to sign-in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  try {
    const problems: string[] = [];
    for (const { route, kind } of routesOnDisk()) {
      if (!isDynamic(route)) continue;
      for (const { url } of probesFor(route)) {
        const answer = await fetchAs(context, url);
        const toSignIn = answer.finalPath === "/sign-in" || (kind === "handler" && answer.status === 401);
        if (!toSignIn) problems.push(`${describeAnswer(answer)}: expected sign-in`);
        const found = leaked(answer.body, A_DATA);
        if (found.length) problems.push(`${describeAnswer(answer)} shows ${found.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

