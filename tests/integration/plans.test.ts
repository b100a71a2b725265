import { beforeEach, describe, expect, it } from "vitest";
import { submitSelfAssessmentAction } from "@/app/(app)/me/assessment/actions";
import {
  addActionAction,
  addGoalAction,
  changeActionStatusAction,
  editActionAction,
  removeActionAction,
  removeGoalAction,
  renameGoalAction,
} from "@/app/(app)/me/plan/actions";
import { submitManagerAssessmentAction } from "@/app/(app)/team/[id]/assessment/actions";
import { MESSAGES } from "@/lib/actions/define-action";
import type { CharterDocument } from "@/lib/charters/document";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { PLAN_CONFLICT, ACTION_CONFLICT } from "@/lib/plans/commands";
import { getGoalChoices, getPlanView } from "@/lib/plans/queries";
import { describeOutcome, succeeded, type Outcome } from "@/tests/support/action-outcome";


import { buildCharter, buildFramework, buildPerson, buildPlan, buildRelationship, sampleCharter } from "@/tests/factories";
import { buildWorld, type World } from "@/tests/support/world";
import { as, expectRefused } from "@/tests/support/acting";

/**
 * Development plans through the real actions and queries: the plan created with the first goal,
 * goals and actions changed only by the leader whose plan it is, optimistic locking, the audit,
 * who may read a plan, the 70/20/10 figures of a plan built by hand, and goals suggested from a
 * real self- and manager assessment.
 */

function accepted(outcome: Outcome): Record<"planId" | "goalId" | "actionId", string> {
  expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
  if (outcome.kind !== "result" || typeof outcome.value !== "object" || outcome.value === null || !("data" in outcome.value)) throw new Error("Expected data");
  return outcome.value.data as Record<"planId" | "goalId" | "actionId", string>;
}

const action = (data: Partial<Record<"goalId" | "title" | "type" | "status" | "dueOn", string>> = {}) => ({
  goalId: "",
  title: "Run the team's quarterly planning",
  type: "EXPERIENCE",
  status: "NOT_STARTED",
  dueOn: "2027-03-31",
  ...data,
});

const auditActions = async (planId: string) =>
  (await db.auditEvent.findMany({ where: { entityType: "DevelopmentPlan", entityId: planId } })).map((event) => event.action);

describe("keeping a plan", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });

  it("creates the plan with the first goal, numbers the goals in order and audits each change", async () => {
    expect(await db.developmentPlan.count({ where: { personId: world.leader.id } })).toBe(0);
    const first = accepted(await as(world.leader, addGoalAction, { title: "  Let the team solve problems  ", competencyKey: "" }));
    const second = accepted(await as(world.leader, addGoalAction, { title: "Speak up in the leadership meeting" }));
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { personId: world.leader.id }, include: { goals: { orderBy: { position: "asc" } } } });
    expect(plan).toMatchObject({ id: first.planId, organisationId: world.organisation.id, version: 3 });
    expect(second.planId).toBe(plan.id);
    expect(plan.goals.map((goal) => [goal.title, goal.position, goal.competencyKey, goal.organisationId])).toEqual([
      ["Let the team solve problems", 0, null, world.organisation.id],
      ["Speak up in the leadership meeting", 1, null, world.organisation.id],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "DevelopmentPlan", entityId: plan.id } });
    expect(audit).toMatchObject({ organisationId: world.organisation.id, actorId: world.leader.id, action: "plan.goalAdded", summary: 'Leah Leader added the goal "Let the team solve problems" to their development plan' });
  });

  it("refuses a second goal with the same title, whatever its case, and a goal tied to a competency the charter does not require", async () => {
    accepted(await as(world.leader, addGoalAction, { title: "Delegate more" }));
    await expectRefused(() => as(world.leader, addGoalAction, { title: "DELEGATE MORE" }), MESSAGES.invalid, "title");
    await expectRefused(() => as(world.leader, addGoalAction, { title: "Another", competencyKey: "not-a-competency" }), MESSAGES.invalid, "competencyKey");
  });

  it("adds actions under a goal or on their own, stamps when one is done, and refuses a goal of someone else's plan", async () => {
    const { goalId } = accepted(await as(world.leader, addGoalAction, { title: "Delegate more" }));
    const underGoal = accepted(await as(world.leader, addActionAction, action({ goalId, title: "Hand over the release process", status: "DONE" })));
    const loose = accepted(await as(world.leader, addActionAction, action({ title: "Read a book on coaching", type: "FORMAL" })));
    const rows = await db.planAction.findMany({ where: { id: { in: [underGoal.actionId, loose.actionId] } }, orderBy: { title: "asc" } });
    expect(rows.map((row) => [row.title, row.goalId, row.type, row.status, row.completedAt !== null, row.dueOn.toISOString().slice(0, 10)])).toEqual([
      ["Hand over the release process", goalId, "EXPERIENCE", "DONE", true, "2027-03-31"],
      ["Read a book on coaching", null, "FORMAL", "NOT_STARTED", false, "2027-03-31"],
    ]);

    const other = await buildPerson(db, world.organisation.id, { roles: ["LEADER"], managerId: world.manager.id });
    const theirs = await buildPlan(db, world.organisation.id, { personId: other.id });
    const theirGoal = await db.planGoal.findFirstOrThrow({ where: { planId: theirs.id } });
    await expectRefused(() => as(world.leader, addActionAction, action({ goalId: theirGoal.id, title: "Sneak in" })), MESSAGES.invalid, "goalId");
    // The same title under the same goal is almost always a double submission.
    await expectRefused(() => as(world.leader, addActionAction, action({ goalId, title: "hand over the release process" })), MESSAGES.invalid, "title");
  });

  it("edits an action, keeps when it was done while it stays done, and clears it when reopened", async () => {
    const { goalId } = accepted(await as(world.leader, addGoalAction, { title: "Delegate more" }));
    const { actionId } = accepted(await as(world.leader, addActionAction, action({ goalId, status: "DONE" })));
    const done = await db.planAction.findUniqueOrThrow({ where: { id: actionId } });
    accepted(await as(world.leader, editActionAction, { ...action({ title: "Run planning twice", type: "PEOPLE", status: "DONE", dueOn: "2027-04-30" }), actionId, version: String(done.version) }));
    const edited = await db.planAction.findUniqueOrThrow({ where: { id: actionId } });
    expect(edited).toMatchObject({ title: "Run planning twice", type: "PEOPLE", goalId: null, status: "DONE", completedAt: done.completedAt, version: done.version + 1 });
    accepted(await as(world.leader, changeActionStatusAction, { actionId, version: String(edited.version), status: "IN_PROGRESS" }));
    expect(await db.planAction.findUniqueOrThrow({ where: { id: actionId } })).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
  });

  it("refuses a change made from an out-of-date page, so a double submission changes nothing twice", async () => {
    const { goalId, planId } = accepted(await as(world.leader, addGoalAction, { title: "Delegate more" }));
    const { actionId } = accepted(await as(world.leader, addActionAction, action({ goalId })));
    const loaded = await db.planAction.findUniqueOrThrow({ where: { id: actionId } });
    const markDone = { actionId, version: String(loaded.version), status: "DONE" };
    accepted(await as(world.leader, changeActionStatusAction, markDone));
    await expectRefused(() => as(world.leader, changeActionStatusAction, markDone), ACTION_CONFLICT);
    await expectRefused(() => as(world.leader, removeActionAction, { actionId, version: String(loaded.version) }), ACTION_CONFLICT);

    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } });
    accepted(await as(world.leader, renameGoalAction, { goalId, version: String(plan.version), title: "Delegate whole outcomes" }));
    await expectRefused(() => as(world.leader, renameGoalAction, { goalId, version: String(plan.version), title: "Something else" }), PLAN_CONFLICT);
    expect(await db.planGoal.findUniqueOrThrow({ where: { id: goalId } })).toMatchObject({ title: "Delegate whole outcomes" });
  });

  it("removes a goal but keeps its actions in the plan, no longer tied to it; removes an action; audits all of it", async () => {
    const { goalId, planId } = accepted(await as(world.leader, addGoalAction, { title: "Delegate more" }));
    const kept = accepted(await as(world.leader, addActionAction, action({ goalId, title: "Kept" })));
    const gone = accepted(await as(world.leader, addActionAction, action({ goalId, title: "Gone", type: "PEOPLE" })));
    const goneRow = await db.planAction.findUniqueOrThrow({ where: { id: gone.actionId } });
    accepted(await as(world.leader, removeActionAction, { actionId: gone.actionId, version: String(goneRow.version) }));
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId } });
    accepted(await as(world.leader, removeGoalAction, { goalId, version: String(plan.version) }));
    expect(await db.planGoal.count({ where: { planId } })).toBe(0);
    expect(await db.planAction.findMany({ where: { planId }, select: { id: true, goalId: true } })).toEqual([{ id: kept.actionId, goalId: null }]);
    expect((await auditActions(planId)).sort()).toEqual(["plan.actionAdded", "plan.actionAdded", "plan.actionRemoved", "plan.goalAdded", "plan.goalRemoved"]);
  });

  it("lets nobody but the leader change the plan: other hats are refused, another leader is told it does not exist", async () => {
    const plan = await buildPlan(db, world.organisation.id, { personId: world.leader.id });
    const goal = await db.planGoal.findFirstOrThrow({ where: { planId: plan.id } });
    const planAction = await db.planAction.findFirstOrThrow({ where: { planId: plan.id } });
    for (const person of [world.hr, world.manager, world.coach, world.member]) {
      await expectRefused(() => as(person, renameGoalAction, { goalId: goal.id, version: "1", title: "Theirs now" }), MESSAGES.forbidden);
      await expectRefused(() => as(person, changeActionStatusAction, { actionId: planAction.id, version: "1", status: "DONE" }), MESSAGES.forbidden);
    }
    const otherLeader = await buildPerson(db, world.organisation.id, { roles: ["LEADER", "MANAGER", "HR_ADMIN"] });
    await expectRefused(() => as(otherLeader, renameGoalAction, { goalId: goal.id, version: "1", title: "Theirs now" }), /does not exist/);
    await expectRefused(() => as(otherLeader, removeGoalAction, { goalId: goal.id, version: "1" }), /does not exist/);
    await expectRefused(() => as(otherLeader, editActionAction, { ...action(), actionId: planAction.id, version: "1" }), /does not exist/);
    await expectRefused(() => as(otherLeader, removeActionAction, { actionId: planAction.id, version: "1" }), /does not exist/);
    await expectRefused(() => as(world.foreignHr, changeActionStatusAction, { actionId: planAction.id, version: "1", status: "DONE" }), /does not exist/);
  });
});

describe("who may read a plan", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
    await buildPlan(db, world.organisation.id, { personId: world.leader.id });
  });

  it("shows it to the leader, their current manager and HR, each knowing why", async () => {
    await expect(getPlanView(world.leader, world.leader.id)).resolves.toMatchObject({ readAs: "self", person: { name: "Leah Leader" } });
    await expect(getPlanView(world.manager, world.leader.id)).resolves.toMatchObject({ readAs: "manager" });
    await expect(getPlanView(world.hr, world.leader.id)).resolves.toMatchObject({ readAs: "hr" });
  });

  it("shows it to a coach or mentor only while their relationship with the leader is active", async () => {
    await expect(getPlanView(world.coach, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    const relationship = await buildRelationship(db, world.organisation.id, { supporterId: world.coach.id, leaderId: world.leader.id, kind: "COACHING" });
    await expect(getPlanView(world.coach, world.leader.id)).resolves.toMatchObject({ readAs: "supporter" });
    await db.supportRelationship.update({ where: { id: relationship.id }, data: { status: "ENDED", endedAt: new Date() } });
    await expect(getPlanView(world.coach, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    // Supporting someone else gives no view of this plan.
    await buildRelationship(db, world.organisation.id, { supporterId: world.coach.id, leaderId: world.member.id });
    await expect(getPlanView(world.coach, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hides it from other managers, a former manager, people without a hat and the other organisation", async () => {
    const otherManager = await buildPerson(db, world.organisation.id, { roles: ["MANAGER", "COACH"] });
    for (const reader of [otherManager, world.member, world.foreignHr]) {
      await expect(getPlanView(reader, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await db.person.update({ where: { id: world.leader.id }, data: { managerId: otherManager.id } });
    await expect(getPlanView(world.manager, world.leader.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlanView(otherManager, world.leader.id)).resolves.toMatchObject({ readAs: "manager" });
  });
});

describe("the 70/20/10 figures", () => {
  it("weighs every action of a hand-built plan, those outside goals too, and says when it is off", async () => {
    const world = await buildWorld();
    const plan = await buildPlan(db, world.organisation.id, {
      personId: world.leader.id,
      goals: [
        {
          title: "Delegate more",
          actions: [
            { title: "Hand over the release process", type: "EXPERIENCE", status: "DONE" },
            { title: "Lead the incident review", type: "EXPERIENCE", status: "IN_PROGRESS" },
            { title: "Monthly mentoring", type: "PEOPLE" },
          ],
        },
        { title: "Strategy", actions: [{ title: "Strategy course", type: "FORMAL", status: "DONE" }] },
      ],
    });
    await db.planAction.create({ data: { organisationId: world.organisation.id, planId: plan.id, title: "Shadow the Director", type: "EXPERIENCE", dueOn: new Date("2027-01-31T00:00:00Z") } });

    const view = await getPlanView(world.manager, world.leader.id);
    expect(view.goals.map((goal) => [goal.title, goal.actions.length])).toEqual([
      ["Delegate more", 3],
      ["Strategy", 1],
    ]);
    expect(view.otherActions.map((item) => item.title)).toEqual(["Shadow the Director"]);
    // 3 / 1 / 1 of 5 is exactly 60 / 20 / 20: each on its boundary, so balanced.
    expect(view.balance.total).toBe(5);
    expect(view.balance.rows.map((row) => [row.type, row.count, row.done, row.share, row.target])).toEqual([
      ["EXPERIENCE", 3, 1, 60, 70],
      ["PEOPLE", 1, 0, 20, 20],
      ["FORMAL", 1, 1, 20, 10],
    ]);
    expect(view.balance.verdict.kind).toBe("balanced");

    // Two more courses: 3 / 1 / 3 of 7 is 43 / 14 / 43, and courses take too much.
    for (const title of ["Finance for managers", "Negotiation workshop"]) accepted(await as(world.leader, addActionAction, action({ title, type: "FORMAL" })));
    const after = await getPlanView(world.leader, world.leader.id);
    expect(after.balance.rows.map((row) => row.share)).toEqual([43, 14, 43]);
    expect(after.balance.verdict).toMatchObject({ kind: "too-many-courses", off: true });
    // A third course makes courses the largest share outright.
    accepted(await as(world.leader, addActionAction, action({ title: "Presenting with confidence", type: "FORMAL" })));
    const courseHeavy = await getPlanView(world.leader, world.leader.id);
    expect(courseHeavy.balance.rows.map((row) => row.share)).toEqual([38, 12, 50]);
    expect(courseHeavy.balance.verdict.sentence).toBe("Most of this plan is courses: people learn most from doing, so add stretch work.");
  });

  it("has an empty balance before the plan exists", async () => {
    const world = await buildWorld();
    const view = await getPlanView(world.leader, world.leader.id);
    expect(view.plan).toBeNull();
    expect(view.balance).toMatchObject({ total: 0, verdict: { kind: "empty" } });
  });
});

describe("goals suggested from the assessment gaps", () => {
  type Setup = { world: World; charter: CharterDocument; charterVersionId: string };

  /** A published Engineering Manager charter requiring four competencies (the second to develop ahead), as in assessments.test.ts. */
  async function charterWorld(): Promise<Setup> {
    const world = await buildWorld();
    const { version: frameworkVersion, content: framework } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    const charter = sampleCharter(framework, { requireCount: 4, stageIndex: 1 });
    charter.requirements = charter.requirements.map((requirement, index) => ({ ...requirement, developAhead: index === 1 }));
    const { version } = await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: frameworkVersion.id, content: charter, status: "PUBLISHED" });
    return { world, charter, charterVersionId: version.id };
  }

  /** The assessment actions answer with a redirect to the assessment page. */
  const assessed = (outcome: Outcome) => expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
  const keys = (setup: Setup) => setup.charter.requirements.map((requirement) => requirement.competencyKey);
  const ratings = (setup: Setup, levels: number[]) => keys(setup).map((key, index) => `${key}:${levels[index]}`);
  const suggested = async (setup: Setup) => {
    const view = await getPlanView(setup.world.leader, setup.world.leader.id);
    return (await getGoalChoices(setup.world.leader, view.goals)).suggestions.map((suggestion) => [keys(setup).indexOf(suggestion.competencyKey), suggestion.reason]);
  };

  it("lists the charter's competencies in order before anything is assessed", async () => {
    const setup = await charterWorld();
    const choices = await getGoalChoices(setup.world.leader, []);
    expect(choices).toMatchObject({ roleTitle: "Engineering Manager", assessed: false });
    expect(await suggested(setup)).toEqual([0, 1, 2, 3].map((index) => [index, "Not assessed yet"]));
  });

  it("puts the largest gaps first, from the manager's assessment once there is one, and leaves out competencies that are goals", async () => {
    const setup = await charterWorld();
    const { world } = setup;
    // Expected: 3, 2 (develop ahead), 3, 3. Self 1, 2, 3, 4 → gaps 2, 0, 0, −1.
    assessed(await as(world.leader, submitSelfAssessmentAction, { charterVersionId: setup.charterVersionId, moment: "ON_DEMAND", ratings: ratings(setup, [1, 2, 3, 4]) }));
    expect(await suggested(setup)).toEqual([
      [0, "2 levels below what the role expects, from your self-assessment"],
      [1, "Meets what the role expects, from your self-assessment"],
      [2, "Meets what the role expects, from your self-assessment"],
      [3, "1 level above what the role expects, from your self-assessment"],
    ]);

    // The manager's ratings 3, 1, 1, 3 → gaps 0, 1, 2, 0, and they count over the leader's own.
    assessed(await as(world.manager, submitManagerAssessmentAction, { personId: world.leader.id, charterVersionId: setup.charterVersionId, moment: "ON_DEMAND", ratings: ratings(setup, [3, 1, 1, 3]) }));
    expect(await suggested(setup)).toEqual([
      [2, "2 levels below what the role expects, from your manager's assessment"],
      [1, "1 level below what the role expects, from your manager's assessment"],
      [0, "Meets what the role expects, from your manager's assessment"],
      [3, "Meets what the role expects, from your manager's assessment"],
    ]);

    // Taking the first suggestion as a goal ties the goal to the competency and its name, and leaves it out of the suggestions.
    const [first] = (await getGoalChoices(world.leader, [])).suggestions;
    const competency = first?.competencyKey ?? "";
    expect(competency).toBe(keys(setup)[2]);
    const { goalId } = accepted(await as(world.leader, addGoalAction, { title: "Grow here", competencyKey: competency }));
    expect(await db.planGoal.findUniqueOrThrow({ where: { id: goalId } })).toMatchObject({ competencyKey: competency, competencyName: first?.competencyName });
    expect((await suggested(setup)).map(([index]) => index)).toEqual([1, 0, 3]);
    await expectRefused(() => as(world.leader, addGoalAction, { title: "Grow here again", competencyKey: competency }), MESSAGES.invalid, "competencyKey");
  });
});
