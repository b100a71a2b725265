import type { RelationshipStatus, SupportKind } from "@/lib/db/generated/enums";
import { addDays, type DateOnly } from "@/lib/inductions/dates";
import { tableRows, type TableRows } from "./bulk";
import type { CurrentCharter } from "./charters";
import { daysFromToday, daysUntil, earlier, momentOn, randomFor, type PlanContext } from "./context";
import type { PersonPlan } from "./people";
import { COACHING } from "./texts";

/**
 * The coaching and mentoring bench (everyone with the coach hat), their strengths from their own
 * role charter's framework, and relationships with new leaders: mostly mentoring, started over
 * the last eighteen months, the older ones ended, each with sessions every few weeks.
 */

type ProfileRow = { id: string; organisationId: string; personId: string; offersCoaching: boolean; offersMentoring: boolean; capacity: number; about: string; createdAt: Date };
type RelationshipRow = {
  id: string;
  organisationId: string;
  kind: SupportKind;
  supporterId: string;
  leaderId: string;
  goals: string;
  startOn: DateOnly;
  endOn: DateOnly;
  status: RelationshipStatus;
  endedAt: Date | null;
  createdById: string;
  createdAt: Date;
};

export type CoachingPlan = {
  profiles: ProfileRow[];
  strengths: { id: string; organisationId: string; profileId: string; frameworkId: string; competencyKey: string; competencyName: string; createdAt: Date }[];
  relationships: RelationshipRow[];
  sessions: { id: string; organisationId: string; relationshipId: string; heldOn: DateOnly; notes: string; authorId: string; createdAt: Date }[];
};

export function planCoaching(context: PlanContext, coaches: readonly PersonPlan[], leaders: readonly PersonPlan[], hrAdmins: readonly PersonPlan[], charters: Map<string, CurrentCharter>): CoachingPlan {
  const random = randomFor(context, "coaching");
  const plan: CoachingPlan = { profiles: [], strengths: [], relationships: [], sessions: [] };
  const profiles = coaches.map((person) => {
    const offersCoaching = random.chance(0.35);
    const profile: ProfileRow = {
      id: context.ids(),
      organisationId: context.organisationId,
      personId: person.row.id,
      offersCoaching,
      offersMentoring: !offersCoaching || random.chance(0.7),
      capacity: random.int(1, 5),
      about: random.pick(COACHING.about),
      createdAt: momentOn(context, daysFromToday(context, -random.int(400, 700))),
    };
    plan.profiles.push(profile);
    const charter = charters.get(person.row.jobRoleId);
    if (charter) {
      for (const competency of random.sample(charter.competencies, random.int(2, 5))) {
        plan.strengths.push({ id: context.ids(), organisationId: context.organisationId, profileId: profile.id, frameworkId: charter.frameworkId, competencyKey: competency.key, competencyName: competency.name, createdAt: profile.createdAt });
      }
    }
    return { person, profile, active: 0 };
  });
  if (profiles.length === 0 || leaders.length === 0) return plan;

  for (let n = 0; n < context.sizes.relationships; n++) {
    const leader = random.pick(leaders);
    const drawn = random.pick(profiles);
    const supporter = drawn.person === leader ? profiles[(profiles.indexOf(drawn) + 1) % profiles.length] : drawn;
    if (!supporter || supporter.person === leader) continue;
    // A supporter already at capacity gets one that started and ended long ago.
    const full = supporter.active >= supporter.profile.capacity;
    const startOn = daysFromToday(context, -random.int(full ? 400 : 0, 540));
    const endOn = addDays(
      startOn,
      random.weighted([
        [90, 0.2],
        [180, 0.6],
        [365, 0.2],
      ]),
    );
    const ended = daysUntil(context, endOn) < 0;
    const endedOn = ended ? endOn : null;
    if (!ended) supporter.active += 1;
    const relationship: RelationshipRow = {
      id: context.ids(),
      organisationId: context.organisationId,
      kind: supporter.profile.offersMentoring && (!supporter.profile.offersCoaching || random.chance(0.7)) ? "MENTORING" : "COACHING",
      supporterId: supporter.person.row.id,
      leaderId: leader.row.id,
      goals: random.pick(COACHING.goals),
      startOn,
      endOn,
      status: ended ? "ENDED" : "ACTIVE",
      endedAt: endedOn ? momentOn(context, endedOn, 17) : null,
      createdById: random.pick(hrAdmins).row.id,
      createdAt: momentOn(context, addDays(startOn, -random.int(3, 14))),
    };
    plan.relationships.push(relationship);
    const last = earlier(endedOn ?? endOn, context.today);
    for (let heldOn = addDays(startOn, random.int(3, 14)); heldOn <= last; heldOn = addDays(heldOn, random.int(21, 45))) {
      if (random.chance(0.15)) continue;
      const authorId = random.chance(0.8) ? relationship.supporterId : relationship.leaderId;
      plan.sessions.push({ id: context.ids(), organisationId: context.organisationId, relationshipId: relationship.id, heldOn, notes: random.pick(COACHING.notes), authorId, createdAt: momentOn(context, heldOn, 16) });
    }
  }
  return plan;
}

export function coachingTables(plan: CoachingPlan): TableRows[] {
  return [
    tableRows(
      "SupporterProfile",
      { id: "text", organisationId: "text", personId: "text", offersCoaching: "bool", offersMentoring: "bool", capacity: "int", about: "text", createdAt: "timestamp" },
      plan.profiles,
    ),
    tableRows(
      "SupporterStrength",
      { id: "text", organisationId: "text", profileId: "text", frameworkId: "text", competencyKey: "text", competencyName: "text", createdAt: "timestamp" },
      plan.strengths,
    ),
    tableRows(
      "SupportRelationship",
      {
        id: "text",
        organisationId: "text",
        kind: "enum:SupportKind",
        supporterId: "text",
        leaderId: "text",
        goals: "text",
        startOn: "date",
        endOn: "date",
        status: "enum:RelationshipStatus",
        endedAt: "timestamp",
        createdById: "text",
        createdAt: "timestamp",
      },
      plan.relationships,
    ),
    tableRows("SupportSession", { id: "text", organisationId: "text", relationshipId: "text", heldOn: "date", notes: "text", authorId: "text", createdAt: "timestamp" }, plan.sessions),
  ];
}
