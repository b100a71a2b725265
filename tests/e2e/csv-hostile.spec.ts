import { writeFileSync } from "node:fs";
import type { Page, Request } from "@playwright/test";
import { expect, saveScreenshot, test, unique } from "./fixtures";

/**
 * Hostile files chosen in the three CSV imports of the production build (people, a cohort,
 * a framework), as a person would: what the browser reads from the file, the message the form
 * shows, and nothing imported. A 50 MB file is stopped in the browser before it is sent; sent
 * anyway, straight to the server action, it is refused without a stack trace.
 */

test.use({ as: "hr" });

const TAG = unique("hostile");
const FIFTY_MB = 50 * 1024 * 1024;

type Import = {
  name: string;
  path: string;
  input: string;
  header: string;
  /** A valid row around `cell`; its email (when it has one) carries TAG, so nothing imported can hide. */
  row: (cell: string) => string;
};

const IMPORTS: Import[] = [
  { name: "people", path: "/hr/people/import", input: "CSV file", header: "name,email,job_role,manager_email,app_roles", row: (cell) => `"${cell}",${TAG}@demo.test,,,` },
  {
    name: "cohort",
    path: "/hr/cohorts/import",
    input: "CSV file",
    header: "email,job_role,start_date,manager_email,cohort",
    row: (cell) => `leader@demo.test,"${cell}",2027-01-04,manager@demo.test,${TAG}`,
  },
  {
    name: "framework",
    path: "/hr/frameworks",
    input: "CSV or JSON file",
    header: "cluster,competency,competency_description,level,level_expectation,indicator",
    row: (cell) => `"${cell}",Listening ${TAG},Hears people out,1,Listens before answering,Summarises what was said`,
  },
];

const latin1 = (text: string) => Buffer.from(text, "latin1");
const utf16le = (text: string) => Buffer.from(text, "utf16le");

type Case = { label: string; bytes: (kind: Import) => Buffer; says: RegExp };

const CASES: Case[] = [
  { label: "wrong columns", bytes: () => Buffer.from("given_name,surname,mail\r\nAnn,Lee,ann@example.test\r\n"), says: /Missing columns|Unknown column|must be the header row/ },
  { label: "Latin-1 (not UTF-8)", bytes: (kind) => latin1(`${kind.header}\r\n${kind.row("Zoë Müller")}\r\n`), says: /not saved as UTF-8/ },
  { label: "UTF-16 without a byte order mark", bytes: (kind) => utf16le(`${kind.header}\r\n${kind.row("Ann Lee")}\r\n`), says: /UTF-16/ },
  { label: "an empty file", bytes: () => Buffer.alloc(0), says: /empty/i },
  { label: "a formula in a cell", bytes: (kind) => Buffer.from(`${kind.header}\r\n${kind.row('=HYPERLINK("http://evil.test","Open")')}\r\n`), says: /treat as a formula/ },
  { label: "a cell starting with a tab and a formula", bytes: (kind) => Buffer.from(`${kind.header}\r\n${kind.row("\t@SUM(1+1)*cmd")}\r\n`), says: /treat as a formula/ },
];

/** Server action requests the page sends from now on. */
function watchActions(page: Page): Request[] {
  const sent: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) sent.push(request);
  });
  return sent;
}

async function choose(page: Page, kind: Import, fileName: string, buffer: Buffer) {
  await page.goto(kind.path);
  await page.getByLabel(kind.input, { exact: true }).setInputFiles({ name: fileName, mimeType: "text/csv", buffer });
}

for (const kind of IMPORTS) {
  test.describe(`the ${kind.name} import`, () => {
    for (const { label, bytes, says } of CASES) {
      test(`shows a clear message for ${label} and imports nothing`, async ({ page }) => {
        await choose(page, kind, `${TAG}.csv`, bytes(kind));
        await expect(page.getByRole("main")).toContainText(says);
        // Nothing can be imported from here: no import button, or one that is off.
        const importButton = page.getByRole("button", { name: /^(Import|Enrol) \d|^Import as draft$/ });
        if (await importButton.count()) await expect(importButton).toBeDisabled();
        await expect(page.getByRole("button", { name: "Import as draft" })).toHaveCount(0);
        await expect(page.getByRole("main")).not.toContainText("Something went wrong");
      });
    }

    test("stops a 50 MB file in the browser, with a clear message, before anything is sent", async ({ page }, testInfo) => {
      await page.goto(kind.path);
      const sent = watchActions(page);
      const big = testInfo.outputPath(`${TAG}-big.csv`);
      writeFileSync(big, Buffer.alloc(FIFTY_MB, "a"));
      await page.getByLabel(kind.input, { exact: true }).setInputFiles(big);
      await expect(page.getByRole("main")).toContainText(/The file is larger than \d+ MB/);
      await saveScreenshot(page, `csv-hostile-${kind.name}-50mb`);
      expect(sent, "the file went to the server").toEqual([]);
    });
  });
}

test("a 50 MB file sent straight to the import's server action is refused without a stack trace, and the app carries on", async ({ page }) => {
  const marker = unique("marker");
  // A small valid file, so the page sends its preview action: that request, with the file swapped for 50 MB, goes again.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (!captured && request.method() === "POST" && (await request.headerValue("next-action"))) {
      const headers = await request.allHeaders();
      for (const name of ["content-length", "host", "cookie", "connection"]) delete headers[name];
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    }
    await route.fallback();
  });
  await choose(page, IMPORTS[0] as Import, "small.csv", Buffer.from(`name,email,job_role,manager_email,app_roles\r\n${marker},${TAG}-small@demo.test,,,\r\n`));
  await expect(page.getByRole("button", { name: "Import 1 person" })).toBeVisible();
  await page.unrouteAll();
  const request = captured as { url: string; headers: Record<string, string>; body: Buffer } | null;
  if (!request) throw new Error("The import sent no server action request");
  expect(request.body.includes(marker)).toBe(true);

  const big = Buffer.concat([request.body.subarray(0, request.body.indexOf(marker)), Buffer.alloc(FIFTY_MB, "a"), request.body.subarray(request.body.indexOf(marker) + marker.length)]);
  const response = await page.request.post(request.url, { headers: request.headers, data: big, maxRedirects: 0, timeout: 120_000 });
  const body = await response.text();
  console.info(`50 MB straight to the server action: HTTP ${response.status()}, ${body.length} characters: ${body.slice(0, 200).replace(/\s+/g, " ")}`);
  expect(response.status(), body.slice(0, 300)).toBe(413);
  expect(body).toBe("What was sent is larger than 6 MB, so it was refused. Nothing was changed.");
  // No stack trace, no file paths, no framework internals.
  expect(body).not.toMatch(/\n\s+at |node_modules|\/work\/|webpack|turbopack|\.tsx?:\d+/i);
  expect(body).not.toContain(marker);

  // The server carries on, and nobody was imported.
  await page.goto(`/hr/people?status=all&q=${encodeURIComponent(TAG)}`);
  await expect(page.getByText("Nobody matches these filters.")).toBeVisible();
});

test("after all the hostile files, nobody and nothing was imported", async ({ page }) => {
  await page.goto(`/hr/people?status=all&q=${encodeURIComponent(TAG)}`);
  await expect(page.getByText("Nobody matches these filters.")).toBeVisible();
  await page.goto("/hr/cohorts");
  await expect(page.getByRole("main")).not.toContainText(TAG);
  await page.goto("/hr/frameworks");
  await expect(page.getByRole("main")).not.toContainText(TAG);
});
