import { expect, test, unique } from "./fixtures";

test.use({ as: "hr" });

test("HR adds an expert role and a leader role that usually follows it", async ({ page }) => {
  const expert = `Platform Specialist ${unique("x")}`;
  const leader = `Platform Team Lead ${unique("x")}`;

  await page.goto("/hr/roles");
  await page.getByRole("link", { name: "Add job role" }).click();
  await expect(page).toHaveURL("/hr/roles/new");
  await page.getByLabel("Title").fill(expert);
  await page.getByLabel("Description").fill("Knows the platform inside out.");
  await page.getByRole("combobox", { name: "Track" }).selectOption({ label: "Technical expert" });
  await page.getByRole("combobox", { name: "Career stage" }).selectOption({ label: "Expert" });
  await page.getByRole("button", { name: "Add job role" }).click();
  await expect(page).toHaveURL("/hr/roles?saved=1");
  await expect(page.getByRole("status").filter({ hasText: "Job role added." })).toBeVisible();

  await page.goto("/hr/roles/new");
  await page.getByLabel("Title").fill(leader);
  await page.getByRole("combobox", { name: "Track" }).selectOption({ label: "People leader" });
  await page.getByRole("combobox", { name: "Career stage" }).selectOption({ label: "First-time leader" });
  await page.getByRole("combobox", { name: "Usually follows" }).selectOption({ label: expert });
  await page.getByRole("button", { name: "Add job role" }).click();
  await expect(page).toHaveURL("/hr/roles?saved=1");

  const expertRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: expert, exact: true }) });
  const leaderRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: leader, exact: true }) });
  await expect(expertRow.getByRole("cell")).toHaveText([expert, "Technical expert", "Expert", "None", "Not started", "0"]);
  await expect(leaderRow.getByRole("cell")).toHaveText([leader, "People leader", "First-time leader", expert, "Not started", "0"]);

  // The expert role's page lists the leader role as one that follows it.
  await expertRow.getByRole("link", { name: expert }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expert);
  const followers = page.locator("section").filter({ has: page.getByRole("heading", { name: "Roles that follow this one" }) });
  await expect(followers.getByRole("link")).toHaveText([leader]);
});

test("a role needs a title, a track and a stage", async ({ page }) => {
  await page.goto("/hr/roles/new");
  await page.getByLabel("Description").fill("Kept after the error.");
  await page.getByRole("button", { name: "Add job role" }).click();
  await expect(page.getByLabel("Title")).toHaveAccessibleDescription("Enter a title");
  await expect(page.getByRole("combobox", { name: "Track" })).toHaveAccessibleDescription("Choose a track");
  await expect(page.getByRole("combobox", { name: "Career stage" })).toHaveAccessibleDescription("Choose a career stage");
  await expect(page.getByLabel("Description")).toHaveValue("Kept after the error.");
  await expect(page).toHaveURL("/hr/roles/new");
});
