import { beforeEach, describe, expect, it } from "vitest";
import { submitSelfAssessmentAction } from "@/app/(app)/me/assessment/actions";
import { submitManagerAssessmentAction } from "@/app/(app)/team/[id]/assessment/actions";
import { MESSAGES } from "@/lib/actions/define-action";
import { getAssessmentContext, getAssessmentOverview } from "@/lib/assessments/queries";
import type { CharterDocument } from "@/lib/charters/document";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import type { AssessmentKind, AssessmentMoment } from "@/lib/db/generated/enums";
import type { FrameworkDocument } from "@/lib/frameworks/document";
import { describeOutcome, succeeded, type Outcome } from "@/tests/support/action-outcome";
import { signInAs } from "@/tests/support/session";
import { buildCharter, buildFramework, buildInduction, buildPerson, sampleCharter } from "@/tests/factories";
import { buildWorld, type World } from "@/tests/support/world";
import { call, type Action } from "./framework-helpers";
import { as, expectRefused } from "@/tests/support/acting";

/**
 * Self- and manager assessment through the real actions: ratings checked against the role's
 * published charter, who may assess whom, one start and one end per kind and induction, the
 * aggregation over stored rows, and organisation scoping.
 */

type Setup = { world: World; framework: FrameworkDocument; charter: CharterDocument; charterVersionId: string };

/** A world whose Engineering Manager role has a published charter requiring four competencies, the second to develop ahead. */
async function assessmentWorld(): Promise<Setup> {
  const world = await buildWorld();
  const { version: frameworkVersion, content: framework } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
  const charter = sampleCharter(framework, { requireCount: 4, stageIndex: 1 });
  charter.requirements = charter.requirements.map((requirement, index) => ({ ...requirement, developAhead: index === 1 }));
  const { version } = await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: frameworkVersion.id, content: charter, status: "PUBLISHED" });
  return { world, framework, charter, charterVersionId: version.id };
}

const keys = (setup: Setup) => setup.charter.requirements.map((requirement) => requirement.competencyKey);
const ratingsOf = (setup: Setup, levels: number[]) => keys(setup).map((key, index) => `${key}:${levels[index]}`);

function selfInput(setup: Setup, moment: AssessmentMoment, levels = [1, 2, 3, 4]) {
  return { charterVersionId: setup.charterVersionId, moment, ratings: ratingsOf(setup, levels) };
}

function managerInput(setup: Setup, moment: AssessmentMoment, levels = [2, 2, 2, 2], personId = setup.world.leader.id) {
  return { personId, charterVersionId: setup.charterVersionId, moment, ratings: ratingsOf(setup, levels) };
}

function expectAccepted(outcome: Outcome) {
  expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
}

const stored = (subjectId: string) =>
  db.assessment.findMany({ where: { subjectId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { ratings: { orderBy: { competencyKey: "asc" } } } });

describe("validation against the charter", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await assessmentWorld();
  });

  it("stores the assessment and a rating per required competency with the charter version, and audits it", async () => {
    const { world } = setup;
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND", [4, 1, 2, 3])));
    const [assessment, ...others] = await stored(world.leader.id);
    expect(others).toEqual([]);
    expect(assessment).toMatchObject({
      organisationId: world.organisation.id,
      subjectId: world.leader.id,
      assessorId: world.leader.id,
      inductionId: null,
      charterVersionId: setup.charterVersionId,
      kind: "SELF",
      moment: "ON_DEMAND",
    });
    const levels = new Map(assessment?.ratings.map((rating) => [rating.competencyKey, rating.level]));
    expect(keys(setup).map((key) => levels.get(key))).toEqual([4, 1, 2, 3]);
    expect(assessment?.ratings.every((rating) => rating.organisationId === world.organisation.id)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Assessment", entityId: assessment?.id } });
    expect(audit).toMatchObject({ organisationId: world.organisation.id, actorId: world.leader.id, action: "assessment.submitted" });
    expect(audit.summary).toContain("self-assessment of Leah Leader (check-in) against the Engineering Manager charter, version 1");
  });

  it("refuses a missing rating, a level outside the scale and a competency the charter does not require, with field errors", async () => {
    const { world, framework } = setup;
    const [first, second] = keys(setup);
    const missing = await expectRefused(
      () => as(world.leader, submitSelfAssessmentAction, { ...selfInput(setup, "ON_DEMAND"), ratings: ratingsOf(setup, [1, 2, 3, 4]).slice(1) }),
      "Rate every competency: 1 is still to rate.",
      `rating-${first}`,
    );
    expect(missing?.fieldErrors?.ratings).toEqual(["Rate every competency: 1 is still to rate."]);

    for (const level of [0, 5, 99]) {
      await expectRefused(() => as(world.leader, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND", [1, level, 3, 4])), "Choose levels from the scale.", `rating-${second}`);
    }

    const notRequired = framework.clusters.flatMap((cluster) => cluster.competencies).find((competency) => !keys(setup).includes(competency.key));
    const extra = { ...selfInput(setup, "ON_DEMAND"), ratings: [...ratingsOf(setup, [1, 2, 3, 4]), `${notRequired?.key}:2`] };
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, extra), /only the competencies your role's charter requires/, "ratings");
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, { ...selfInput(setup, "ON_DEMAND"), ratings: "not-a-rating" }), MESSAGES.invalid, "ratings");
  });

  it("refuses ratings against a charter version that is no longer the role's published one", async () => {
    const { world } = setup;
    const { version: frameworkVersion } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: frameworkVersion.id, content: setup.charter, status: "PUBLISHED", number: 2 });
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND")), /published a new version of the role's charter/);
  });

  it("refuses when the role has no published charter, and reports why in the context", async () => {
    const { world } = setup;
    const newcomer = await buildPerson(db, world.organisation.id, { roles: ["LEADER"], jobRoleId: world.expertRole.id, managerId: world.manager.id });
    await expectRefused(() => as(newcomer, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND")), /no published charter for the role/);
    const context = await getAssessmentContext(world.organisation.id, newcomer.id);
    expect(context).toMatchObject({ role: { id: world.expertRole.id }, charter: null, requirements: [], scale: [] });
  });
});

describe("who may assess whom", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await assessmentWorld();
  });

  it("lets the leader assess only themselves: a person named in the input is ignored", async () => {
    const { world } = setup;
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, { ...selfInput(setup, "ON_DEMAND"), personId: world.member.id, subjectId: world.member.id }));
    expect(await db.assessment.count({ where: { subjectId: world.member.id } })).toBe(0);
    expect(await db.assessment.count({ where: { subjectId: world.leader.id, kind: "SELF" } })).toBe(1);
  });

  it("lets the manager on the reporting line assess their report, and tells the report", async () => {
    const { world } = setup;
    expectAccepted(await as(world.manager, submitManagerAssessmentAction, managerInput(setup, "ON_DEMAND")));
    const [assessment] = await stored(world.leader.id);
    expect(assessment).toMatchObject({ kind: "MANAGER", assessorId: world.manager.id, subjectId: world.leader.id });
    const notification = await db.notification.findFirstOrThrow({ where: { recipientId: world.leader.id } });
    expect(notification).toMatchObject({ title: "Manny Manager has recorded their assessment of you", href: "/me/assessment" });
  });

  it("lets the manager named on the induction assess, and nobody else's manager", async () => {
    const { world } = setup;
    const inductionManager = await buildPerson(db, world.organisation.id, { name: "Ida Induction", roles: ["MANAGER"] });
    const otherManager = await buildPerson(db, world.organisation.id, { name: "Otto Other", roles: ["MANAGER", "HR_ADMIN"] });
    await expectRefused(() => as(inductionManager, submitManagerAssessmentAction, managerInput(setup, "ON_DEMAND")), "You can assess only the people who report to you.");
    await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: inductionManager.id });
    expectAccepted(await as(inductionManager, submitManagerAssessmentAction, managerInput(setup, "START")));
    await expectRefused(() => as(otherManager, submitManagerAssessmentAction, managerInput(setup, "ON_DEMAND")), "You can assess only the people who report to you.");
    await expectRefused(() => as(world.manager, submitManagerAssessmentAction, managerInput(setup, "ON_DEMAND", [2, 2, 2, 2], world.member.id)), "You can assess only the people who report to you.");
  });

  it("refuses HR and the leader on the manager's form, and HR and the manager on the leader's", async () => {
    const { world } = setup;
    for (const person of [world.hr, world.leader, world.coach]) {
      await expectRefused(() => as(person, submitManagerAssessmentAction, managerInput(setup, "ON_DEMAND")), MESSAGES.forbidden);
    }
    for (const person of [world.hr, world.manager]) {
      await expectRefused(() => as(person, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND")), MESSAGES.forbidden);
    }
  });

  it("lets HR, the leader and their manager read the assessments; the coach and other managers are told the person does not exist", async () => {
    const { world } = setup;
    const otherManager = await buildPerson(db, world.organisation.id, { roles: ["MANAGER"] });
    for (const reader of [world.hr, world.leader, world.manager]) {
      await expect(getAssessmentOverview(reader, world.leader.id)).resolves.toMatchObject({ subject: { id: world.leader.id } });
    }
    for (const reader of [world.coach, otherManager, world.member]) {
      await expect(getAssessmentOverview(reader, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("one start and one end per kind and induction", () => {
  let setup: Setup;
  let inductionId: string;
  beforeEach(async () => {
    setup = await assessmentWorld();
    const { world } = setup;
    inductionId = (await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: world.manager.id })).id;
  });

  it("records each kind's start and end once; a second is a clear refusal; check-ins any time", async () => {
    const { world } = setup;
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, selfInput(setup, "END")), /Record the start-of-induction self-assessment first/, "moment");
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "START")));
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, selfInput(setup, "START")), "The start-of-induction self-assessment is already recorded. Choose a check-in instead.", "moment");
    // The manager's start is their own.
    expectAccepted(await as(world.manager, submitManagerAssessmentAction, managerInput(setup, "START")));
    await expectRefused(() => as(world.manager, submitManagerAssessmentAction, managerInput(setup, "START")), /manager's assessment is already recorded/, "moment");
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "END")));
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, selfInput(setup, "END")), /end-of-induction self-assessment is already recorded/, "moment");
    for (const levels of [[2, 2, 3, 4], [3, 2, 3, 4]]) expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND", levels)));
    // The same check-in sent again (a double submission) is the one already recorded.
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND", [3, 2, 3, 4])));

    const rows = await stored(world.leader.id);
    expect(rows.map((row) => `${row.kind}:${row.moment}`)).toEqual(["SELF:START", "MANAGER:START", "SELF:END", "SELF:ON_DEMAND", "SELF:ON_DEMAND"]);
    expect(rows.every((row) => row.inductionId === inductionId)).toBe(true);
    const managerNotified = await db.notification.findMany({ where: { recipientId: world.manager.id }, select: { title: true } });
    expect(managerNotified.map((row) => row.title)).toEqual([
      "Leah Leader has taken their self-assessment (start of the induction)",
      "Leah Leader has taken their self-assessment (end of the induction)",
    ]);
  });

  it("records one start when two arrive at once", async () => {
    const { world } = setup;
    signInAs(world.leader);
    const outcomes = await Promise.all([0, 1].map(() => call(submitSelfAssessmentAction as Action, selfInput(setup, "START"))));
    signInAs(null);
    expect(outcomes.filter(succeeded)).toHaveLength(1);
    expect(await db.assessment.count({ where: { subjectId: world.leader.id, moment: "START" } })).toBe(1);
  });

  it("refuses start and end without an induction", async () => {
    const { world } = setup;
    await db.induction.delete({ where: { id: inductionId } });
    await expectRefused(() => as(world.leader, submitSelfAssessmentAction, selfInput(setup, "START")), /belong to an induction/, "moment");
    await expectRefused(() => as(world.manager, submitManagerAssessmentAction, managerInput(setup, "END")), /belong to an induction/, "moment");
  });

  it("offers the start first, then suggests the end once the induction's last item has fallen due", async () => {
    const { world } = setup;
    expect((await getAssessmentOverview(world.leader, world.leader.id)).moments.SELF).toEqual({ open: ["START", "ON_DEMAND"], suggested: "START" });
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "START")));
    expect((await getAssessmentOverview(world.leader, world.leader.id)).moments.SELF).toEqual({ open: ["END", "ON_DEMAND"], suggested: "ON_DEMAND" });
    await db.inductionItem.updateMany({ where: { inductionId }, data: { dueDate: new Date("2020-01-01T00:00:00Z") } });
    const overview = await getAssessmentOverview(world.manager, world.leader.id);
    expect(overview.moments).toEqual({ SELF: { open: ["END", "ON_DEMAND"], suggested: "END" }, MANAGER: { open: ["START", "ON_DEMAND"], suggested: "START" } });
  });
});

describe("aggregation over stored rows", () => {
  it("matches the expected levels, latest ratings, start, end and gaps worked out from the database", async () => {
    const setup = await assessmentWorld();
    const { world } = setup;
    const inductionId = (await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id, managerId: world.manager.id })).id;
    const submissions: [AssessmentKind, AssessmentMoment, number[]][] = [
      ["SELF", "START", [1, 1, 2, 3]],
      ["MANAGER", "START", [1, 2, 1, 2]],
      ["SELF", "ON_DEMAND", [2, 2, 3, 3]],
      ["SELF", "END", [3, 2, 4, 3]],
      ["MANAGER", "ON_DEMAND", [2, 3, 2, 4]],
    ];
    for (const [index, [kind, moment, levels]] of submissions.entries()) {
      const outcome =
        kind === "SELF" ? await as(world.leader, submitSelfAssessmentAction, selfInput(setup, moment, levels)) : await as(world.manager, submitManagerAssessmentAction, managerInput(setup, moment, levels));
      expectAccepted(outcome);
      // Distinct times, so "latest" does not depend on two writes landing in one millisecond.
      const latest = await db.assessment.findFirstOrThrow({ where: { subjectId: world.leader.id }, orderBy: { createdAt: "desc" } });
      await db.assessment.update({ where: { id: latest.id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + index)) } });
    }

    // Worked out here from the stored rows, without the module's code.
    const ratings = await db.assessmentRating.findMany({ where: { assessment: { subjectId: world.leader.id } }, include: { assessment: true } });
    const scaleLength = setup.framework.scale.length;
    const expected = setup.charter.requirements.map(({ competencyKey, developAhead }) => {
      const of = (kind: AssessmentKind) => ratings.filter((rating) => rating.competencyKey === competencyKey && rating.assessment.kind === kind);
      const newest = (rows: typeof ratings) => [...rows].sort((a, b) => b.assessment.createdAt.getTime() - a.assessment.createdAt.getTime())[0]?.level ?? null;
      const at = (rows: typeof ratings, moment: AssessmentMoment) => rows.find((rating) => rating.assessment.moment === moment && rating.assessment.inductionId === inductionId)?.level ?? null;
      const level = developAhead ? scaleLength - 2 : scaleLength - 1;
      const self = { latest: newest(of("SELF")), start: at(of("SELF"), "START"), end: at(of("SELF"), "END") };
      const manager = { latest: newest(of("MANAGER")), start: at(of("MANAGER"), "START"), end: at(of("MANAGER"), "END") };
      return { competencyKey, expected: level, self, manager, gap: level - (manager.latest ?? self.latest ?? Number.NaN), gapFrom: "MANAGER" };
    });

    const overview = await getAssessmentOverview(world.hr, world.leader.id);
    expect(overview.gaps.map(({ competencyKey, expected: level, self, manager, gap, gapFrom }) => ({ competencyKey, expected: level, self, manager, gap, gapFrom }))).toEqual(expected);
    // The figures the test worked out, written down, so a mistake in both would still show.
    expect(scaleLength).toBe(4);
    expect(overview.gaps.map((gap) => gap.expected)).toEqual([3, 2, 3, 3]);
    expect(overview.gaps.map((gap) => gap.gap)).toEqual([1, -1, 1, -1]);
    expect(overview.gaps.map((gap) => [gap.self.start, gap.self.end, gap.self.latest])).toEqual([
      [1, 3, 3],
      [1, 2, 2],
      [2, 4, 4],
      [3, 3, 3],
    ]);
    expect(overview.history.map((row) => `${row.kind}:${row.moment}`)).toEqual(["MANAGER:ON_DEMAND", "SELF:END", "SELF:ON_DEMAND", "MANAGER:START", "SELF:START"]);
  });
});

describe("organisation scoping", () => {
  it("never reads or assesses across organisations", async () => {
    const setup = await assessmentWorld();
    const { world } = setup;
    expectAccepted(await as(world.leader, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND")));

    // The other organisation's HR, manager and leader (all hats in one person) cannot read or assess organisation A's leader.
    await expect(getAssessmentOverview(world.foreignHr, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssessmentContext(world.foreignOrganisation.id, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    await expectRefused(() => as(world.foreignHr, submitManagerAssessmentAction, managerInput(setup, "ON_DEMAND")), /does not exist or is not in your organisation/);
    await expectRefused(() => as(world.foreignHr, submitSelfAssessmentAction, selfInput(setup, "ON_DEMAND")), /does not exist or is not in your organisation/);

    // A row of the other organisation about A's leader (which only a bug could write) is not A's to read.
    const foreignFramework = await buildFramework(db, world.foreignOrganisation.id, { status: "PUBLISHED" });
    const { version: foreignVersion } = await buildCharter(db, world.foreignOrganisation.id, {
      jobRoleId: world.foreignRole.id,
      frameworkVersionId: foreignFramework.version.id,
      content: sampleCharter(foreignFramework.content),
      status: "PUBLISHED",
    });
    await db.assessment.create({
      data: {
        organisationId: world.foreignOrganisation.id,
        subjectId: world.leader.id,
        charterVersionId: foreignVersion.id,
        kind: "MANAGER",
        moment: "ON_DEMAND",
        ratings: { create: keys(setup).map((competencyKey) => ({ organisationId: world.foreignOrganisation.id, competencyKey, level: 1 })) },
      },
    });
    const overview = await getAssessmentOverview(world.hr, world.leader.id);
    expect(overview.history.map((row) => row.kind)).toEqual(["SELF"]);
    expect(overview.gaps.every((gap) => gap.manager.latest === null)).toBe(true);

    // An induction named for the summary must be this person's, in this organisation.
    const foreignInduction = await buildInduction(db, world.foreignOrganisation.id, { personId: world.foreignHr.id, jobRoleId: world.foreignRole.id });
    const othersInduction = await buildInduction(db, world.organisation.id, { personId: world.member.id, jobRoleId: world.expertRole.id });
    const ownInduction = await buildInduction(db, world.organisation.id, { personId: world.leader.id, jobRoleId: world.leaderRole.id });
    for (const inductionId of [foreignInduction.id, othersInduction.id]) {
      await expect(getAssessmentOverview(world.hr, world.leader.id, { inductionId })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getAssessmentOverview(world.hr, world.leader.id, { inductionId: ownInduction.id })).resolves.toMatchObject({ induction: { id: ownInduction.id } });
  });
});
