import type { Page } from "@playwright/test";
import { expect, newSignedInPage, submitSignIn, test, unique } from "./fixtures";

test.use({ as: "hr" });

const TEMPORARY_PASSWORD = "temporary-password-123";

type NewPerson = { name: string; email: string; jobRole?: string; manager?: string; roles?: string[]; password?: string };

async function fillPersonForm(page: Page, person: NewPerson) {
  await page.getByLabel("Full name").fill(person.name);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  if (person.jobRole) await page.getByRole("combobox", { name: "Job role" }).selectOption({ label: person.jobRole });
  if (person.manager) await page.getByRole("combobox", { name: "Manager" }).selectOption({ label: person.manager });
  for (const role of person.roles ?? []) await page.getByRole("checkbox", { name: new RegExp(`^${role}`) }).check();
  if (person.password) await page.getByLabel("Temporary password (optional)").fill(person.password);
}

/** Adds a person through the form; resolves on their page, returning its path. */
async function addPerson(page: Page, person: NewPerson) {
  await page.goto("/hr/people/new");
  await fillPersonForm(page, person);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${person.name} has been added.` })).toBeVisible();
  await expect(page).toHaveURL(/\/hr\/people\/[^/?]+\?created=1$/);
  return new URL(page.url()).pathname;
}

test("HR adds a person, who then shows in the list, on their page and in their manager's team", async ({ page, browser, baseURL, sessions }) => {
  const person = {
    name: `Nora ${unique("Newcomer")}`,
    email: `${unique("nora")}@demo.test`,
    jobRole: "Engineering Manager",
    manager: "Mark Osei (manager@demo.test)",
    roles: ["New leader", "Coach or mentor"],
    password: TEMPORARY_PASSWORD,
  };
  const path = await addPerson(page, person);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(person.email);
  await expect(page.getByRole("combobox", { name: "Job role" }).locator("option:checked")).toHaveText(person.jobRole);
  await expect(page.getByRole("combobox", { name: "Manager" }).locator("option:checked")).toHaveText(person.manager);
  await expect(page.getByRole("checkbox", { name: /^New leader/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Coach or mentor/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^HR admin/ })).not.toBeChecked();

  await page.goto("/hr/people");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: person.name }) });
  await expect(row).toContainText(person.email);
  await expect(row).toContainText("Engineering Manager");
  await expect(row).toContainText("Mark Osei");
  await expect(row).toContainText("New leader");
  await row.getByRole("link", { name: person.name }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);

  const managerContext = await browser.newContext({ baseURL, storageState: await sessions.stateFor("manager") });
  const managerPage = await managerContext.newPage();
  await managerPage.goto("/team");
  await expect(managerPage.getByRole("row").filter({ hasText: person.name })).toContainText("Engineering Manager");
  await managerContext.close();
});

test("HR edits a person", async ({ page }) => {
  const name = `Eddie ${unique("Editable")}`;
  const path = await addPerson(page, { name, email: `${unique("eddie")}@demo.test`, jobRole: "Senior Software Engineer" });

  const renamed = `${name} Jr`;
  await page.getByLabel("Full name").fill(renamed);
  await page.getByRole("combobox", { name: "Job role" }).selectOption({ label: "Staff Engineer" });
  await page.getByRole("checkbox", { name: /^New leader/ }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await expect(page.getByRole("combobox", { name: "Job role" }).locator("option:checked")).toHaveText("Staff Engineer");
  await expect(page.getByRole("checkbox", { name: /^New leader/ })).toBeChecked();

  await page.goto(`/hr/people?q=${encodeURIComponent(renamed)}`);
  await expect(page.getByRole("row").filter({ hasText: renamed })).toContainText("Staff Engineer");
});

test("an invalid email shows a field error and keeps everything else typed", async ({ page }) => {
  await page.goto("/hr/people/new");
  const name = `Ivy ${unique("Invalid")}`;
  await fillPersonForm(page, {
    name,
    email: "not-an-email",
    jobRole: "Data Science Lead",
    manager: "Daniel Kim (daniel.kim@demo.test)",
    roles: ["Manager"],
    password: TEMPORARY_PASSWORD,
  });
  await page.getByRole("button", { name: "Add person" }).click();

  const email = page.getByLabel("Email", { exact: true });
  await expect(email).toHaveAccessibleDescription("Enter a valid email address, like name@example.com");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(page).toHaveURL("/hr/people/new");
  await expect(email).toHaveValue("not-an-email");
  await expect(page.getByLabel("Full name")).toHaveValue(name);
  await expect(page.getByRole("combobox", { name: "Job role" }).locator("option:checked")).toHaveText("Data Science Lead");
  await expect(page.getByRole("combobox", { name: "Manager" }).locator("option:checked")).toHaveText("Daniel Kim (daniel.kim@demo.test)");
  await expect(page.getByRole("checkbox", { name: /^Manager/ })).toBeChecked();
  await expect(page.getByLabel("Temporary password (optional)")).toHaveValue(TEMPORARY_PASSWORD);

  // Nothing was written.
  await page.goto(`/hr/people?status=all&q=${encodeURIComponent(name)}`);
  await expect(page.getByText("Nobody matches these filters.")).toBeVisible();
});

test("deactivating a signed-in person ends their access; reactivating restores it", async ({ page, browser, baseURL }) => {
  const person = { name: `Dee ${unique("Deactivated")}`, email: `${unique("dee")}@demo.test`, roles: ["New leader"], password: TEMPORARY_PASSWORD };
  await addPerson(page, person);

  // The person signs in elsewhere and is using the app.
  const elsewhere = await newSignedInPage(browser, baseURL, person.email, person.password);
  const theirs = elsewhere.page;
  await expect(theirs).toHaveURL("/me");

  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot sign in until reactivated" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deactivated. They can no longer sign in." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await expect(page.getByText(`${person.email} · deactivated`)).toBeVisible();

  // Their next request, with the same cookie, no longer gets in.
  await theirs.goto("/profile");
  await expect(theirs).toHaveURL(/\/sign-in/);
  await expect(theirs.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  // Nor can they sign in again.
  await submitSignIn(theirs, person.email, person.password);
  await expect(theirs.getByRole("status")).toHaveText("That email and password do not match an active account.");

  // The list hides them unless asked for deactivated people.
  await page.goto(`/hr/people?q=${encodeURIComponent(person.name)}`);
  await expect(page.getByText("Nobody matches these filters.")).toBeVisible();
  await page.goto(`/hr/people?status=inactive&q=${encodeURIComponent(person.name)}`);
  await expect(page.getByRole("row").filter({ hasText: person.name })).toContainText("Deactivated");

  await page.getByRole("link", { name: person.name }).click();
  await page.getByRole("button", { name: "Reactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reactivated. They can sign in again." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate" })).toBeVisible();

  await submitSignIn(theirs, person.email, person.password);
  await expect(theirs).toHaveURL("/me");
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("My transition");
  await elsewhere.context.close();
});
