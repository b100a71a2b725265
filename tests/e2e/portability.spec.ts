import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, saveScreenshot, test } from "./fixtures";

/**
 * HR's organisation file: HR finds the page in the HR tabs, downloads the file, and it is the
 * organisation file format with the demo organisation's people and no password. Managers are
 * refused the page.
 */

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

test.describe("the organisation file", () => {
  test.use({ as: "hr" });

  test("HR downloads the whole organisation as one JSON file", async ({ page }) => {
    await page.goto("/hr");
    await page.getByRole("navigation", { name: "HR" }).getByRole("link", { name: "Organisation file" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisation file" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^Managers' private conversation notes/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "hr-organisation-file");

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download organisation file (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^organisation-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), "utf8");
    const file = JSON.parse(text) as { format: string; version: number; contents: string; people: { email: string }[] };
    expect(file).toMatchObject({ format: "leadership-transition/organisation", version: 1, contents: "hr" });
    expect(file.people.map((person) => person.email)).toEqual(expect.arrayContaining(["hr@demo.test", "leader@demo.test"]));
    expect(text).not.toMatch(/argon2|passwordHash/);
    // The page is still there to download again.
    await expect(page.getByRole("heading", { level: 1, name: "Organisation file" })).toBeVisible();
  });
});

test.describe("as a manager, the organisation file", () => {
  test.use({ as: "manager" });

  test("is refused", async ({ page }) => {
    await page.goto("/hr/organisation");
    await expect(page).toHaveURL("/forbidden");
  });
});
