import type { AppPrismaClient } from "@/lib/db/create-client";
import type { SupportKind } from "@/lib/db/generated/enums";
import { addDays, todayIn } from "@/lib/inductions/dates";
import { buildAssessment, buildRelationship, buildSupporterProfile } from "@/tests/factories/coaching";
import { demoPerson, type DemoContext } from "./demo-context";
import { DEMO_COHORT } from "./demo-inductions";

/**
 * The demo's coaching and mentoring bench and its relationships, in our own words:
 * - Colin Ashby coaches Lena Park (her induction already names him) and has met her three
 *   times; an earlier mentoring of Daniel Kim has ended.
 * - Priya Natarajan mentors Jamal Haddad of the Spring cohort, which fills her one place.
 * - Kwame Mensah (Spring cohort, reporting to Nadia Petrova) has a self- and a manager
 *   assessment with clear gaps, so matching him with a mentor shows a ranking (Grace Liu,
 *   then Colin) and both exclusions (Nadia is his manager, Priya is full). The browser test
 *   starts that mentoring from the first suggestion.
 */

type DemoProfile = { person: string; offers: SupportKind[]; capacity: number; about: string; strengths: string[] };

const BENCH: DemoProfile[] = [
  {
    person: "coach",
    offers: ["COACHING", "MENTORING"],
    capacity: 3,
    about: "A principal engineer who moved from the codebase to growing other engineers; accredited coach, and happy to mentor on the IC track.",
    strengths: ["Feedback and courageous conversations", "Developing people who know more than you", "Understanding people", "Self-awareness"],
  },
  {
    person: "nadia",
    offers: ["MENTORING"],
    capacity: 2,
    about: "Runs several engineering teams through their managers; mentors new leaders on delivery through others and on the bigger picture.",
    strengths: ["Getting results through others", "A culture of performance and accountability", "Strategic perspective", "Shaping the organisation"],
  },
  {
    person: "grace",
    offers: ["COACHING", "MENTORING"],
    capacity: 2,
    about: "Head of People. Mentors leaders who lead through influence, and coaches on the relationships a new role depends on.",
    strengths: ["Building critical relationships", "Influence without authority", "Leading and managing: knowing the difference", "Understanding people"],
  },
  {
    person: "priya",
    offers: ["MENTORING"],
    capacity: 1,
    about: "Chief Technology Officer. Takes one mentee at a time, on strategy and shaping the organisation.",
    strengths: ["Strategic perspective", "Shaping the organisation", "Influence without authority"],
  },
];

/** Kwame's levels (1 to 4) on the Staff Engineer charter's competencies; those not named are rated 3, the level the role expects. */
const KWAME_SELF: Record<string, number> = {
  "Expertise and personal delivery": 4,
  "Influence without authority": 2,
  "Building critical relationships": 2,
  "Getting results through others": 2,
};
const KWAME_BY_MANAGER: Record<string, number> = {
  "Expertise and personal delivery": 4,
  "Influence without authority": 1,
  "Building critical relationships": 2,
  "Feedback and courageous conversations": 2,
  "Developing people who know more than you": 2,
  "Getting results through others": 2,
  "Strategic perspective": 1,
};

export async function seedDemoCoaching(db: AppPrismaClient, context: DemoContext) {
  const { organisationId, frameworkId } = context;
  const today = todayIn(context.timeZone);
  const competencies = context.framework.clusters.flatMap((cluster) => cluster.competencies);
  const competency = (name: string) => {
    const found = competencies.find((item) => item.name === name);
    if (!found) throw new Error(`The demo framework has no competency "${name}".`);
    return found;
  };
  const cohortMember = async (key: string) => {
    const member = DEMO_COHORT.members.find((candidate) => candidate.key === key);
    if (!member) throw new Error(`The Spring cohort has no member "${key}".`);
    return (await db.person.findUniqueOrThrow({ where: { email: member.email }, select: { id: true } })).id;
  };

  for (const profile of BENCH) {
    await buildSupporterProfile(db, organisationId, {
      personId: demoPerson(context, profile.person),
      frameworkId,
      strengths: profile.strengths.map((name) => ({ key: competency(name).key, name })),
      capacity: profile.capacity,
      offersCoaching: profile.offers.includes("COACHING"),
      offersMentoring: profile.offers.includes("MENTORING"),
      about: profile.about,
    });
  }

  const colin = demoPerson(context, "coach");
  const lena = demoPerson(context, "leader");
  await buildRelationship(db, organisationId, {
    kind: "COACHING",
    supporterId: colin,
    leaderId: lena,
    startOn: addDays(today, -38),
    endOn: addDays(today, 145),
    createdById: context.hrId,
    goals: "Hand over hands-on technical work without losing the team's trust.\nHold the first difficult performance conversation well.",
    sessions: [
      { heldOn: addDays(today, -35), notes: "Mapped where Lena's week goes: two thirds still on code review. Agreed to hand reviews of the payments service to Tom." },
      { heldOn: addDays(today, -21), notes: "Tom is doing the reviews; Lena found it hard not to step in. Practised asking instead of telling for the next design discussion." },
      { heldOn: addDays(today, -7), notes: "Prepared for the conversation with Ben about missed deadlines: facts first, then listen.", authorId: lena },
    ],
  });
  await buildRelationship(db, organisationId, {
    kind: "MENTORING",
    supporterId: colin,
    leaderId: demoPerson(context, "daniel"),
    startOn: addDays(today, -240),
    endOn: addDays(today, -60),
    status: "ENDED",
    endedAt: new Date(`${addDays(today, -60)}T17:00:00Z`),
    createdById: context.hrId,
    goals: "Find a way of leading data scientists that keeps room for his own research.",
    sessions: [-230, -200, -170, -140, -110, -80].map((days) => ({ heldOn: addDays(today, days), notes: "Monthly catch-up." })),
  });
  await buildRelationship(db, organisationId, {
    kind: "MENTORING",
    supporterId: demoPerson(context, "priya"),
    leaderId: await cohortMember("jamal"),
    startOn: addDays(today, -12),
    endOn: addDays(today, 170),
    createdById: context.hrId,
    goals: "Understand how the engineering strategy is set, and where an engineering manager can shape it.",
    sessions: [{ heldOn: addDays(today, -5), notes: "Walked through this year's technology strategy and the trade-offs behind it." }],
  });

  await seedKwamesAssessments(db, context, today, await cohortMember("kwame"), competency);
}

/** Kwame's self-assessment and his manager's, at the start of his Staff Engineer induction. */
async function seedKwamesAssessments(db: AppPrismaClient, context: DemoContext, today: string, kwame: string, competency: (name: string) => { key: string }) {
  const { organisationId } = context;
  const staff = context.roleIds.get("staff");
  const [induction, charter] = await Promise.all([
    db.induction.findFirstOrThrow({ where: { organisationId, personId: kwame, status: "ACTIVE" }, select: { id: true, managerId: true } }),
    db.charterVersion.findFirstOrThrow({ where: { organisationId, status: "PUBLISHED", charter: { jobRoleId: staff } }, orderBy: { number: "desc" }, select: { id: true, content: true } }),
  ]);
  const required = (charter.content as { requirements: { competencyKey: string }[] }).requirements.map((requirement) => requirement.competencyKey);
  const levels = (named: Record<string, number>) =>
    Object.fromEntries(required.map((key) => [key, Object.entries(named).find(([name]) => competency(name).key === key)?.[1] ?? 3]));
  const base = { subjectId: kwame, charterVersionId: charter.id, inductionId: induction.id, moment: "START" as const };
  await buildAssessment(db, organisationId, { ...base, assessorId: kwame, kind: "SELF", levels: levels(KWAME_SELF), createdAt: new Date(`${addDays(today, -18)}T10:00:00Z`) });
  await buildAssessment(db, organisationId, {
    ...base,
    assessorId: induction.managerId ?? demoPerson(context, "nadia"),
    kind: "MANAGER",
    levels: levels(KWAME_BY_MANAGER),
    createdAt: new Date(`${addDays(today, -16)}T10:00:00Z`),
  });
}
