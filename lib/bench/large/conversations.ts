import { defaultNextConversationOn } from "@/lib/conversations/dates";
import type { ActionStatus, LeadershipTrack } from "@/lib/db/generated/enums";
import { addDays, type DateOnly } from "@/lib/inductions/dates";
import { tableRows, type TableRows } from "./bulk";
import { daysFromToday, daysUntil, momentOn, randomFor, type PlanContext } from "./context";
import type { PersonPlan } from "./people";
import type { Random } from "./random";
import { CONVERSATION } from "./texts";

/**
 * Career conversations between managers and their reports. Each manager has a habit: some talk
 * with every report each quarter, some let it slide for half a year, so coverage in the last
 * 90 days differs by manager and some next conversations are overdue. About four in ten carry
 * the manager's private note; most agree an action or two, some of them now overdue.
 */

type ConversationRow = {
  id: string;
  organisationId: string;
  personId: string;
  managerId: string;
  heldOn: DateOnly;
  aspirations: string;
  strengths: string;
  energisers: string;
  developmentAreas: string;
  nextRole: string;
  track: LeadershipTrack;
  supportNeeded: string;
  sharedNotes: string;
  nextConversationOn: DateOnly;
  createdAt: Date;
};

export type ConversationsPlan = {
  conversations: ConversationRow[];
  notes: { id: string; organisationId: string; conversationId: string; authorId: string; text: string; createdAt: Date }[];
  actions: { id: string; organisationId: string; conversationId: string; ownerId: string; description: string; dueOn: DateOnly; status: ActionStatus; completedAt: Date | null; createdAt: Date }[];
  preparations: { id: string; organisationId: string; personId: string; conversationId: string | null; text: string; createdAt: Date }[];
  noteAccesses: { id: string; organisationId: string; conversationId: string; subjectId: string; readerId: string; reason: string; createdAt: Date }[];
};

/** Shares `total` among people in proportion to their weights, whole numbers that add up exactly. */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((acc, share) => acc + share, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

export function planConversations(context: PlanContext, people: readonly PersonPlan[], hrAdmins: readonly PersonPlan[]): ConversationsPlan {
  const random = randomFor(context, "conversations");
  const plan: ConversationsPlan = { conversations: [], notes: [], actions: [], preparations: [], noteAccesses: [] };
  // How regularly each manager holds conversations: 1 is every quarter.
  const habit = new Map(people.filter((person) => person.reports.length > 0).map((manager) => [manager.index, 0.35 + random.next() * 0.65]));
  const reports = people.filter((person) => person.managerIndex !== null && person.row.active);
  const counts = shareOut(
    context.sizes.conversations,
    reports.map((person) => habit.get(person.managerIndex ?? -1) ?? 0.5),
  );

  reports.forEach((person, index) => {
    const manager = people[person.managerIndex ?? -1];
    const count = counts[index] ?? 0;
    if (!manager || count === 0) return;
    const regularity = habit.get(manager.index) ?? 0.5;
    const interval = Math.round(90 / regularity);
    // Counted back from the latest, then held in order.
    const days = [daysFromToday(context, -random.int(1, interval))];
    while (days.length < count) days.push(addDays(days.at(-1) ?? context.today, -(interval + random.int(-15, 15))));
    for (const heldOn of days.reverse()) {
      const row = conversation(context, random, person, manager, heldOn);
      plan.conversations.push(row);
      addDetails(context, random, plan, row, person, manager);
    }
    if (random.chance(0.1)) {
      // A note for the next conversation, not yet attached to one.
      plan.preparations.push({ id: context.ids(), organisationId: context.organisationId, personId: person.row.id, conversationId: null, text: random.pick(CONVERSATION.preparations), createdAt: momentOn(context, daysFromToday(context, -random.int(0, 20))) });
    }
  });

  const withNotes = plan.notes.length ? random.sample(plan.notes, Math.min(plan.notes.length, Math.max(1, Math.round(plan.notes.length / 400)))) : [];
  const conversations = new Map(plan.conversations.map((row) => [row.id, row]));
  for (const note of withNotes) {
    const row = conversations.get(note.conversationId);
    if (!row || hrAdmins.length === 0) continue;
    plan.noteAccesses.push({ id: context.ids(), organisationId: context.organisationId, conversationId: row.id, subjectId: row.personId, readerId: random.pick(hrAdmins).row.id, reason: random.pick(CONVERSATION.noteAccessReasons), createdAt: momentOn(context, daysFromToday(context, -random.int(0, 60))) });
  }
  return plan;
}

function conversation(context: PlanContext, random: Random, person: PersonPlan, manager: PersonPlan, heldOn: DateOnly): ConversationRow {
  return {
    id: context.ids(),
    organisationId: context.organisationId,
    personId: person.row.id,
    managerId: manager.row.id,
    heldOn,
    aspirations: random.pick(CONVERSATION.aspirations),
    strengths: random.pick(CONVERSATION.strengths),
    energisers: random.pick(CONVERSATION.energisers),
    developmentAreas: random.pick(CONVERSATION.developmentAreas),
    nextRole: random.pick(CONVERSATION.nextRoles),
    track: random.weighted<LeadershipTrack>([
      ["UNDECIDED", 0.5],
      ["PEOPLE_LEADER", 0.3],
      ["IC_LEADER", 0.2],
    ]),
    supportNeeded: random.pick(CONVERSATION.support),
    sharedNotes: random.pick(CONVERSATION.shared),
    nextConversationOn: random.chance(0.8) ? defaultNextConversationOn(heldOn) : addDays(heldOn, random.int(30, 120)),
    createdAt: momentOn(context, heldOn, 17),
  };
}

/** The private note, the agreed actions and the report's preparation that belong to one conversation. */
function addDetails(context: PlanContext, random: Random, plan: ConversationsPlan, row: ConversationRow, person: PersonPlan, manager: PersonPlan) {
  const base = () => ({ id: context.ids(), organisationId: context.organisationId, conversationId: row.id });
  if (random.chance(0.4)) plan.notes.push({ ...base(), authorId: manager.row.id, text: random.pick(CONVERSATION.privateNotes), createdAt: row.createdAt });
  if (random.chance(0.2)) plan.preparations.push({ ...base(), personId: person.row.id, text: random.pick(CONVERSATION.preparations), createdAt: momentOn(context, addDays(row.heldOn, -2)) });
  const actionCount = random.weighted([
    [0, 0.25],
    [1, 0.35],
    [2, 0.3],
    [3, 0.1],
  ]);
  for (const description of random.sample(CONVERSATION.actions, actionCount)) {
    const dueOn = addDays(row.heldOn, random.int(14, 60));
    const done = random.chance(daysUntil(context, dueOn) < 0 ? 0.85 : 0.2);
    const doneOn = addDays(dueOn, -random.int(0, 10));
    plan.actions.push({
      ...base(),
      ownerId: random.chance(0.65) ? person.row.id : manager.row.id,
      description,
      dueOn,
      status: done ? "DONE" : "OPEN",
      completedAt: done ? momentOn(context, doneOn > row.heldOn ? doneOn : row.heldOn, 14) : null,
      createdAt: row.createdAt,
    });
  }
}

export function conversationTables(plan: ConversationsPlan): TableRows[] {
  return [
    tableRows(
      "Conversation",
      {
        id: "text",
        organisationId: "text",
        personId: "text",
        managerId: "text",
        heldOn: "date",
        aspirations: "text",
        strengths: "text",
        energisers: "text",
        developmentAreas: "text",
        nextRole: "text",
        track: "enum:LeadershipTrack",
        supportNeeded: "text",
        sharedNotes: "text",
        nextConversationOn: "date",
        createdAt: "timestamp",
      },
      plan.conversations,
    ),
    tableRows("ConversationPrivateNote", { id: "text", organisationId: "text", conversationId: "text", authorId: "text", text: "text", createdAt: "timestamp" }, plan.notes),
    tableRows(
      "ConversationAction",
      { id: "text", organisationId: "text", conversationId: "text", ownerId: "text", description: "text", dueOn: "date", status: "enum:ActionStatus", completedAt: "timestamp", createdAt: "timestamp" },
      plan.actions,
    ),
    tableRows("ConversationPreparation", { id: "text", organisationId: "text", personId: "text", conversationId: "text", text: "text", createdAt: "timestamp" }, plan.preparations),
    tableRows("NoteAccess", { id: "text", organisationId: "text", conversationId: "text", subjectId: "text", readerId: "text", reason: "text", createdAt: "timestamp" }, plan.noteAccesses),
  ];
}
