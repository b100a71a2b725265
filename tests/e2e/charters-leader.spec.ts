import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { format } from "date-fns";
import { DEMO_CHARTERS } from "@/prisma/demo-charters";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";
import { FOREIGN } from "./foreign-organisation";

/** The demo leader, Lena Park, is an Engineering Manager; the role usually follows Senior Software Engineer. */

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The purpose the demo seed wrote into a role's charter. */
function purposeOf(roleKey: string) {
  const charter = DEMO_CHARTERS[roleKey];
  if (!charter) throw new Error(`The demo seed has no charter for "${roleKey}".`);
  return charter.purpose;
}

/** Page objects in a PDF: "/Type /Page", not the "/Type /Pages" tree above them. */
function pdfPageCount(pdf: Buffer) {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** Switches to print media, keeps a screenshot and the PDF in the test's output, and returns the PDF's page count. */
async function printed(page: Page, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: testInfo.outputPath(`${name}-print.png`), fullPage: true });
  const pdfPath = testInfo.outputPath(`${name}.pdf`);
  const pdf = await page.pdf({ format: "A4", path: pdfPath });
  await testInfo.attach(`${name}.pdf`, { path: pdfPath, contentType: "application/pdf" });
  return pdfPageCount(pdf);
}

async function engineeringManagerCharterPath(page: Page) {
  await page.goto("/charters");
  await page.getByRole("link", { name: "Engineering Manager", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engineering Manager");
  return new URL(page.url()).pathname;
}

test.describe("as the demo leader", () => {
  test.use({ as: "leader" });

  test("reads what changes, acknowledges the charter once, and asks a question that reaches the manager", async ({ page, browser, baseURL }) => {
    await page.goto("/me");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My charter" }).click();
    await expect(page).toHaveURL("/me/charter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My charter");
    const version = Number((await page.getByText(/^Charter version \d+/).textContent())?.match(/\d+/)?.[0]);
    expect(version).toBeGreaterThan(0);

    await expect(page.getByRole("heading", { level: 2, name: "What changes from Senior Software Engineer to Engineering Manager" })).toBeVisible();
    const rises = page.getByRole("region", { name: /^Expected at a higher stage/ });
    await expect(rises.getByRole("rowheader", { name: /^Self-awareness/ })).toBeVisible();
    await expect(rises.getByRole("row", { name: /^Self-awareness/ })).toContainText("Technical expert");
    await expect(rises.getByRole("row", { name: /^Self-awareness/ })).toContainText("First-time leader");
    const added = page.getByRole("region", { name: /^New in this role/ });
    await expect(added.getByRole("rowheader", { name: /^Managing the work well/ })).toBeVisible();
    await expect(added.getByRole("row", { name: /^Managing the work well/ })).toContainText("Not required");
    await expect(rises.getByRole("rowheader", { name: /^Managing the work well/ })).toHaveCount(0);

    const sideBySide = page.getByRole("region", { name: "The two charters side by side" });
    await expect(sideBySide.getByText(purposeOf("sse"))).toBeVisible();
    await expect(sideBySide.getByText(purposeOf("em"))).toBeVisible();
    await expect(sideBySide.getByRole("heading", { level: 3, name: "Decision rights" })).toBeVisible();
    await saveScreenshot(page, "leader-my-charter");

    // Acknowledging records the version and the date, and is not offered again.
    const acknowledgement = page.getByRole("region", { name: "Acknowledge your charter" });
    await acknowledgement.getByRole("button", { name: "I have read my charter" }).click();
    await expect(acknowledgement).toContainText(`You acknowledged version ${version} on ${format(new Date(), "d MMMM yyyy")}.`);
    await expect(acknowledgement.getByRole("button")).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("region", { name: "Acknowledge your charter" })).toContainText(`You acknowledged version ${version}`);
    await expect(page.getByRole("button", { name: "I have read my charter" })).toHaveCount(0);

    // A question goes to the manager and HR; the box empties once it has gone.
    const question = `Who signs off my first hiring plan? ${unique("q")}`;
    const ask = page.getByRole("region", { name: "Ask a question" });
    await ask.getByLabel("Your question").fill(question);
    await ask.getByRole("button", { name: "Send question" }).click();
    await expect(ask.getByRole("status")).toHaveText("Your question has been sent to your manager and HR.");
    await expect(ask.getByLabel("Your question")).toHaveValue("");
    await saveScreenshot(page, "leader-my-charter-acknowledged");

    const manager = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
    try {
      const shell = manager.page.getByRole("banner");
      await shell.getByRole("link", { name: /^Notifications \d+ unread$/ }).click();
      await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
      const item = manager.page.getByRole("listitem").filter({ hasText: question });
      await expect(item).toHaveCount(1);
      await expect(item.getByRole("heading", { level: 3 })).toContainText(`${ACCOUNTS.leader.name} has a question about the Engineering Manager charter`);
      await saveScreenshot(manager.page, "manager-notifications");

      await item.getByRole("link", { name: /^Open/ }).click();
      await expect(manager.page).toHaveURL(/\/charters\/[^/]+$/);
      await expect(manager.page.getByRole("heading", { level: 1 })).toHaveText("Engineering Manager");

      // Marking it read moves it out of the unread list.
      await manager.page.goBack();
      const unread = manager.page.getByRole("listitem").filter({ hasText: question });
      await unread.getByRole("button", { name: "Mark as read" }).click();
      await expect(manager.page.getByRole("listitem").filter({ hasText: question }).getByRole("button", { name: "Mark as read" })).toHaveCount(0);
      await expect(manager.page.getByRole("listitem").filter({ hasText: question })).toHaveCount(1);
    } finally {
      await manager.context.close();
    }
  });

  test("My charter and a role's charter each print on two A4 pages or fewer, without the navigation or forms", async ({ page }, testInfo) => {
    await page.goto("/me/charter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My charter");
    const pages = await printed(page, testInfo, "my-charter");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: "Send question" })).toBeHidden();
    await expect(page.getByRole("region", { name: "The two charters side by side" })).toBeHidden();
    // On paper the leader's own charter is printed in full.
    await expect(page.getByRole("table", { name: "Required competencies, grouped by cluster" })).toBeVisible();
    await expect(page.getByText(purposeOf("em")).filter({ visible: true })).toHaveCount(1);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages, "My charter printed on more than two A4 pages").toBeLessThanOrEqual(2);

    await page.emulateMedia({ media: "screen" });
    const path = await engineeringManagerCharterPath(page);
    await page.goto(path);
    const rolePages = await printed(page, testInfo, "engineering-manager-charter");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Role charters" })).toBeHidden();
    expect(rolePages).toBeGreaterThanOrEqual(1);
    expect(rolePages, "the Engineering Manager charter printed on more than two A4 pages").toBeLessThanOrEqual(2);
  });

  test("the charter pages have no axe violations", async ({ page }) => {
    for (const path of ["/charters", await engineeringManagerCharterPath(page), "/me/charter", "/notifications"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.goto(await engineeringManagerCharterPath(page));
    await saveScreenshot(page, "leader-charter-engineering-manager");
  });

  test("a role of another organisation, or one that does not exist, has no charter page", async ({ page, browser, baseURL }) => {
    const foreign = await newSignedInPage(browser, baseURL, ACCOUNTS.foreignHr.email);
    let foreignRolePath: string;
    try {
      await foreign.page.goto("/hr/roles");
      await foreign.page.getByRole("link", { name: FOREIGN.role }).click();
      foreignRolePath = new URL(foreign.page.url()).pathname;
    } finally {
      await foreign.context.close();
    }
    const foreignRoleId = foreignRolePath.split("/").at(-1);
    for (const path of [`/charters/${foreignRoleId}`, "/charters/no-such-role"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
      await expect(page.getByText(FOREIGN.role)).toHaveCount(0);
    }
  });
});

test.describe("as the manager", () => {
  test.use({ as: "manager" });

  test("My charter is a leader's page", async ({ page }) => {
    await page.goto("/me/charter");
    await expect(page).toHaveURL("/forbidden");
  });
});
