import type { AppPrismaClient } from "@/lib/db/create-client";
import type { SupportKind } from "@/lib/db/generated/enums";
import { addDays, fromDateOnly, toDateOnly } from "@/lib/inductions/dates";

/** Puts `personId` on the bench with strengths given as competency keys of `frameworkId`. */
export async function buildSupporterProfile(
  db: AppPrismaClient,
  organisationId: string,
  data: {
    personId: string;
    frameworkId?: string;
    strengths?: { key: string; name: string }[];
    capacity?: number;
    offersCoaching?: boolean;
    offersMentoring?: boolean;
    about?: string;
  },
) {
  const profile = await db.supporterProfile.create({
    data: {
      organisationId,
      personId: data.personId,
      capacity: data.capacity ?? 2,
      offersCoaching: data.offersCoaching ?? true,
      offersMentoring: data.offersMentoring ?? true,
      about: data.about ?? "",
    },
  });
  const frameworkId = data.frameworkId;
  if (frameworkId && data.strengths?.length) {
    await db.supporterStrength.createMany({
      data: data.strengths.map((strength) => ({ organisationId, profileId: profile.id, frameworkId, competencyKey: strength.key, competencyName: strength.name })),
    });
  }
  return profile;
}

/** An active coaching or mentoring relationship, with sessions held on the given days. */
export async function buildRelationship(
  db: AppPrismaClient,
  organisationId: string,
  data: { supporterId: string; leaderId: string; kind?: SupportKind; startOn?: string; endOn?: string; goals?: string; sessions?: { heldOn: string; notes?: string }[]; status?: "ACTIVE" | "ENDED" },
) {
  const startOn = data.startOn ?? toDateOnly(new Date());
  const relationship = await db.supportRelationship.create({
    data: {
      organisationId,
      kind: data.kind ?? "MENTORING",
      supporterId: data.supporterId,
      leaderId: data.leaderId,
      goals: data.goals ?? "Grow confidence in leading former peers.",
      startOn: fromDateOnly(startOn),
      endOn: fromDateOnly(data.endOn ?? addDays(startOn, 180)),
      status: data.status ?? "ACTIVE",
      endedAt: data.status === "ENDED" ? new Date() : null,
    },
  });
  for (const session of data.sessions ?? []) {
    await db.supportSession.create({
      data: { organisationId, relationshipId: relationship.id, heldOn: fromDateOnly(session.heldOn), notes: session.notes ?? "We talked it through.", authorId: data.supporterId },
    });
  }
  return relationship;
}
