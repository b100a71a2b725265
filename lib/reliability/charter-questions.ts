import type { AppPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD } from "@/prisma/demo-organisation";
import { signInCookie } from "@/lib/bench/sign-in";
import { callAction, findActionId, type ActionCall } from "./server-action";

/**
 * The write the fault scripts load the app with: the demo's new leader asking a question about
 * their charter (/me/charter). One action writes the question, a notification to each of their
 * manager and the HR admins, and an audit row, in one transaction, and every question has text of
 * our choosing, so each acknowledged write can be looked for afterwards, with all its parts.
 */

export const LEADER_EMAIL = "leader@demo.test";
export const CHARTER_PAGE = "/me/charter";
/** Text on the charter page itself (the page probe tells it from an error page by this). */
export const CHARTER_PAGE_MARKER = "what the role is for";

export type CharterQuestionWriter = { cookie: string; ask(text: string): Promise<ActionCall> };

/** The leader's published charter version: the one their questions are about. */
export async function leaderCharterVersionId(db: AppPrismaClient): Promise<string> {
  const leader = await db.person.findUniqueOrThrow({ where: { email: LEADER_EMAIL }, select: { organisationId: true, jobRoleId: true } });
  const version = await db.charterVersion.findFirstOrThrow({
    where: { organisationId: leader.organisationId, status: "PUBLISHED", charter: { jobRoleId: leader.jobRoleId ?? "" } },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  return version.id;
}

/** Signs in through the sign-in form's action (no cookie, as someone signed out) and returns what the form would show. */
export async function signInThroughForm(baseUrl: string): Promise<ActionCall> {
  const actionId = findActionId("app/(auth)/sign-in/actions.ts", "signInWithPassword");
  return callAction({ baseUrl, pagePath: "/sign-in", actionId, cookie: "", input: { email: LEADER_EMAIL, password: DEMO_PASSWORD, callbackUrl: "/" } });
}

export async function charterQuestionWriter(baseUrl: string, charterVersionId: string): Promise<CharterQuestionWriter> {
  const actionId = findActionId("app/(app)/me/charter/actions.ts", "askCharterQuestionAction");
  const cookie = await signInCookie(baseUrl, LEADER_EMAIL, DEMO_PASSWORD);
  return {
    cookie,
    ask: (question) => callAction({ baseUrl, pagePath: CHARTER_PAGE, actionId, cookie, input: { charterVersionId, question } }),
  };
}

/** How many people one question notified, from the action's answer. */
export function recipientsOf(call: ActionCall): number {
  const recipients = call.kind === "answered" && call.result.ok ? (call.result.data as { recipients?: unknown } | undefined)?.recipients : undefined;
  if (typeof recipients !== "number") throw new Error(`Asking a question did not succeed: ${JSON.stringify(call).slice(0, 500)}`);
  return recipients;
}

export type StoredQuestions = {
  /** Texts of the questions in the database that start with the run's label. */
  texts: Set<string>;
  /** How many of them have their audit row. */
  audited: number;
  /** Notifications whose body is one of them. */
  notifications: number;
};

export async function storedQuestions(db: AppPrismaClient, label: string): Promise<StoredQuestions> {
  const questions = await db.charterQuestion.findMany({ where: { question: { startsWith: label } }, select: { id: true, question: true } });
  const audits = await db.auditEvent.findMany({ where: { action: "charter.questionAsked" }, select: { details: true } });
  const auditedIds = new Set(audits.map((audit) => (audit.details as { questionId?: string } | null)?.questionId));
  const notifications = await db.notification.count({ where: { body: { startsWith: label } } });
  return {
    texts: new Set(questions.map((question) => question.question)),
    audited: questions.filter((question) => auditedIds.has(question.id)).length,
    notifications,
  };
}
