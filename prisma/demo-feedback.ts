import type { AppPrismaClient } from "@/lib/db/create-client";
import { answeredTitle, askedNotification } from "@/lib/feedback/labels";
import type { FeedbackAnswer, FeedbackCompetency } from "@/lib/feedback/schemas";
import { demoPerson, type DemoContext } from "./demo-context";
import { DEMO_COHORT } from "./demo-inductions";

/**
 * The demo organisation's requests for feedback, in our own words. Lena Park (the demo leader)
 * has an anonymous request that enough colleagues answered for the answers to show, and a named
 * one with one answer in and one still to come; Maya Lindqvist, of the Spring leaders cohort,
 * waits for an answer from her manager, Mark Osei, so the demo manager has one to give.
 * People are keys of demo-organisation.ts, or cohort members' keys; competencies are names in
 * the demo framework that the requester's charter requires.
 */

type DemoAnswer = { by: string; daysAgo: number; texts: string[] };

type DemoRequest = {
  requester: string;
  anonymous: boolean;
  daysAgo: number;
  message: string;
  competencies: string[];
  answers: DemoAnswer[];
  /** Asked but not answered yet. */
  waiting: string[];
};

export const DEMO_FEEDBACK: DemoRequest[] = [
  {
    requester: "leader",
    anonymous: true,
    daysAgo: 12,
    message: "I am trying to give feedback sooner and to hand over more of the hands-on work. How is that landing with you? Nothing you say will carry your name.",
    competencies: ["Feedback and courageous conversations", "Getting results through others"],
    answers: [
      {
        by: "tom",
        daysAgo: 11,
        texts: [
          "You told me straight away when the release notes missed the point, and why. That helped more than a polite hint at the retro would have.",
          "You still jump into the pull requests on the payments work. I would learn more if you asked me how I would fix it first.",
        ],
      },
      {
        by: "aisha",
        daysAgo: 9,
        texts: [
          "Feedback comes quickly now, but mostly about the work. I would welcome hearing how I come across in planning, even when it is awkward.",
          "Giving me the on-call rota to run was a real vote of confidence. Checking in once a week, rather than every day, would show it even more.",
        ],
      },
      {
        by: "ben",
        daysAgo: 7,
        texts: [
          "Our one-to-ones feel safer than before. When something is not going well you say so kindly, and we agree what to try next.",
          "The team now knows what done means for each piece of work, and we meet our sprint goals more often than last quarter.",
        ],
      },
    ],
    waiting: ["ruth"],
  },
  {
    requester: "leader",
    anonymous: false,
    daysAgo: 5,
    message: "I have been protecting two afternoons a week for the team and letting Tom lead the design reviews. What do you notice?",
    competencies: ["Where time and attention go", "Developing people who know more than you"],
    answers: [
      {
        by: "coach",
        daysAgo: 3,
        texts: [
          "Your calendar looks like a manager's now, not an engineer's with meetings added. Keep saying no to the incident calls that others can take.",
          "Letting Tom run the design review, and keeping quiet when you would have chosen differently, was the right call. Ask him afterwards what he would change.",
        ],
      },
    ],
    waiting: ["samuel"],
  },
  {
    requester: "maya",
    anonymous: false,
    daysAgo: 4,
    message: "Three weeks in, I would like to hear how I am doing at getting to know the team and the people around it.",
    competencies: ["Understanding people", "Building critical relationships"],
    answers: [],
    waiting: ["manager"],
  },
];

const DAY = 86_400_000;

export async function seedDemoFeedback(db: AppPrismaClient, context: DemoContext) {
  const { organisationId } = context;
  const cohortIds = new Map<string, string>();
  for (const member of DEMO_COHORT.members) {
    const person = await db.person.findUniqueOrThrow({ where: { email: member.email }, select: { id: true } });
    cohortIds.set(member.key, person.id);
  }
  const person = (key: string) => cohortIds.get(key) ?? demoPerson(context, key);
  const names = new Map((await db.person.findMany({ where: { organisationId }, select: { id: true, name: true } })).map((row) => [row.id, row.name]));
  const competencyKeys = new Map(context.framework.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.name, competency.key]));
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);

  for (const demo of DEMO_FEEDBACK) {
    const requesterId = person(demo.requester);
    const requester = names.get(requesterId) ?? "";
    const competencies: FeedbackCompetency[] = demo.competencies.map((name) => {
      const key = competencyKeys.get(name);
      if (!key) throw new Error(`The demo framework has no competency "${name}".`);
      return { key, name };
    });
    const request = await db.feedbackRequest.create({
      data: { organisationId, requesterId, message: demo.message, competencies, anonymous: demo.anonymous, createdAt: ago(demo.daysAgo) },
    });
    const asked = askedNotification(requester, demo.competencies, demo.anonymous);
    const parts = [...demo.answers.map((answer) => ({ key: answer.by, answer })), ...demo.waiting.map((key) => ({ key, answer: null }))];
    for (const { key, answer } of parts) {
      const respondentId = person(key);
      const answers: FeedbackAnswer[] | undefined = answer?.texts.map((text, index) => ({ competencyKey: competencies[index]?.key ?? "", text }));
      const response = await db.feedbackResponse.create({
        data: { organisationId, requestId: request.id, respondentId, answers, answeredAt: answer ? ago(answer.daysAgo) : null, createdAt: ago(demo.daysAgo) },
      });
      await db.notification.create({
        data: { organisationId, recipientId: respondentId, ...asked, href: `/feedback/${response.id}`, createdAt: ago(demo.daysAgo), readAt: answer ? ago(answer.daysAgo) : null },
      });
      if (answer) {
        await db.notification.create({
          data: { organisationId, recipientId: requesterId, title: answeredTitle(names.get(respondentId) ?? "", demo.anonymous), href: "/me/feedback", createdAt: ago(answer.daysAgo), readAt: ago(answer.daysAgo - 1) },
        });
      }
    }
  }
}
