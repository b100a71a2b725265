import { beforeEach, describe, expect, it } from "vitest";
import { endRelationshipAction as coachEndAction, logSessionAction as coachLogAction } from "@/app/(app)/coaching/actions";
import { addSupporterAction, endRelationshipAction as hrEndAction, removeSupporterAction, startRelationshipAction, updateSupporterAction } from "@/app/(app)/hr/coaching/actions";
import { logSessionAction as leaderLogAction } from "@/app/(app)/me/support/actions";
import type { SessionPerson } from "@/lib/auth/session";
import { getMatch, listOwnRelationships, listRelationships } from "@/lib/coaching/queries";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { AppRole } from "@/lib/db/generated/enums";
import { addDays, toDateOnly } from "@/lib/inductions/dates";
import { buildCharter, buildFramework, buildInduction, buildPerson, buildRelationship, buildSupporterProfile, sampleCharter } from "@/tests/factories";
import { buildAssessment } from "@/tests/factories/coaching";
import { describeOutcome, refusal, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { changes, snapshotDatabase } from "@/tests/support/database-snapshot";
import { buildWorld, type World } from "@/tests/support/world";
import { as } from "@/tests/support/acting";

/**
 * The bench, matching and relationships on real rows: the ranking of a leader's suggestions
 * from their recorded assessment, who is left out and why, starting a relationship from a
 * suggestion (checked again on the server), ending it, logging sessions, and who reads what:
 * the supporter and the leader read the notes; HR sees counts; nobody else sees anything.
 */

type Person = { id: string; organisationId: string; name: string; email: string; roles: AppRole[] };

const session = (person: Person): SessionPerson => ({ ...person, organisationName: "Test organisation" });

type Setup = {
  world: World;
  frameworkId: string;
  keys: string[];
  names: string[];
  ann: Person;
  ben: Person;
  cal: Person;
  fay: Person;
  olive: Person;
  induction: { id: string };
};

/** Strengths given as indexes of the charter's four competencies. */
const strengthsOf = (setup: Pick<Setup, "keys" | "names">, indexes: number[]) => indexes.map((index) => ({ key: setup.keys[index] ?? "", name: setup.names[index] ?? "" }));

/**
 * The world's leader, on a running induction into a role whose charter requires four
 * competencies (expected at level 3 of 4), rated by their manager 1, 2, 3 and 1: gaps of 2, 1,
 * 0 and 2, five points in all. The bench: Ann covers 4 points, Ben and Cal 1 each (Cal has
 * fewer places free), the manager all 5, Fay all 5 but is full, Olive coaches only; a
 * deactivated coach and another organisation's coach are on their own benches.
 */
async function coachingWorld(): Promise<Setup> {
  const world = await buildWorld();
  const organisationId = world.organisation.id;
  const { framework, version, content } = await buildFramework(db, organisationId, { status: "PUBLISHED" });
  const charter = sampleCharter(content, { requireCount: 4, stageIndex: 1 });
  const { version: charterVersion } = await buildCharter(db, organisationId, { jobRoleId: world.leaderRole.id, frameworkVersionId: version.id, content: charter, status: "PUBLISHED" });
  const keys = charter.requirements.map((requirement) => requirement.competencyKey);
  const names = keys.map((key) => content.clusters.flatMap((cluster) => cluster.competencies).find((competency) => competency.key === key)?.name ?? "");
  const induction = await buildInduction(db, organisationId, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: world.manager.id });
  await buildAssessment(db, organisationId, {
    subjectId: world.leader.id,
    assessorId: world.manager.id,
    charterVersionId: charterVersion.id,
    inductionId: induction.id,
    levels: { [keys[0] ?? ""]: 1, [keys[1] ?? ""]: 2, [keys[2] ?? ""]: 3, [keys[3] ?? ""]: 1 },
  });
  const setup = { keys, names };
  const onBench = async (name: string, data: { strengths: number[]; capacity?: number; offersMentoring?: boolean; roles?: AppRole[]; active?: boolean }) => {
    const person = await buildPerson(db, organisationId, { name, roles: data.roles ?? ["COACH"], active: data.active });
    await buildSupporterProfile(db, organisationId, { personId: person.id, frameworkId: framework.id, strengths: strengthsOf(setup, data.strengths), capacity: data.capacity ?? 3, offersMentoring: data.offersMentoring });
    return person;
  };
  const ann = await onBench("Ann Strong", { strengths: [0, 3], capacity: 2 });
  const ben = await onBench("Ben Partial", { strengths: [1, 2] });
  const cal = await onBench("Cal Same", { strengths: [1] });
  const fay = await onBench("Fay Full", { strengths: [0, 1, 3], capacity: 1 });
  const olive = await onBench("Olive Coach-only", { strengths: [0, 1, 3], offersMentoring: false });
  await onBench("Dee Deactivated", { strengths: [0, 1, 3], active: false });
  const other = await buildPerson(db, organisationId, { name: "Oscar Other", roles: ["LEADER"] });
  await buildRelationship(db, organisationId, { supporterId: cal.id, leaderId: other.id, kind: "COACHING" });
  await buildRelationship(db, organisationId, { supporterId: fay.id, leaderId: other.id });
  // The leader's manager wears the coach's hat too, and would cover every gap.
  await db.person.update({ where: { id: world.manager.id }, data: { roles: ["MANAGER", "COACH"] } });
  await buildSupporterProfile(db, organisationId, { personId: world.manager.id, frameworkId: framework.id, strengths: strengthsOf(setup, [0, 1, 3]) });
  const foreignCoach = await buildPerson(db, world.foreignOrganisation.id, { name: "Fiona Foreign", roles: ["COACH"] });
  await buildSupporterProfile(db, world.foreignOrganisation.id, { personId: foreignCoach.id });
  return { world, frameworkId: framework.id, keys, names, ann, ben, cal, fay, olive, induction };
}

async function expectRefused(run: () => Promise<Outcome>, message: RegExp, field?: string) {
  const before = await snapshotDatabase();
  const outcome = await run();
  const refused = refusal(outcome);
  expect(refused, describeOutcome(outcome)).not.toBeNull();
  expect(`${refused?.message} ${Object.values(refused?.fieldErrors ?? {}).flat().join(" ")}`).toMatch(message);
  if (field) expect(Object.keys(refused?.fieldErrors ?? {}), describeOutcome(outcome)).toContain(field);
  expect(changes(before, await snapshotDatabase())).toEqual([]);
}

function expectAccepted(outcome: Outcome) {
  expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
}

const today = () => toDateOnly(new Date());
const startInput = (setup: Setup, supporterId: string, kind = "MENTORING") => ({
  leaderId: setup.world.leader.id,
  supporterId,
  kind,
  goals: "Lead former peers with confidence.",
  startOn: today(),
  endOn: addDays(today(), 182),
});

describe("matching on real data", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await coachingWorld();
  });

  it("ranks the bench by the gap their strengths cover, then places free, and explains each suggestion", async () => {
    const match = await getMatch(session(setup.world.hr), setup.world.leader.id, "MENTORING");
    expect(match.result.assessed).toBe(true);
    expect(match.result.totalGap).toBe(5);
    expect(match.details.map((gap) => [gap.competencyName, gap.gap, gap.ratedBy])).toEqual([
      [setup.names[0], 2, "MANAGER"],
      [setup.names[3], 2, "MANAGER"],
      [setup.names[1], 1, "MANAGER"],
    ]);
    expect(match.result.suggestions.map((suggestion) => [suggestion.name, suggestion.score, suggestion.spare])).toEqual([
      ["Ann Strong", 4, 2],
      ["Ben Partial", 1, 3],
      ["Cal Same", 1, 2],
    ]);
    expect(match.result.suggestions[0]?.explanation).toBe(
      `Strong in ${setup.names[0]} (gap 2) and ${setup.names[3]} (gap 2) — covers 4 of the 5 points Leah is below expectation; 2 of 2 places free.`,
    );
  });

  it("leaves out the leader's manager and anyone at capacity, saying why, and never suggests the deactivated, those who only coach, or another organisation's bench", async () => {
    const match = await getMatch(session(setup.world.hr), setup.world.leader.id, "MENTORING");
    expect(match.result.excluded.map((item) => item.reason)).toEqual(["Fay Full is at capacity: 1 person supported, with room for 1.", "Manny Manager is Leah's manager."]);
    const everyone = [...match.result.suggestions, ...match.result.excluded].map((item) => item.name);
    for (const name of ["Olive Coach-only", "Dee Deactivated", "Fiona Foreign"]) expect(everyone).not.toContain(name);
    const coaching = await getMatch(session(setup.world.hr), setup.world.leader.id, "COACHING");
    expect(coaching.result.suggestions.map((suggestion) => suggestion.name)).toContain("Olive Coach-only");
  });

  it("ranks by places free, and says so, for a leader nobody has assessed", async () => {
    const newcomer = await buildPerson(db, setup.world.organisation.id, { name: "Nia New", roles: ["LEADER"], jobRoleId: setup.world.leaderRole.id });
    const match = await getMatch(session(setup.world.hr), newcomer.id, "MENTORING");
    expect(match.result.assessed).toBe(false);
    // Ben has three places free; Ann, Cal and Manny two each, so they follow by name. Nia's manager is nobody here.
    expect(match.result.suggestions.map((suggestion) => suggestion.name)).toEqual(["Ben Partial", "Ann Strong", "Cal Same", "Manny Manager"]);
    expect(match.result.suggestions[0]?.explanation).toBe("Nia has not been assessed yet, so this ranks by places free: 3 of 3 places free.");
  });

  it("finds no leader who lacks the New leader hat, is deactivated or belongs to another organisation", async () => {
    const hr = session(setup.world.hr);
    const inactive = await buildPerson(db, setup.world.organisation.id, { roles: ["LEADER"], active: false });
    for (const id of [setup.world.member.id, inactive.id, setup.world.foreignHr.id]) await expect(getMatch(hr, id, "MENTORING")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("starting and ending a relationship", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await coachingWorld();
  });

  it("starts mentoring from a suggestion: both are told, it is audited, and the induction gets its supporter", async () => {
    const { world, ann } = setup;
    expectAccepted(await as(world.hr, startRelationshipAction, startInput(setup, ann.id)));
    const relationship = await db.supportRelationship.findFirstOrThrow({ where: { supporterId: ann.id, leaderId: world.leader.id } });
    expect(relationship).toMatchObject({ kind: "MENTORING", status: "ACTIVE", goals: "Lead former peers with confidence.", createdById: world.hr.id });
    expect(await db.notification.findMany({ where: { recipientId: { in: [ann.id, world.leader.id] } }, select: { recipientId: true, title: true } })).toEqual(
      expect.arrayContaining([
        { recipientId: ann.id, title: "You are now Leah Leader's mentor" },
        { recipientId: world.leader.id, title: "Ann Strong is now your mentor" },
      ]),
    );
    expect(await db.auditEvent.count({ where: { action: "coaching.relationship_started", entityId: relationship.id } })).toBe(1);
    expect((await db.induction.findUniqueOrThrow({ where: { id: setup.induction.id } })).supporterId).toBe(ann.id);

    // Now she mentors Leah, so she is no longer suggested for that, but could still coach her.
    const again = await getMatch(session(world.hr), world.leader.id, "MENTORING");
    expect(again.result.excluded.map((item) => item.reason)).toContain("Ann Strong already mentors Leah.");
    expectAccepted(await as(world.hr, startRelationshipAction, startInput(setup, setup.ben.id)));
    expect((await db.induction.findUniqueOrThrow({ where: { id: setup.induction.id } })).supporterId, "an induction's supporter is not replaced").toBe(ann.id);
  });

  it("checks everything again on the server, with clear messages", async () => {
    const { world } = setup;
    const start = (input: Record<string, unknown>) => () => as(world.hr, startRelationshipAction, input);
    await expectRefused(start(startInput(setup, world.manager.id)), /Manny Manager is Leah's manager/, "supporterId");
    await expectRefused(start(startInput(setup, setup.fay.id)), /Fay Full is at capacity/, "supporterId");
    await expectRefused(start(startInput(setup, setup.olive.id)), /does not offer mentoring/, "supporterId");
    await expectRefused(start(startInput(setup, world.coach.id)), /Cole Coach is not on the bench/, "supporterId");
    await expectRefused(start(startInput(setup, world.member.id)), /no longer wears the Coach or mentor hat/, "supporterId");
    await expectRefused(start({ ...startInput(setup, setup.ann.id), leaderId: world.member.id }), /not an active person with the New leader hat/, "leaderId");
    await expectRefused(start({ ...startInput(setup, setup.ann.id), endOn: today() }), /end date after the start date/, "endOn");
    await expectRefused(start({ ...startInput(setup, setup.ann.id), startOn: addDays(today(), 400), endOn: addDays(today(), 500) }), /no more than a year/, "startOn");
  });

  it("counts places across leaders and kinds: once Ann's two are taken, she is full", async () => {
    const { world, ann } = setup;
    const second = await buildPerson(db, world.organisation.id, { name: "Lou Second", roles: ["LEADER"] });
    expectAccepted(await as(world.hr, startRelationshipAction, { ...startInput(setup, ann.id), leaderId: second.id }));
    expectAccepted(await as(world.hr, startRelationshipAction, startInput(setup, ann.id, "COACHING")));
    await expectRefused(() => as(world.hr, startRelationshipAction, startInput(setup, ann.id)), /Ann Strong is at capacity: 2 people supported/, "supporterId");
  });

  it("lets HR end any relationship and the supporter their own; others are told it does not exist; ending twice is a conflict", async () => {
    const { world, ann, ben } = setup;
    const first = await buildRelationship(db, world.organisation.id, { supporterId: ann.id, leaderId: world.leader.id });
    const second = await buildRelationship(db, world.organisation.id, { supporterId: ben.id, leaderId: world.leader.id, kind: "COACHING" });
    await expectRefused(() => as(ben, coachEndAction, { relationshipId: first.id }), /does not exist/);
    await expectRefused(() => as(world.foreignHr, hrEndAction, { relationshipId: first.id }), /does not exist/);
    expectAccepted(await as(ann, coachEndAction, { relationshipId: first.id }));
    expect(await db.supportRelationship.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "ENDED", endedAt: expect.any(Date) });
    expect(await db.notification.count({ where: { recipientId: world.leader.id, title: { startsWith: "Ann Strong has ended" } } })).toBe(1);
    await expectRefused(() => as(ann, coachEndAction, { relationshipId: first.id }), /already ended/);
    expectAccepted(await as(world.hr, hrEndAction, { relationshipId: second.id }));
    expect(await db.notification.count({ where: { recipientId: { in: [ben.id, world.leader.id] }, title: { startsWith: "Hannah HR has ended" } } })).toBe(2);
  });
});

describe("sessions and who reads them", () => {
  let setup: Setup;
  let relationshipId: string;
  beforeEach(async () => {
    setup = await coachingWorld();
    const relationship = await buildRelationship(db, setup.world.organisation.id, { supporterId: setup.ann.id, leaderId: setup.world.leader.id, startOn: addDays(today(), -60) });
    relationshipId = relationship.id;
  });

  const log = (person: { id: string }, action: unknown, heldOn: string, notes: string) => as(person, action, { relationshipId, heldOn, notes });

  it("lets the supporter and the leader log sessions that have happened since the start", async () => {
    const { world, ann } = setup;
    expectAccepted(await log(ann, coachLogAction, addDays(today(), -30), "Practised the budget conversation."));
    expectAccepted(await log(world.leader, leaderLogAction, addDays(today(), -1), "Reviewed how delegation went."));
    await expectRefused(() => log(ann, coachLogAction, addDays(today(), 2), "Not yet"), /once it has happened/, "heldOn");
    await expectRefused(() => log(ann, coachLogAction, addDays(today(), -61), "Too early"), /on or after the start/, "heldOn");
    await expectRefused(() => log(setup.ben, coachLogAction, today(), "Not mine"), /does not exist/);
    await expectRefused(() => log(world.foreignHr, coachLogAction, today(), "Not ours"), /does not exist/);
    const audit = await db.auditEvent.findMany({ where: { action: "coaching.session_logged", entityId: relationshipId } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit), "the audit trail, which HR reads, holds no notes").not.toMatch(/budget|delegation/);
  });

  it("refuses sessions once the relationship has ended", async () => {
    expectAccepted(await as(setup.world.hr, hrEndAction, { relationshipId }));
    await expectRefused(() => log(setup.ann, coachLogAction, today(), "After the end"), /already ended/);
  });

  it("shows the notes to the supporter and the leader, counts to HR, and nothing to anyone else", async () => {
    const { world, ann, ben } = setup;
    await log(ann, coachLogAction, addDays(today(), -40), "Secret one");
    await log(world.leader, leaderLogAction, addDays(today(), -10), "Secret two");

    const supporterView = await listOwnRelationships(session(ann), "supporter");
    expect(supporterView.relationships.map((item) => item.id)).toEqual([relationshipId]);
    expect(supporterView.relationships[0]?.sessions.map((item) => item.notes)).toEqual(["Secret two", "Secret one"]);
    expect(supporterView.relationships[0]?.supportsInduction, "Ann is not named on the leader's induction").toBe(false);

    const leaderView = await listOwnRelationships(session(world.leader), "leader");
    expect(leaderView.relationships[0]?.sessions.map((item) => [item.notes, item.authorName])).toEqual([
      ["Secret two", "Leah Leader"],
      ["Secret one", "Ann Strong"],
    ]);
    expect(leaderView.relationships[0]?.goals).toBe("Grow confidence in leading former peers.");

    const hrView = (await listRelationships(world.organisation.id)).find((item) => item.id === relationshipId);
    expect(hrView).toMatchObject({ supporterName: "Ann Strong", leaderName: "Leah Leader", sessions: 2, lastSession: addDays(today(), -10), status: "ACTIVE" });
    expect(hrView?.perMonth).toBeGreaterThan(0);
    expect(JSON.stringify(hrView)).not.toMatch(/Secret|Grow confidence/);

    expect((await listOwnRelationships(session(ben), "supporter")).relationships).toEqual([]);
    expect((await listOwnRelationships(session(world.manager), "leader")).relationships).toEqual([]);
    expect((await listRelationships(world.foreignOrganisation.id)).map((item) => item.id)).not.toContain(relationshipId);
  });

  it("links the supporter to the induction they are named on", async () => {
    await db.induction.update({ where: { id: setup.induction.id }, data: { supporterId: setup.ann.id } });
    const view = await listOwnRelationships(session(setup.ann), "supporter");
    expect(view.relationships[0]?.supportsInduction).toBe(true);
  });
});

describe("the bench", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await coachingWorld();
  });

  const profileInput = (setup: Setup, indexes: number[]) => ({
    offers: ["MENTORING"],
    capacity: "2",
    about: "Twenty years in platform engineering.",
    strengths: indexes.map((index) => `${setup.frameworkId}:${setup.keys[index]}`),
  });

  it("puts someone who wears the coach's hat on the bench with strengths named from the latest published framework", async () => {
    const { world } = setup;
    expectAccepted(await as(world.hr, addSupporterAction, { personId: world.coach.id, ...profileInput(setup, [2, 0, 2]) }));
    const profile = await db.supporterProfile.findUniqueOrThrow({ where: { personId: world.coach.id }, include: { strengths: { orderBy: { competencyName: "asc" } } } });
    expect(profile).toMatchObject({ offersCoaching: false, offersMentoring: true, capacity: 2, about: "Twenty years in platform engineering." });
    expect(profile.strengths.map((strength) => strength.competencyName).sort()).toEqual([setup.names[0], setup.names[2]].sort());
    expect(await db.auditEvent.count({ where: { action: "coaching.supporter_added", entityId: profile.id } })).toBe(1);
  });

  it("refuses someone without the hat, someone already on the bench, and strengths that are not in a published framework of the organisation", async () => {
    const { world } = setup;
    await expectRefused(() => as(world.hr, addSupporterAction, { personId: world.member.id, ...profileInput(setup, [0]) }), /Give it to them on the People page/, "personId");
    await expectRefused(() => as(world.hr, addSupporterAction, { personId: setup.ann.id, ...profileInput(setup, [0]) }), /on the bench already/, "personId");
    const draft = await buildFramework(db, world.organisation.id);
    const draftKey = draft.content.clusters[0]?.competencies[0]?.key ?? "";
    await expectRefused(() => as(world.hr, addSupporterAction, { personId: world.coach.id, ...profileInput(setup, [0]), strengths: [`${draft.framework.id}:${draftKey}`] }), /no longer in a published framework/, "strengths");
    await expectRefused(() => as(world.hr, addSupporterAction, { personId: world.coach.id, ...profileInput(setup, [0]), strengths: [`${setup.frameworkId}:not-a-key`] }), /no longer in a published framework/, "strengths");
  });

  it("edits a profile with optimistic locking, replacing its strengths, and takes people off the bench without ending what they run", async () => {
    const { world, ann } = setup;
    const profile = await db.supporterProfile.findUniqueOrThrow({ where: { personId: ann.id } });
    const relationship = await buildRelationship(db, world.organisation.id, { supporterId: ann.id, leaderId: world.leader.id });
    expectAccepted(await as(world.hr, updateSupporterAction, { profileId: profile.id, version: "1", ...profileInput(setup, [1]), capacity: "0" }));
    const updated = await db.supporterProfile.findUniqueOrThrow({ where: { id: profile.id }, include: { strengths: true } });
    expect(updated).toMatchObject({ version: 2, capacity: 0, offersCoaching: false });
    expect(updated.strengths.map((strength) => strength.competencyKey)).toEqual([setup.keys[1]]);
    await expectRefused(() => as(world.hr, updateSupporterAction, { profileId: profile.id, version: "1", ...profileInput(setup, [0]) }), /Someone else saved this profile/);

    expectAccepted(await as(world.hr, removeSupporterAction, { profileId: profile.id }));
    expect(await db.supporterProfile.count({ where: { id: profile.id } })).toBe(0);
    expect((await db.supportRelationship.findUniqueOrThrow({ where: { id: relationship.id } })).status).toBe("ACTIVE");
    const match = await getMatch(session(world.hr), world.leader.id, "COACHING");
    expect([...match.result.suggestions, ...match.result.excluded].map((item) => item.name)).not.toContain("Ann Strong");
  });
});
