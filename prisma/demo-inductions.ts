import type { AppPrismaClient } from "@/lib/db/create-client";
import type { AppRole, ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { addDays, fromDateOnly, todayIn, type DateOnly } from "@/lib/inductions/dates";
import { DEFAULT_PHASES } from "@/lib/inductions/template-copy";
import { buildInduction, buildPerson } from "@/tests/factories";

/**
 * The demo organisation's inductions, in our own words: a template for each leadership role
 * the demo leaders move into, the demo leader's own induction part-way through, and one
 * cohort of five new leaders who started together. Keyed by the role and person keys of
 * demo-organisation.ts; competencies are named as in the demo framework.
 */

type DemoItem = {
  title: string;
  guidance: string;
  owner: ItemOwner;
  kind: ItemKind;
  dueOffsetDays: number;
  competency?: string;
  needsSignOff?: true;
};

/** Items for each of the DEFAULT_PHASES, in order. */
type DemoTemplate = { roleKey: string; name: string; description: string; phases: [DemoItem[], DemoItem[], DemoItem[], DemoItem[]] };

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    roleKey: "em",
    name: "Engineering Manager induction",
    description: "The first ninety days of leading a team of engineers: what the role asks, what changes from being the expert, and who helps.",
    phases: [
      [
        {
          title: "Tell the team about the move",
          guidance: "Let the team know who their new manager is, from when, and how work in flight will be handed over, before they hear it second-hand.",
          owner: "MANAGER",
          kind: "TASK",
          dueOffsetDays: -7,
        },
        {
          title: "Give access to the people tools and the team's budget",
          guidance: "From the first day, the new manager needs the HR system, the one-to-one notes template, the team's budget lines and the hiring pipeline.",
          owner: "ORGANISATION",
          kind: "TASK",
          dueOffsetDays: -3,
        },
        {
          title: "Introduce the coach",
          guidance: "Arrange a first conversation with their coach, and agree how often they meet and that what is said there stays there.",
          owner: "HR",
          kind: "TASK",
          dueOffsetDays: -2,
        },
      ],
      [
        {
          title: "Read and acknowledge the Engineering Manager charter",
          guidance: "The charter says what the role is for, which decisions are yours, and how success is judged. Read it from start to finish, ask about anything unclear, then acknowledge it.",
          owner: "INDIVIDUAL",
          kind: "ACKNOWLEDGE_CHARTER",
          dueOffsetDays: 5,
        },
        {
          title: "What changes from the expert role?",
          guidance: "Write down three things you were valued for as an expert. For each, note what the team needs from you now instead, and which will be hardest to let go of.",
          owner: "INDIVIDUAL",
          kind: "REFLECTION",
          dueOffsetDays: 7,
          competency: "Self-awareness",
        },
        {
          title: "Agree expectations and support with your manager",
          guidance: "Talk through what good looks like at ninety days, what help is on offer (coach, budget, training), and how you will both notice early if things drift.",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: 10,
          needsSignOff: true,
        },
        {
          title: "Hold a first one-to-one with each person in the team",
          guidance: "Listen more than you speak: what they enjoy, what gets in their way, where they want to grow. Keep short private notes to build on.",
          owner: "INDIVIDUAL",
          kind: "TASK",
          dueOffsetDays: 21,
          competency: "Understanding people",
          needsSignOff: true,
        },
        {
          title: "Practise: hand over a piece of work you would normally do yourself",
          guidance: "Pick a task you could finish faster than anyone, give it to a team member with the context they need, and do not take it back. Note what it cost you and what it gave them.",
          owner: "INDIVIDUAL",
          kind: "MINDSET_PRACTICE",
          dueOffsetDays: 28,
          competency: "Getting results through others",
        },
        {
          title: "Check who does what: your part and the organisation's",
          guidance: "Go through this induction with the new manager and make sure every item the organisation or HR owes has a named person behind it.",
          owner: "HR",
          kind: "TASK",
          dueOffsetDays: 30,
        },
      ],
      [
        {
          title: "Leadership or management? Sort your week",
          guidance: "Take last week's calendar and mark each hour as leading (direction, people, change) or managing (plans, process, reporting). What balance do you want three months from now?",
          owner: "INDIVIDUAL",
          kind: "REFLECTION",
          dueOffsetDays: 35,
          competency: "Leading and managing: knowing the difference",
        },
        {
          title: "Practise: ask before you answer",
          guidance: "For two weeks, when someone brings you a problem, ask what they would do before you offer a view. Note what happened when you held back.",
          owner: "INDIVIDUAL",
          kind: "MINDSET_PRACTICE",
          dueOffsetDays: 45,
          competency: "Developing people who know more than you",
        },
        {
          title: "Career conversation with your manager",
          guidance: "Where do you want to be in two years? Which of the charter's competencies are furthest from where you are? Agree the first steps of a development plan.",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: 55,
          needsSignOff: true,
        },
        {
          title: "Book a place on the first-line leadership course",
          guidance: "Reserve a place on the next course and keep the days clear in the new manager's calendar.",
          owner: "ORGANISATION",
          kind: "TASK",
          dueOffsetDays: 60,
        },
      ],
      [
        {
          title: "Ask the team how your first months have gone",
          guidance: "Ask each person one thing to keep doing and one thing to change. Thank them, and tell them what you will do with it.",
          owner: "INDIVIDUAL",
          kind: "TASK",
          dueOffsetDays: 75,
          competency: "Feedback and courageous conversations",
        },
        {
          title: "What kind of leader are you becoming?",
          guidance: "Read your first reflection again. What has changed in where your time goes and where your sense of a good day comes from?",
          owner: "INDIVIDUAL",
          kind: "REFLECTION",
          dueOffsetDays: 85,
          competency: "Self-awareness",
        },
        {
          title: "Ninety-day review",
          guidance: "Look back at the expectations agreed in the first month, close the induction together and agree what the development plan covers next.",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: 90,
          needsSignOff: true,
        },
      ],
    ],
  },
  {
    roleKey: "staff",
    name: "Staff Engineer induction",
    description: "Leading across teams without managing them: influence, technical direction and the time to do both.",
    phases: [
      [
        {
          title: "Agree which teams you will work across",
          guidance: "Settle with your manager which teams and problems are yours, and tell those teams' managers.",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: -7,
        },
        {
          title: "Read and acknowledge the Staff Engineer charter",
          guidance: "Pay most attention to the decisions the role influences rather than makes. Ask about anything unclear, then acknowledge it.",
          owner: "INDIVIDUAL",
          kind: "ACKNOWLEDGE_CHARTER",
          dueOffsetDays: -3,
        },
      ],
      [
        {
          title: "Introduce the mentor",
          guidance: "Pair the new staff engineer with an experienced principal engineer from another area, and set up their first meeting.",
          owner: "HR",
          kind: "TASK",
          dueOffsetDays: 7,
        },
        {
          title: "Which decisions do you now shape rather than make?",
          guidance: "List the decisions you used to make alone and the ones you now need others to make well. What will you do differently to be heard?",
          owner: "INDIVIDUAL",
          kind: "REFLECTION",
          dueOffsetDays: 14,
          competency: "Influence without authority",
        },
        {
          title: "Practise: review a design by asking questions only",
          guidance: "In your next design review, offer no answers: only questions that help the author see the weak spots themselves.",
          owner: "INDIVIDUAL",
          kind: "MINDSET_PRACTICE",
          dueOffsetDays: 25,
          competency: "Developing people who know more than you",
        },
      ],
      [
        {
          title: "Keep time free for work across teams",
          guidance: "Take the new staff engineer off a single team's on-call rota and sprint commitments, so at least half their time goes to work across teams.",
          owner: "ORGANISATION",
          kind: "TASK",
          dueOffsetDays: 40,
        },
        {
          title: "Write a technical direction and ask for critique",
          guidance: "Set out where one shared system should go over the next year and why, then invite the engineers affected to pick it apart.",
          owner: "INDIVIDUAL",
          kind: "TASK",
          dueOffsetDays: 50,
          competency: "Strategic perspective",
          needsSignOff: true,
        },
      ],
      [
        {
          title: "Career conversation with your manager",
          guidance: "Review how your influence has grown, what got in the way, and what the development plan should cover next.",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: 80,
          needsSignOff: true,
        },
      ],
    ],
  },
  {
    roleKey: "dslead",
    name: "Data Science Lead induction",
    description: "From doing the analysis to leading the people who do it, and connecting their work to the questions that matter.",
    phases: [
      [
        {
          title: "Hand over your open analyses",
          guidance: "List the analyses and models you own, and agree who takes each one on and by when.",
          owner: "INDIVIDUAL",
          kind: "TASK",
          dueOffsetDays: -5,
        },
        {
          title: "Read and acknowledge the Data Science Lead charter",
          guidance: "Note what the role is accountable for that you were not before. Ask about anything unclear, then acknowledge it.",
          owner: "INDIVIDUAL",
          kind: "ACKNOWLEDGE_CHARTER",
          dueOffsetDays: -3,
        },
      ],
      [
        {
          title: "Introduce the coach",
          guidance: "Arrange a first conversation with their coach and agree how often they will meet.",
          owner: "HR",
          kind: "TASK",
          dueOffsetDays: 7,
        },
        {
          title: "Agree expectations and support with your manager",
          guidance: "What should the team deliver this quarter, what will you stop doing yourself, and what support can you count on?",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: 10,
          needsSignOff: true,
        },
        {
          title: "Meet the team and the people who use its work",
          guidance: "One conversation with each team member and with the main people who rely on the team's findings: what do they need, and what gets in the way?",
          owner: "INDIVIDUAL",
          kind: "TASK",
          dueOffsetDays: 20,
          competency: "Building critical relationships",
        },
      ],
      [
        {
          title: "Practise: let someone else present the team's findings",
          guidance: "Coach a team member to present the next piece of work to its audience, and stay in the background.",
          owner: "INDIVIDUAL",
          kind: "MINDSET_PRACTICE",
          dueOffsetDays: 45,
          competency: "Getting results through others",
        },
        {
          title: "Where did your time go?",
          guidance: "Look back over a fortnight: how much went on your own analysis, and how much on helping the team do theirs?",
          owner: "INDIVIDUAL",
          kind: "REFLECTION",
          dueOffsetDays: 55,
          competency: "Where time and attention go",
        },
      ],
      [
        {
          title: "Career conversation with your manager",
          guidance: "Talk about the leader you want to become and agree what the development plan should cover next.",
          owner: "MANAGER",
          kind: "CONVERSATION",
          dueOffsetDays: 85,
          needsSignOff: true,
        },
      ],
    ],
  },
];

type CohortMember = { key: string; name: string; email: string; role: "em" | "staff" | "dslead"; manager: string; coach?: string; startedDaysAgo: number; leftOpen: number };

/**
 * The demo leader's own induction: 40 days in, about half settled, one item done and waiting for
 * sign-off, and the charter still to acknowledge (the one item overdue: the leader's browser
 * journey acknowledges it).
 */
export const DEMO_LEADER_INDUCTION = {
  person: "leader",
  role: "em",
  manager: "manager",
  coach: "coach",
  startedDaysAgo: 40,
  leftOpen: ["Read and acknowledge the Engineering Manager charter"],
  awaitingSignOff: ["Agree expectations and support with your manager"],
};

/** Five new leaders who started together; each has left the last `leftOpen` of their items due so far undone. */
/** Daniel Kim became the Data Science Lead the year before: his induction is the demo's finished one. */
export const DEMO_FINISHED_INDUCTION = { person: "daniel", role: "dslead", manager: "priya", startedDaysAgo: 230 } as const;

export const DEMO_COHORT: { name: string; members: CohortMember[] } = {
  name: "Spring leaders",
  members: [
    { key: "maya", name: "Maya Lindqvist", email: "maya.lindqvist@demo.test", role: "em", manager: "manager", coach: "coach", startedDaysAgo: 21, leftOpen: 0 },
    { key: "kwame", name: "Kwame Mensah", email: "kwame.mensah@demo.test", role: "staff", manager: "nadia", startedDaysAgo: 21, leftOpen: 1 },
    { key: "elena", name: "Elena Rossi", email: "elena.rossi@demo.test", role: "dslead", manager: "priya", coach: "nadia", startedDaysAgo: 21, leftOpen: 0 },
    { key: "jamal", name: "Jamal Haddad", email: "jamal.haddad@demo.test", role: "em", manager: "nadia", startedDaysAgo: 14, leftOpen: 2 },
    { key: "sofia", name: "Sofia Marín", email: "sofia.marin@demo.test", role: "staff", manager: "manager", coach: "coach", startedDaysAgo: 14, leftOpen: 1 },
  ],
};

const LEADER_HAT: AppRole[] = ["LEADER"];

type SeedContext = {
  organisationId: string;
  roleIds: Map<string, string>;
  personIds: Map<string, string>;
  framework: FrameworkDocument;
  passwordHash: string;
  /** The HR admin who does what HR and the organisation owe. */
  hrId: string;
  timeZone: string;
};

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`The demo inductions need ${what}, which the demo organisation does not have.`);
  return value;
};

async function seedTemplates(db: AppPrismaClient, context: SeedContext): Promise<Map<string, string>> {
  const competencyKeys = new Map(context.framework.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.name, competency.key]));
  const templateIds = new Map<string, string>();
  for (const demo of DEMO_TEMPLATES) {
    const template = await db.inductionTemplate.create({
      data: { organisationId: context.organisationId, name: demo.name, description: demo.description, jobRoleId: need(context.roleIds.get(demo.roleKey), `the role "${demo.roleKey}"`) },
    });
    for (const [position, items] of demo.phases.entries()) {
      const phase = await db.templatePhase.create({ data: { organisationId: context.organisationId, templateId: template.id, name: need(DEFAULT_PHASES[position], "a default phase").name, position } });
      await db.templateItem.createMany({
        data: items.map((item, itemPosition) => ({
          organisationId: context.organisationId,
          templateId: template.id,
          phaseId: phase.id,
          position: itemPosition,
          title: item.title,
          guidance: item.guidance,
          owner: item.owner,
          kind: item.kind,
          dueOffsetDays: item.dueOffsetDays,
          needsSignOff: item.needsSignOff === true,
          competencyKey: item.competency ? need(competencyKeys.get(item.competency), `the competency "${item.competency}"`) : null,
        })),
      });
    }
    templateIds.set(demo.roleKey, template.id);
  }
  return templateIds;
}

type Enrolment = {
  personId: string;
  roleKey: string;
  managerId: string;
  supporterId: string | null;
  startDate: DateOnly;
  cohortId: string | null;
  isOpen: (title: string, index: number, dueSoFar: number) => boolean;
  awaitingSignOff?: readonly string[];
};

/**
 * Enrols through the same copy the app uses, then marks done what the story says is done by
 * now: every item due before today that `isOpen` leaves, done by its owner a day before it was
 * due, and signed off the next day where it needs it (by the manager, or by HR for the
 * manager's own items) unless it is `awaitingSignOff`. A done charter item comes with the
 * acknowledgement of the role's published charter that it stands for.
 */
async function enrolWithProgress(db: AppPrismaClient, context: SeedContext, templateIds: Map<string, string>, today: DateOnly, enrolment: Enrolment) {
  const jobRoleId = need(context.roleIds.get(enrolment.roleKey), `the role "${enrolment.roleKey}"`);
  const induction = await buildInduction(db, context.organisationId, {
    personId: enrolment.personId,
    jobRoleId,
    templateId: need(templateIds.get(enrolment.roleKey), `a template for "${enrolment.roleKey}"`),
    managerId: enrolment.managerId,
    supporterId: enrolment.supporterId,
    startDate: enrolment.startDate,
    cohortId: enrolment.cohortId,
  });
  await db.person.update({ where: { id: enrolment.personId }, data: { jobRoleId, managerId: enrolment.managerId } });

  const items = await db.inductionItem.findMany({ where: { inductionId: induction.id }, orderBy: [{ dueDate: "asc" }, { position: "asc" }] });
  const due = items.filter((item) => item.dueDate < fromDateOnly(today));
  for (const [index, item] of due.entries()) {
    if (enrolment.isOpen(item.title, index, due.length)) continue;
    const doneAt = new Date(fromDateOnly(addDays(item.dueDate.toISOString().slice(0, 10), -1)).getTime() + 10 * 3_600_000);
    const doneBy = item.owner === "INDIVIDUAL" ? enrolment.personId : item.owner === "MANAGER" ? enrolment.managerId : context.hrId;
    const signer = item.owner === "MANAGER" ? context.hrId : enrolment.managerId;
    await db.inductionItem.update({
      where: { id: item.id },
      data: {
        status: "DONE",
        completedAt: doneAt,
        completedById: doneBy,
        ...(item.needsSignOff && !enrolment.awaitingSignOff?.includes(item.title) ? { signedOffAt: new Date(doneAt.getTime() + 86_400_000), signedOffById: signer } : {}),
      },
    });
    if (item.kind === "ACKNOWLEDGE_CHARTER") {
      const charter = await db.charterVersion.findFirstOrThrow({ where: { organisationId: context.organisationId, status: "PUBLISHED", charter: { jobRoleId } }, orderBy: { number: "desc" } });
      await db.charterAcknowledgement.create({ data: { organisationId: context.organisationId, personId: enrolment.personId, charterVersionId: charter.id, acknowledgedAt: doneAt } });
    }
  }
  return induction;
}

/** Templates for the leadership roles, the demo leader's induction, and the "Spring leaders" cohort with its five new people. */
export async function seedDemoInductions(db: AppPrismaClient, context: SeedContext) {
  const today = todayIn(context.timeZone);
  const templateIds = await seedTemplates(db, context);
  const person = (key: string) => need(context.personIds.get(key), `the person "${key}"`);

  const leader = DEMO_LEADER_INDUCTION;
  await enrolWithProgress(db, context, templateIds, today, {
    personId: person(leader.person),
    roleKey: leader.role,
    managerId: person(leader.manager),
    supporterId: person(leader.coach),
    startDate: addDays(today, -leader.startedDaysAgo),
    cohortId: null,
    isOpen: (title) => leader.leftOpen.includes(title),
    awaitingSignOff: leader.awaitingSignOff,
  });

  const finished = DEMO_FINISHED_INDUCTION;
  const finishedInduction = await enrolWithProgress(db, context, templateIds, today, {
    personId: person(finished.person),
    roleKey: finished.role,
    managerId: person(finished.manager),
    supporterId: null,
    startDate: addDays(today, -finished.startedDaysAgo),
    cohortId: null,
    isOpen: () => false,
  });
  const lastItem = await db.inductionItem.findFirstOrThrow({ where: { inductionId: finishedInduction.id }, orderBy: { dueDate: "desc" } });
  await db.induction.update({ where: { id: finishedInduction.id }, data: { status: "COMPLETED", completedAt: new Date(lastItem.dueDate.getTime() + 86_400_000) } });

  const cohort = await db.cohort.create({ data: { organisationId: context.organisationId, name: DEMO_COHORT.name } });
  for (const member of DEMO_COHORT.members) {
    const created = await buildPerson(db, context.organisationId, { name: member.name, email: member.email, roles: LEADER_HAT, passwordHash: context.passwordHash });
    await enrolWithProgress(db, context, templateIds, today, {
      personId: created.id,
      roleKey: member.role,
      managerId: person(member.manager),
      supporterId: member.coach ? person(member.coach) : null,
      startDate: addDays(today, -member.startedDaysAgo),
      cohortId: cohort.id,
      isOpen: (_title, index, dueSoFar) => index >= dueSoFar - member.leftOpen,
    });
  }
}
