import type { APIResponse, Page } from "@playwright/test";
import { parsePolicy, scriptNonce } from "@/tests/support/csp";
import { ACCOUNTS, DEMO_ROLES, SIGNED_OUT, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";

/** Every response's security headers, as the production server sends them. */
function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = parsePolicy(headers["content-security-policy"]);
  const nonce = scriptNonce(headers["content-security-policy"]);
  expect(nonce, "script-src has a nonce").toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(policy["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  expect(policy["object-src"]).toEqual(["'none'"]);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  return nonce;
}

/** Every <script> of a page carries the response's nonce (all Next.js's own, inline or not). */
function expectNoncedScripts(html: string, nonce: string | undefined) {
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
}

test.describe("security headers", () => {
  test.use({ as: "hr" });

  test("a signed-in page, the sign-in page and a CSV export get a strict policy with a fresh nonce each time", async ({ page, playwright, baseURL }) => {
    const signedOut = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
    const targets = [
      { path: "/hr", client: page.request, html: true },
      { path: "/sign-in", client: signedOut, html: true },
      { path: "/accessibility", client: signedOut, html: true },
      { path: "/hr/people/export", client: page.request, html: false },
    ];
    for (const target of targets) {
      await test.step(target.path, async () => {
        const first = await target.client.get(target.path);
        const second = await target.client.get(target.path);
        for (const response of [first, second]) {
          expect(response.status()).toBe(200);
          expect(new URL(response.url()).pathname).toBe(target.path);
        }
        if (!target.html) expect(first.headers()["content-type"]).toContain("text/csv");
        const firstNonce = expectSecurityHeaders(first);
        const secondNonce = expectSecurityHeaders(second);
        expect(secondNonce).not.toBe(firstNonce);
        if (target.html) {
          expectNoncedScripts(await first.text(), firstNonce);
          expectNoncedScripts(await second.text(), secondNonce);
        }
      });
    }
    await signedOut.dispose();
  });
});

test("the session cookie is HttpOnly and SameSite=Lax, out of reach of the page's scripts", async ({ browser, baseURL }) => {
  const { context, page } = await newSignedInPage(browser, baseURL, ACCOUNTS.leader.email);
  const session = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token");
  // The test server speaks plain http, where a Secure cookie would be dropped; tests/unit/security-cookies.test.ts covers https.
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("authjs.session-token");
  await context.close();
});

test.describe("what reaches the browser", () => {
  test.use({ as: "hr" });

  test("no page's HTML or React Server Components payload carries a password hash or the auth secret", async ({ page }) => {
    const secret = process.env.E2E_AUTH_SECRET;
    expect(secret, "playwright.config.ts shares the server's AUTH_SECRET").toBeTruthy();

    await page.goto("/hr/people");
    const personPath = await page.getByRole("link", { name: ACCOUNTS.leader.name, exact: true }).getAttribute("href");
    expect(personPath).toMatch(/^\/hr\/people\/[^/]+$/);

    // Each page shows someone's email, so a sign-in redirect or an empty page cannot pass for a clean one.
    const pages = [
      { path: "/hr/people", shows: ACCOUNTS.leader.email },
      { path: personPath ?? "", shows: ACCOUNTS.leader.email },
      { path: "/profile", shows: ACCOUNTS.hr.email },
      { path: "/hr", shows: "HR overview" },
    ];
    for (const { path, shows } of pages) {
      for (const [kind, response] of [
        ["HTML", await page.request.get(path)],
        ["RSC payload", await page.request.get(path, { headers: { RSC: "1" } })],
      ] as const) {
        const body = await response.text();
        expect(new URL(response.url()).pathname, `${kind} of ${path}`).toBe(path);
        if (kind === "RSC payload") expect(response.headers()["content-type"]).toContain("text/x-component");
        expect(body, `${kind} of ${path}`).toContain(shows);
        expect(body, `${kind} of ${path}`).not.toContain("$argon2");
        expect(body, `${kind} of ${path}`).not.toContain("passwordHash");
        expect(body, `${kind} of ${path}`).not.toContain(secret);
      }
    }

    const csv = await (await page.request.get("/hr/people/export")).text();
    expect(csv).toContain(ACCOUNTS.leader.email);
    expect(csv).not.toContain("$argon2");
    expect(csv).not.toContain(secret);
  });
});

test.describe("server actions from another origin", () => {
  test.use({ as: "hr" });

  test("are refused and change nothing; the same call from our origin works", async ({ page, browser, baseURL }) => {
    // A fresh account, so no demo password changes.
    const email = `${unique("csrf")}@demo.test`;
    const oldPassword = "the-first-password-here";
    const newPassword = "the-second-password-here";
    await page.goto("/hr/people/new");
    await page.getByLabel("Full name").fill("Cora Crossorigin");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Temporary password (optional)").fill(oldPassword);
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("status").filter({ hasText: "has been added" })).toBeVisible();

    // The browser makes the real change-password action call; it is held back and replayed by hand.
    const person = await newSignedInPage(browser, baseURL, email, oldPassword);
    await person.page.goto("/profile");
    const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
      void person.page.route("/profile", async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
        const headers = await request.allHeaders();
        resolve({ headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
        await route.abort();
      });
    });
    await person.page.getByLabel("Current password").fill(oldPassword);
    await person.page.getByLabel("New password", { exact: true }).fill(newPassword);
    await person.page.getByLabel("Repeat the new password").fill(newPassword);
    await person.page.getByRole("button", { name: "Change password" }).click();
    const action = await captured;
    const replay = (origin: string) =>
      person.context.request.post("/profile", {
        headers: {
          origin,
          accept: action.headers.accept ?? "text/x-component",
          "content-type": action.headers["content-type"] ?? "",
          "next-action": action.headers["next-action"] ?? "",
          "next-router-state-tree": action.headers["next-router-state-tree"] ?? "",
        },
        data: action.body,
      });

    const refused = await replay("https://evil.example");
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toBe("This request came from another site, so it was refused. Nothing was changed.");

    // Our own origin, the same call: it succeeds, so the current password was still the old one.
    const accepted = await replay(new URL(baseURL ?? "").origin);
    expect(accepted.status()).toBe(200);
    expect(await accepted.text()).toContain("Your password has been changed.");
    await person.context.close();

    const after = await newSignedInPage(browser, baseURL, email, newPassword);
    await expect(after.page).toHaveURL("/profile");
    await after.context.close();
  });
});

/** Pages of one kind are checked once: ids in a path are folded into [id]. */
function routeShape(path: string) {
  return path
    .split(/[?#]/)[0]
    ?.split("/")
    .map((segment) => (/\d/.test(segment) && segment.length >= 20 ? "[id]" : segment))
    .join("/");
}

/** Visits every kind of page a person can reach by links from their home, collecting what the browser complained about. */
async function crawl(page: Page, start: string, limit: number) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  const seen = new Set<string>();
  const queue = [start];
  const visited: string[] = [];
  while (queue.length && visited.length < limit) {
    const path = queue.shift() ?? start;
    const shape = routeShape(path) ?? path;
    if (seen.has(shape)) continue;
    seen.add(shape);
    await page.goto(path);
    await page.waitForLoadState("load");
    // Set by Next.js's client runtime: the page's scripts ran.
    expect(await page.evaluate(() => Boolean((window as { next?: { version?: string } }).next?.version)), `scripts ran on ${path}`).toBe(true);
    visited.push(path);
    const links = await page.locator("a[href^='/']:not([download])").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    for (const link of links) if (!/export|download|\.csv|\.json/.test(link)) queue.push(link);
  }
  return { problems, visited };
}

test.describe("no policy violation or script error in the browser", () => {
  test("on the sign-in page and the accessibility statement", async ({ page }) => {
    const { problems, visited } = await crawl(page, "/sign-in", 5);
    expect(visited).toEqual(expect.arrayContaining(["/sign-in", "/accessibility"]));
    expect(problems).toEqual([]);
    for (const path of ["/sign-in", "/accessibility"]) {
      await page.goto(path);
      await saveScreenshot(page, `security-policy${path.replace("/", "-")}`);
    }
  });

  for (const role of DEMO_ROLES) {
    test.describe(role, () => {
      test.use({ as: role });
      test(`on every kind of page ${ACCOUNTS[role].email} reaches from home`, async ({ page }) => {
        test.setTimeout(120_000);
        const { problems, visited } = await crawl(page, ACCOUNTS[role].home, 40);
        console.info(`${role}: ${visited.length} kinds of page checked`);
        expect(visited.length).toBeGreaterThan(3);
        expect(problems).toEqual([]);
      });
    });
  }
});
