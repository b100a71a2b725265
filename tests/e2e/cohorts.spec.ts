import type { Page } from "@playwright/test";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { expect, saveScreenshot, test, unique } from "./fixtures";

test.use({ as: "hr" });

const today = () => todayIn("Europe/London");

/** Adds people through the people CSV import, so each test enrols people nobody else has touched. */
async function addPeople(page: Page, people: { name: string; email: string }[]) {
  await page.goto("/hr/people/import");
  const csv = ["name,email,job_role,manager_email,app_roles", ...people.map((person) => `${person.name},${person.email},Senior Software Engineer,manager@demo.test,`)].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  const count = `${people.length} ${people.length === 1 ? "person" : "people"}`;
  await page.getByRole("button", { name: `Import ${count}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${count} to your organisation` })).toBeVisible();
}

async function chooseCohortFile(page: Page, rows: string[]) {
  const csv = ["email,job_role,start_date,manager_email,cohort", ...rows].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "cohort.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
}

test("the cohorts page shows the demo cohort with its progress and the demo leader's own induction", async ({ page }) => {
  await page.goto("/hr/cohorts");
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts" })).toBeVisible();
  const spring = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Spring leaders" }) });
  await expect(spring.getByRole("cell").nth(2)).toHaveText("5");
  await expect(spring).toContainText("%");
  const lena = page.getByRole("table", { name: "Inductions running outside a cohort" }).getByRole("row").filter({ hasText: "Lena Park" });
  await expect(lena).toContainText("Engineering Manager");
  await expect(lena).toContainText("Mark Osei");
  // The seed leaves 8 of her 16 items settled and her charter acknowledgement overdue; the charter
  // browser tests, which run first, may already have acknowledged it, which settles that item too.
  const progress = (await lena.getByText(/^\d+ of 16 items complete$/).textContent()) ?? "";
  const settled = Number(/^(\d+)/.exec(progress)?.[1]);
  expect([8, 9]).toContain(settled);
  await expect(lena).toContainText(`${Math.floor((settled / 16) * 100)}%`);
  await expect(lena.getByRole("cell").last()).toHaveText(settled === 8 ? "1" : "0");
  await expect(lena.getByRole("link", { name: "Lena Park" })).toHaveAttribute("href", /^\/hr\/enrolments\/[^/]+$/);
  await saveScreenshot(page, "hr-cohorts");

  await spring.getByRole("link", { name: "Spring leaders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Spring leaders" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Inductions in the cohort Spring leaders" }).getByRole("row")).toHaveCount(6);
  await saveScreenshot(page, "hr-cohort-spring-leaders");
});

test("HR enrols one person: the role's template is copied, dated from a start date in the past, into a new cohort", async ({ page }) => {
  const person = { name: `Rina ${unique("Enrolee")}`, email: `${unique("rina")}@demo.test` };
  await addPeople(page, [person]);
  const cohort = unique("Winter leaders");

  await page.goto("/hr/cohorts");
  await page.getByRole("link", { name: "Enrol a person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enrol a person" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Person" }).locator("option", { hasText: "Lena Park" })).toHaveCount(0);
  await saveScreenshot(page, "hr-enrol-form");

  await page.getByRole("combobox", { name: "Person" }).selectOption({ label: `${person.name} (${person.email})` });
  // Their current manager is filled in.
  await expect(page.getByRole("combobox", { name: "Manager" }).locator("option:checked")).toHaveText("Mark Osei (manager@demo.test)");

  // A role without a template is refused, pointing to where templates are made; what was typed stays.
  await page.getByRole("combobox", { name: "Job role they move into" }).selectOption({ label: "Senior Software Engineer (expert role)" });
  await expect(page.getByText("Senior Software Engineer has no induction template yet.")).toBeVisible();
  await page.getByLabel("Cohort (optional)").fill(cohort);
  await page.getByRole("button", { name: "Enrol", exact: true }).click();
  await expect(page.getByText("Senior Software Engineer has no induction template yet. Create one under Inductions (/hr/inductions) first, or choose a template below.")).toBeVisible();
  await expect(page.getByLabel("Cohort (optional)")).toHaveValue(cohort);
  await saveScreenshot(page, "hr-enrol-form-refused");

  await page.getByRole("combobox", { name: "Job role they move into" }).selectOption({ label: "Engineering Manager" });
  await expect(page.getByText("The induction copies Engineering Manager’s template, “Engineering Manager induction” (16 items).")).toBeVisible();
  await page.getByLabel("Start date").fill(addDays(today(), -10));
  await page.getByRole("combobox", { name: "Coach or mentor (optional)" }).selectOption({ label: "Colin Ashby (coach@demo.test)" });
  await page.getByRole("button", { name: "Enrol", exact: true }).click();

  await expect(page).toHaveURL(/\/hr\/cohorts\/[^/?]+\?enrolled=/);
  await expect(page.getByRole("heading", { level: 1, name: cohort })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`${person.name} is enrolled`);
  const row = page.getByRole("row").filter({ hasText: person.name });
  await expect(row).toContainText("Engineering Manager");
  await expect(row).toContainText("Mark Osei");
  await expect(row).toContainText("0 of 16 items complete");
  // Started ten days ago: the five items due before today are overdue.
  await expect(row.getByRole("cell").last()).toHaveText("5");
  await saveScreenshot(page, "hr-enrolled-into-cohort");

  // Enrolled people are no longer offered, and the new leader now wears the leader's hat in their new role.
  await page.goto("/hr/cohorts/new");
  await expect(page.getByRole("combobox", { name: "Person" }).locator("option", { hasText: person.name })).toHaveCount(0);
  await page.goto(`/hr/people?q=${encodeURIComponent(person.email)}`);
  const listed = page.getByRole("row").filter({ hasText: person.email });
  await expect(listed).toContainText("Engineering Manager");
  await expect(listed).toContainText("New leader");
});

test("HR imports a small cohort from a CSV file: the preview lists row errors, then everyone is enrolled together", async ({ page }) => {
  const people = [
    { name: `Ade ${unique("Cohort")}`, email: `${unique("ade")}@demo.test` },
    { name: `Bea ${unique("Cohort")}`, email: `${unique("bea")}@demo.test` },
  ];
  await addPeople(page, people);
  const [ade, bea] = people as [(typeof people)[number], (typeof people)[number]];
  const cohort = unique("Summer leaders");
  const start = addDays(today(), -3);

  await page.goto("/hr/cohorts");
  await page.getByRole("link", { name: "Import a cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a cohort" })).toBeVisible();
  await saveScreenshot(page, "hr-cohort-import");

  await chooseCohortFile(page, [`${ade.email},Astronaut,${start},manager@demo.test,${cohort}`, `${bea.email},Data Science Lead,13/11/2026,priya.natarajan@demo.test,${cohort}`]);
  await expect(page.getByRole("status").filter({ hasText: "0 rows ready, 2 with errors" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enrol 0 people" })).toBeDisabled();
  await expect(page.getByRole("row").filter({ hasText: ade.email })).toContainText("Your organisation has no job role called “Astronaut”");
  await expect(page.getByRole("row").filter({ hasText: bea.email })).toContainText("The start date “13/11/2026” is not a date written as YYYY-MM-DD");
  await saveScreenshot(page, "hr-cohort-import-errors");

  await chooseCohortFile(page, [`${ade.email},Staff Engineer,${start},manager@demo.test,${cohort}`, `${bea.email},Data Science Lead,${start},priya.natarajan@demo.test,${cohort}`]);
  await expect(page.getByRole("status").filter({ hasText: "2 rows ready, none with errors" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: ade.email })).toContainText("Will be enrolled in “Staff Engineer induction”");
  await expect(page.getByRole("row").filter({ hasText: ade.email })).toContainText("reporting to Mark Osei, starting a new cohort");
  await saveScreenshot(page, "hr-cohort-import-ready");

  await page.getByRole("button", { name: "Enrol 2 people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Enrolled 2 people." })).toBeVisible();
  await saveScreenshot(page, "hr-cohort-import-done");
  await page.getByRole("link", { name: `Go to the cohort “${cohort}”` }).click();

  await expect(page.getByRole("heading", { level: 1, name: cohort })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: ade.name })).toContainText("Staff Engineer");
  await expect(page.getByRole("row").filter({ hasText: bea.name })).toContainText("Priya Natarajan");
  await saveScreenshot(page, "hr-cohort-imported");
});

test("another organisation's HR admin sees only their own cohorts, cannot open the demo's, and is told when a role has no template", async ({ page, browser, baseURL, sessions }) => {
  await page.goto("/hr/cohorts");
  const spring = await page.getByRole("link", { name: "Spring leaders" }).getAttribute("href");
  expect(spring).toMatch(/^\/hr\/cohorts\/[^/]+$/);

  const context = await browser.newContext({ baseURL, storageState: await sessions.stateFor("foreignHr") });
  const foreign = await context.newPage();
  await foreign.goto("/hr/cohorts");
  await expect(foreign.getByText("No cohorts yet.")).toBeVisible();
  await expect(foreign.getByText("No inductions are running outside a cohort.")).toBeVisible();
  for (const name of ["Spring leaders", "Lena Park", "demo.test"]) expect(await foreign.locator("main").innerText()).not.toContain(name);
  await saveScreenshot(foreign, "hr-cohorts-empty");

  await foreign.goto(spring ?? "");
  await expect(foreign.getByRole("heading", { name: "We could not find that page" })).toBeVisible();

  await foreign.goto("/hr/cohorts/new");
  await foreign.getByRole("combobox", { name: "Job role they move into" }).selectOption({ label: "Foreign Secret Role (expert role)" });
  await expect(foreign.getByText("Foreign Secret Role has no induction template yet.")).toBeVisible();
  await expect(foreign.getByRole("link", { name: "Create one under Inductions" })).toHaveAttribute("href", "/hr/inductions");
  await saveScreenshot(foreign, "hr-enrol-form-no-template");
  await context.close();
});
