import type { AppPrismaClient } from "@/lib/db/create-client";
import type { LeadershipTrack } from "@/lib/db/generated/enums";
import { defaultNextConversationOn } from "@/lib/conversations/dates";
import { addDays, fromDateOnly, todayIn } from "@/lib/inductions/dates";
import { demoPerson, type DemoContext } from "./demo-context";
import { DEMO_COHORT } from "./demo-inductions";

/**
 * The demo organisation's career conversations, in our own words. Mark Osei has talked twice
 * with Lena Park (the latest with a private note and actions open, overdue and done, and a note
 * she has written for the next one); Samuel's and Sofia's next conversations are overdue and
 * Ruth has never had one, so My team shows every state. Elsewhere, Daniel's conversation with
 * Fatima carries the one HR opening of a private note, so an access log has content without
 * touching Lena's, which the browser tests change.
 */

type DemoAction = { description: string; owner: "report" | "manager"; dueInDays: number; done?: true };
type DemoConversation = {
  /** Keyed as in DEMO_PEOPLE, or by email for the cohort members seeded with the inductions. */
  person: { key: string } | { email: string };
  manager: string;
  /** The next one is planned 90 days after. */
  heldDaysAgo: number;
  track: LeadershipTrack;
  aspirations: string;
  strengths: string;
  energisers: string;
  developmentAreas: string;
  nextRole: string;
  supportNeeded: string;
  sharedNotes: string;
  privateNote?: string;
  actions?: DemoAction[];
};

const cohortEmail = (key: string) => {
  const member = DEMO_COHORT.members.find((candidate) => candidate.key === key);
  if (!member) throw new Error(`The demo cohort has no member "${key}".`);
  return { email: member.email };
};

export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    person: { key: "leader" },
    manager: "manager",
    heldDaysAgo: 130,
    track: "UNDECIDED",
    aspirations: "Wants her work to matter beyond her own pull requests. Not sure yet whether that means running a team or setting direction as a senior engineer.",
    strengths: "The person others ask when the payments service misbehaves; explains a trade-off without making anyone feel slow.",
    energisers: "Pairing with the two newer engineers and untangling the on-call rota. Drained by status meetings with no decisions in them.",
    developmentAreas: "Letting others get it wrong first; saying no to requests that should go to another team.",
    nextRole: "Engineering Manager, or Staff Engineer",
    supportNeeded: "A taste of both tracks before choosing: leading the team for a sprint while I am away, and a morning with Colin on his staff work.",
    sharedNotes: "We agreed to decide on the track after she has tried both. No pressure either way: both are leadership.",
    actions: [
      { description: "Lead the team's sprint planning while Mark is on leave", owner: "report", dueInDays: -100, done: true },
      { description: "Set up a morning with Colin Ashby to see staff-engineer work up close", owner: "manager", dueInDays: -110, done: true },
    ],
  },
  {
    person: { key: "leader" },
    manager: "manager",
    heldDaysAgo: 40,
    track: "PEOPLE_LEADER",
    aspirations: "Lead the payments team well for a year, then think about a second team. Wants to be the manager she wished she had as a junior.",
    strengths: "Trusted by the team already; calm in incidents; good at turning a vague request into a plan people can follow.",
    energisers: "One-to-ones that end with someone unblocked. Seeing Aisha run the architecture review without her.",
    developmentAreas: "Delegating the interesting problems, not just the dull ones. Giving feedback before it becomes a surprise.",
    nextRole: "Engineering Manager (now), Director in the longer run",
    supportNeeded: "Coaching with Colin every fortnight, a place on the spring first-time managers course, and an hour with Mark each month on budgets.",
    sharedNotes: "Chose the people-leader track after running the sprint. We will check in on delegation next time with a real example from each of us.",
    privateNote: "Carrying too much of the on-call load herself and will not say so. Watch for tiredness before the quarter end; raise it gently if it shows.",
    actions: [
      { description: "Write the team's one-page working agreement and share it for comments", owner: "report", dueInDays: -5 },
      { description: "Book Lena onto the spring first-time managers course", owner: "manager", dueInDays: 20 },
      { description: "Ask the team what they want more and less of from her as their manager", owner: "report", dueInDays: -12, done: true },
    ],
  },
  {
    person: { key: "samuel" },
    manager: "manager",
    heldDaysAgo: 150,
    track: "IC_LEADER",
    aspirations: "Shape how the whole platform evolves, without managing people.",
    strengths: "Sees two years ahead in the architecture; writes design documents people actually read.",
    energisers: "Cross-team design reviews; mentoring the senior engineers in other teams.",
    developmentAreas: "Bringing the people affected along before the decision, not after.",
    nextRole: "Staff Engineer",
    supportNeeded: "Sponsorship for the platform roadmap at the quarterly planning meeting.",
    sharedNotes: "Staff Engineer is the right next step; we will plan the move at the next conversation.",
    actions: [{ description: "Draft the platform roadmap and circulate it to the three team leads", owner: "report", dueInDays: -90 }],
  },
  {
    person: cohortEmail("maya"),
    manager: "manager",
    heldDaysAgo: 20,
    track: "PEOPLE_LEADER",
    aspirations: "Build a team that does not need her in every meeting.",
    strengths: "Warm and direct; new starters settle quickly with her.",
    energisers: "Hiring, and watching new people find their feet.",
    developmentAreas: "Planning further than the next sprint.",
    nextRole: "Engineering Manager",
    supportNeeded: "Time with the product director to see how the roadmap is made.",
    sharedNotes: "Good start. Next time: what she wants the team to look like in a year.",
    actions: [{ description: "Spend an afternoon with the product director on the roadmap", owner: "report", dueInDays: 25 }],
  },
  {
    person: cohortEmail("sofia"),
    manager: "manager",
    heldDaysAgo: 100,
    track: "IC_LEADER",
    aspirations: "Become the person teams call before they start a risky migration.",
    strengths: "Deep knowledge of the data platform; patient teacher.",
    energisers: "Untangling old systems; writing the guide that saves the next person a week.",
    developmentAreas: "Speaking up in the architecture forum, not only in writing.",
    nextRole: "Staff Engineer",
    supportNeeded: "A slot to present at the next architecture forum.",
    sharedNotes: "We will look at the forum talk together a week before.",
  },
  {
    person: { key: "fatima" },
    manager: "daniel",
    heldDaysAgo: 60,
    track: "PEOPLE_LEADER",
    aspirations: "Lead a data science team of her own within eighteen months.",
    strengths: "Frames the business question before reaching for a model.",
    energisers: "Working sessions with product managers; teaching experiment design.",
    developmentAreas: "Handing over analysis she could do faster herself.",
    nextRole: "Data Science Lead",
    supportNeeded: "A mentor from outside the data team, and the chance to run the weekly review.",
    sharedNotes: "She runs the weekly review from next month; we look at how it went next time.",
    privateNote: "Has mentioned an offer from another company. Keen to stay if the lead role is realistic; talk to Priya about headcount.",
    actions: [{ description: "Run the weekly analytics review for a month", owner: "report", dueInDays: 10 }],
  },
  {
    person: { key: "ivan" },
    manager: "nadia",
    heldDaysAgo: 120,
    track: "UNDECIDED",
    aspirations: "Unsure; enjoys the work as it is and wants to go deeper before going wider.",
    strengths: "Reliable, thorough code reviews.",
    energisers: "Hard debugging problems.",
    developmentAreas: "Sharing what he knows beyond his own team.",
    nextRole: "",
    supportNeeded: "Nothing yet: to revisit.",
    sharedNotes: "No change wanted for now, and that is fine. We will talk again in the spring.",
  },
  {
    person: { key: "manager" },
    manager: "priya",
    heldDaysAgo: 45,
    track: "PEOPLE_LEADER",
    aspirations: "Grow the engineering managers under him so that two of them could step into his role.",
    strengths: "Patient with new managers; honest about trade-offs upwards.",
    energisers: "Seeing a new manager handle their first difficult conversation well.",
    developmentAreas: "Strategy: connecting the teams' plans to the company's three-year goals.",
    nextRole: "Director of Engineering (broader remit)",
    supportNeeded: "A seat on the strategy working group this year.",
    sharedNotes: "Priya will put Mark forward for the strategy working group.",
    actions: [{ description: "Put Mark forward for the strategy working group", owner: "manager", dueInDays: 15 }],
  },
];

const LENAS_PREPARATION = "I would like to talk about how to hand over on-call without it landing on the same two people.";

/** The one opening of a private note in the demo: HR, on Fatima's conversation, with the reason she reads in her access log. */
const DEMO_NOTE_ACCESS = {
  person: "fatima",
  openedDaysAgo: 12,
  reason: "Fatima asked HR to review her route to the Data Science Lead role; checking what was agreed about it and when.",
};

async function personIdOf(db: AppPrismaClient, context: DemoContext, person: DemoConversation["person"]) {
  if ("key" in person) return demoPerson(context, person.key);
  const found = await db.person.findFirstOrThrow({ where: { organisationId: context.organisationId, email: person.email }, select: { id: true } });
  return found.id;
}

export async function seedDemoConversations(db: AppPrismaClient, context: DemoContext) {
  const organisationId = context.organisationId;
  const today = todayIn(context.timeZone);
  const conversationOf = new Map<string, string>();
  for (const demo of DEMO_CONVERSATIONS) {
    const personId = await personIdOf(db, context, demo.person);
    const managerId = demoPerson(context, demo.manager);
    const heldOn = addDays(today, -demo.heldDaysAgo);
    const conversation = await db.conversation.create({
      data: {
        organisationId,
        personId,
        managerId,
        heldOn: fromDateOnly(heldOn),
        nextConversationOn: fromDateOnly(defaultNextConversationOn(heldOn)),
        track: demo.track,
        aspirations: demo.aspirations,
        strengths: demo.strengths,
        energisers: demo.energisers,
        developmentAreas: demo.developmentAreas,
        nextRole: demo.nextRole,
        supportNeeded: demo.supportNeeded,
        sharedNotes: demo.sharedNotes,
        createdAt: fromDateOnly(heldOn),
      },
    });
    if (demo.privateNote) await db.conversationPrivateNote.create({ data: { organisationId, conversationId: conversation.id, authorId: managerId, text: demo.privateNote } });
    for (const action of demo.actions ?? []) {
      const dueOn = addDays(today, action.dueInDays);
      await db.conversationAction.create({
        data: {
          organisationId,
          conversationId: conversation.id,
          ownerId: action.owner === "report" ? personId : managerId,
          description: action.description,
          dueOn: fromDateOnly(dueOn),
          status: action.done ? "DONE" : "OPEN",
          completedAt: action.done ? fromDateOnly(addDays(dueOn, -1)) : null,
        },
      });
    }
    conversationOf.set(personId, conversation.id);
  }

  await db.conversationPreparation.create({ data: { organisationId, personId: demoPerson(context, "leader"), text: LENAS_PREPARATION } });

  const subjectId = demoPerson(context, DEMO_NOTE_ACCESS.person);
  const conversationId = conversationOf.get(subjectId);
  if (!conversationId) throw new Error(`The demo has no conversation with "${DEMO_NOTE_ACCESS.person}" for HR to have opened.`);
  const openedAt = new Date(fromDateOnly(addDays(today, -DEMO_NOTE_ACCESS.openedDaysAgo)).getTime() + 14 * 3_600_000);
  await db.noteAccess.create({ data: { organisationId, conversationId, subjectId, readerId: context.hrId, reason: DEMO_NOTE_ACCESS.reason, createdAt: openedAt } });
  const [reader, subject] = await Promise.all([context.hrId, subjectId].map((id) => db.person.findUniqueOrThrow({ where: { id }, select: { name: true } })));
  await db.auditEvent.create({
    data: {
      organisationId,
      actorId: context.hrId,
      action: "conversation.private-note.opened",
      entityType: "Conversation",
      entityId: conversationId,
      summary: `${reader?.name} opened the private note of ${subject?.name}'s career conversation`,
      details: { subjectId, reason: DEMO_NOTE_ACCESS.reason },
      createdAt: openedAt,
    },
  });
}
