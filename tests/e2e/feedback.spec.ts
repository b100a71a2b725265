import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, newSignedInPage, saveScreenshot, test, unique } from "./fixtures";

/**
 * Feedback on competencies with the demo organisation: Lena Park (the demo leader) reads the
 * anonymous request the seed gave her, whose answers show without names; then asks Mark Osei
 * (her manager) and Colin Ashby (her coach) by name, Mark answers from his notification, and
 * she reads his answer beside his name. Her new request is found by its unique message, so
 * reruns and other specs do not disturb it.
 */

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The demo leader's colleagues who answered her anonymous request, and the one who has not. */
const ANONYMOUS_RESPONDENTS = ["Tom Becker", "Aisha Khan", "Ben Carter", "Ruth Morgan"];

test.describe("as the demo leader", () => {
  test.use({ as: "leader" });

  test("the seeded anonymous request shows its answers without names, and the named one shows who answered", async ({ page }) => {
    await page.goto("/me/feedback");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My feedback");
    const anonymous = page.getByRole("region", { name: "Feedback and courageous conversations, Getting results through others", exact: true });
    await expect(anonymous).toContainText("3 of 4 answered");
    await expect(anonymous).toContainText("Anonymous");
    await expect(anonymous).toContainText("3 colleagues answered. Their answers are shown without names");
    await expect(anonymous.getByRole("region", { name: "Answers on Getting results through others" }).getByRole("listitem")).toHaveCount(3);
    await expect(anonymous).toContainText("You told me straight away when the release notes missed the point");
    const html = await anonymous.innerHTML();
    for (const name of ANONYMOUS_RESPONDENTS) expect(html, `the anonymous request names ${name}`).not.toContain(name);
    expect(html).not.toContain("/feedback/");

    const named = page.getByRole("region", { name: "Where time and attention go, Developing people who know more than you", exact: true });
    await expect(named).toContainText("1 of 2 answered");
    await expect(named.getByRole("listitem").filter({ hasText: "Samuel Adeyemi" })).toContainText("Not answered yet");
    await expect(named.getByRole("region", { name: "Answers on Where time and attention go" })).toContainText("Colin Ashby");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "feedback-leader");
  });
});

test("the demo leader asks two colleagues by name; one answers from his notification; she reads the answer with his name", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const message = `I am working on how I run the weekly planning. ${unique("ask")}`;
  const leader = await newSignedInPage(browser, baseURL, ACCOUNTS.leader.email);
  const page = leader.page;
  try {
    await page.goto("/me/feedback");
    const form = page.getByRole("region", { name: "Ask for feedback" });
    await form.getByRole("checkbox", { name: /^Mark Osei/ }).check();
    await form.getByRole("checkbox", { name: /^Colin Ashby/ }).check();
    await form.getByLabel("Message to your colleagues (optional)").fill(message);

    // Without a competency the form is refused, keeps what was chosen and says what is missing.
    await form.getByRole("button", { name: "Ask for feedback" }).click();
    await expect(form.getByRole("status")).toContainText("Please correct the highlighted fields.");
    await expect(form.getByText("Choose at least one competency to ask about")).toBeVisible();
    await expect(form.getByRole("checkbox", { name: /^Mark Osei/ })).toBeChecked();
    await expectNoAxeViolations(page);

    await form.getByRole("checkbox", { name: /^Self-awareness/ }).check();
    await form.getByRole("checkbox", { name: /^Managing the work well/ }).check();
    await form.getByRole("radio", { name: /^Named/ }).check();
    await form.getByRole("button", { name: "Ask for feedback" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your request is on its way" })).toBeVisible();
    const request = page.getByRole("region", { name: "Self-awareness, Managing the work well", exact: true }).filter({ hasText: message });
    await expect(request).toContainText("0 of 2 answered");
    await expect(request).toContainText("Named");

    const manager = await newSignedInPage(browser, baseURL, ACCOUNTS.manager.email);
    try {
      const answerer = manager.page;
      await answerer.goto("/tasks");
      await expect(answerer.getByRole("link", { name: /waiting for your feedback$/ })).toBeVisible();
      await answerer.goto("/notifications");
      const notification = answerer
        .getByRole("listitem")
        .filter({ hasText: `${ACCOUNTS.leader.name} asks for your feedback` })
        .filter({ hasText: "On Self-awareness, Managing the work well." })
        .first();
      await notification.getByRole("link", { name: /^Open/ }).click();
      await expect(answerer).toHaveURL(/\/feedback\/[^/?]+$/);
      await expect(answerer.getByRole("heading", { level: 1 })).toHaveText(`Feedback for ${ACCOUNTS.leader.name}`);
      await expect(answerer.getByText(message)).toBeVisible();
      await expect(answerer.getByText("they will see your name beside your answers")).toBeVisible();
      await expectNoAxeViolations(answerer);
      await saveScreenshot(answerer, "feedback-answer-form");

      const answer = `Planning is calmer: you ask the team for estimates before offering yours. ${unique("answer")}`;
      await answerer.getByLabel("Self-awareness", { exact: true }).fill(answer);
      await answerer.getByRole("button", { name: "Send my feedback" }).click();
      await expect(answerer.getByRole("status").filter({ hasText: "Thank you: your feedback is sent." })).toBeVisible();
      await expect(answerer.getByRole("region", { name: "Your answers" })).toContainText(answer);
      await expectNoAxeViolations(answerer);

      await answerer.goto("/feedback");
      await expect(answerer.getByRole("heading", { level: 1 })).toHaveText("Feedback asked of you");
      await expect(answerer.getByRole("table", { name: "Requests you have answered or declined" })).toContainText(ACCOUNTS.leader.name);
      await expectNoAxeViolations(answerer);
      await saveScreenshot(answerer, "feedback-asked-of-you");

      await page.reload();
      const answered = page.getByRole("region", { name: "Self-awareness, Managing the work well", exact: true }).filter({ hasText: message });
      await expect(answered).toContainText("1 of 2 answered");
      const onSelfAwareness = answered.getByRole("region", { name: "Answers on Self-awareness" });
      await expect(onSelfAwareness).toContainText(answer);
      await expect(onSelfAwareness).toContainText(ACCOUNTS.manager.name);
      await saveScreenshot(page, "feedback-leader-answered");
    } finally {
      await manager.context.close();
    }
  } finally {
    await leader.context.close();
  }
});
