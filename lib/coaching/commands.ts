import "server-only";
import type { SessionPerson } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/db/errors";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { Strength } from "./matching";
import { listStrengthOptions } from "./queries";
import type { AddSupporterInput, UpdateSupporterInput } from "./schemas";

/** HR's bench: putting people who wear the Coach or mentor hat on it, their profiles, and taking them off. */

const STRENGTH_GONE = "One of the chosen strengths is no longer in a published framework. Reload the page and choose again.";
const PROFILE_CHANGED = "Someone else saved this profile while you were editing it. Your changes are still in the form: reload the page to see theirs, then apply yours again.";

/** Each "<framework id>:<competency key>" checked against the latest published version of its framework, with the competency's name. */
async function resolveStrengths(organisationId: string, values: readonly string[]): Promise<Strength[]> {
  const chosen = [...new Set(values)].map((value) => {
    const [frameworkId = "", competencyKey = ""] = value.split(":");
    return { frameworkId, competencyKey };
  });
  if (chosen.length === 0) return [];
  const options = await listStrengthOptions(organisationId, [...new Set(chosen.map((item) => item.frameworkId))]);
  return chosen.map(({ frameworkId, competencyKey }) => {
    const competency = options
      .find((option) => option.frameworkId === frameworkId)
      ?.clusters.flatMap((cluster) => cluster.competencies)
      .find((item) => item.key === competencyKey);
    if (!competency) throw new InvalidError({ strengths: [STRENGTH_GONE] }, STRENGTH_GONE);
    return { frameworkId, competencyKey, competencyName: competency.name };
  });
}

const profileData = (input: AddSupporterInput | UpdateSupporterInput) => ({
  offersCoaching: input.offers.includes("COACHING"),
  offersMentoring: input.offers.includes("MENTORING"),
  capacity: input.capacity,
  about: input.about,
});

function writeStrengths(tx: Tx, organisationId: string, profileId: string, strengths: readonly Strength[]) {
  return tx.supporterStrength.createMany({ data: strengths.map((strength) => ({ ...strength, organisationId, profileId })) });
}

const auditDetails = (input: AddSupporterInput | UpdateSupporterInput, strengths: readonly Strength[]) => ({
  ...profileData(input),
  strengths: strengths.map((strength) => strength.competencyName),
});

export async function addSupporter(actor: SessionPerson, input: AddSupporterInput) {
  const organisationId = actor.organisationId;
  const person = await db.person.findFirst({
    where: { id: input.personId, organisationId },
    select: { id: true, name: true, active: true, roles: true, supporterProfile: { select: { id: true } } },
  });
  if (!person) throw new NotFoundError("person");
  const refuse = (message: string) => new InvalidError({ personId: [message] }, message);
  if (!person.active) throw refuse(`${person.name} is deactivated. Reactivate them on the People page first.`);
  if (!person.roles.includes("COACH")) throw refuse(`${person.name} does not wear the Coach or mentor hat. Give it to them on the People page first.`);
  if (person.supporterProfile) throw refuse(`${person.name} is on the bench already. Edit their profile instead.`);
  const strengths = await resolveStrengths(organisationId, input.strengths);
  try {
    return await db.$transaction(async (tx) => {
      const profile = await tx.supporterProfile.create({ data: { organisationId, personId: person.id, ...profileData(input) }, select: { id: true } });
      await writeStrengths(tx, organisationId, profile.id, strengths);
      await recordAudit(tx, {
        organisationId,
        actorId: actor.id,
        action: "coaching.supporter_added",
        entityType: "SupporterProfile",
        entityId: profile.id,
        summary: `Put ${person.name} on the coaching and mentoring bench`,
        details: { personId: person.id, ...auditDetails(input, strengths) },
      });
      return { profileId: profile.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${person.name} was put on the bench a moment ago. Reload the page to edit their profile.`);
    throw error;
  }
}

async function findProfile(organisationId: string, profileId: string) {
  const profile = await db.supporterProfile.findFirst({ where: { id: profileId, organisationId }, select: { id: true, person: { select: { id: true, name: true } } } });
  if (!profile) throw new NotFoundError("bench profile");
  return profile;
}

export async function updateSupporter(actor: SessionPerson, input: UpdateSupporterInput) {
  const organisationId = actor.organisationId;
  const profile = await findProfile(organisationId, input.profileId);
  const strengths = await resolveStrengths(organisationId, input.strengths);
  return db.$transaction(async (tx) => {
    const { count } = await tx.supporterProfile.updateMany({
      where: { id: profile.id, organisationId, version: input.version },
      data: { ...profileData(input), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(PROFILE_CHANGED);
    await tx.supporterStrength.deleteMany({ where: { organisationId, profileId: profile.id } });
    await writeStrengths(tx, organisationId, profile.id, strengths);
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "coaching.supporter_updated",
      entityType: "SupporterProfile",
      entityId: profile.id,
      summary: `Updated ${profile.person.name}'s bench profile`,
      details: { personId: profile.person.id, ...auditDetails(input, strengths) },
    });
    return { profileId: profile.id };
  });
}

/** Takes someone off the bench: they are no longer suggested; relationships already running carry on. */
export async function removeSupporter(actor: SessionPerson, profileId: string) {
  const organisationId = actor.organisationId;
  const profile = await findProfile(organisationId, profileId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.supporterProfile.deleteMany({ where: { id: profile.id, organisationId } });
    if (count === 0) throw new NotFoundError("bench profile");
    await recordAudit(tx, {
      organisationId,
      actorId: actor.id,
      action: "coaching.supporter_removed",
      entityType: "SupporterProfile",
      entityId: profile.id,
      summary: `Took ${profile.person.name} off the coaching and mentoring bench`,
      details: { personId: profile.person.id },
    });
    return { profileId: profile.id, name: profile.person.name };
  });
}
