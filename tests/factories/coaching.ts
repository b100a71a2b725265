import type { AppPrismaClient } from "@/lib/db/create-client";
import type { AssessmentKind, AssessmentMoment, SupportKind } from "@/lib/db/generated/enums";
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
  data: {
    supporterId: string;
    leaderId: string;
    kind?: SupportKind;
    startOn?: string;
    endOn?: string;
    goals?: string;
    /** Each logged by the supporter unless `authorId` says who. */
    sessions?: { heldOn: string; notes?: string; authorId?: string }[];
    status?: "ACTIVE" | "ENDED";
    endedAt?: Date;
    createdById?: string | null;
  },
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
      endedAt: data.status === "ENDED" ? (data.endedAt ?? new Date()) : null,
      createdById: data.createdById ?? null,
    },
  });
  for (const session of data.sessions ?? []) {
    await db.supportSession.create({
      data: { organisationId, relationshipId: relationship.id, heldOn: fromDateOnly(session.heldOn), notes: session.notes ?? "We talked it through.", authorId: session.authorId ?? data.supporterId },
    });
  }
  return relationship;
}

/** A recorded assessment of `subjectId` (what matching reads the gaps from), rating each competency key at the level given. */
export function buildAssessment(
  db: AppPrismaClient,
  organisationId: string,
  data: { subjectId: string; assessorId: string; charterVersionId: string; levels: Record<string, number>; kind?: AssessmentKind; moment?: AssessmentMoment; inductionId?: string | null; createdAt?: Date },
) {
  return db.assessment.create({
    data: {
      organisationId,
      subjectId: data.subjectId,
      assessorId: data.assessorId,
      charterVersionId: data.charterVersionId,
      inductionId: data.inductionId ?? null,
      kind: data.kind ?? "MANAGER",
      moment: data.moment ?? "ON_DEMAND",
      createdAt: data.createdAt,
      ratings: { createMany: { data: Object.entries(data.levels).map(([competencyKey, level]) => ({ organisationId, competencyKey, level })) } },
    },
  });
}
