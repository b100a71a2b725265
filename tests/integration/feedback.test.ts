import { beforeEach, describe, expect, it } from "vitest";
import { answerFeedbackAction, declineFeedbackAction } from "@/app/(app)/feedback/actions";
import { requestFeedbackAction } from "@/app/(app)/me/feedback/actions";
import type { SessionPerson } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { countOpenAskedOf, getRequestFormOptions, getResponseToAnswer, listAskedOfMe, listOwnRequests } from "@/lib/feedback/queries";
import { buildCharter, buildFramework, buildInduction, buildPerson, sampleCharter } from "@/tests/factories";
import { describeOutcome, succeeded, type Outcome } from "@/tests/support/action-outcome";


import { buildWorld, type World } from "@/tests/support/world";
import { as, expectRefused } from "@/tests/support/acting";

/**
 * Feedback through the real actions and queries: who may be asked and about what, the
 * notifications on each side, answering once, declining, and what the leader sees, above all
 * that an anonymous request shows nothing until three colleagues have answered and then
 * shows no one's name.
 */

type Someone = { id: string; organisationId: string; name: string; email: string; roles: SessionPerson["roles"] };
const asActor = (person: Someone): SessionPerson => ({ ...person, roles: [...person.roles], organisationName: "Test" });

type Setup = World & { competencies: { key: string; name: string }[]; colleagues: Someone[] };

/** The world with a published charter for the leader's role and five more people the leader works with (peers of the leader). */
async function feedbackWorld(): Promise<Setup> {
  const world = await buildWorld();
  const { version, content } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
  const charter = sampleCharter(content, { requireCount: 4 });
  await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: version.id, content: charter, status: "PUBLISHED" });
  const names = new Map(content.clusters.flatMap((cluster) => cluster.competencies).map((competency) => [competency.key, competency.name]));
  const competencies = charter.requirements.map((requirement) => ({ key: requirement.competencyKey, name: names.get(requirement.competencyKey) ?? "" }));
  const colleagues = [];
  for (const name of ["Ada Answer", "Bo Answer", "Cy Answer", "Di Answer", "Ed Answer"]) {
    colleagues.push(await buildPerson(db, world.organisation.id, { name, managerId: world.manager.id }));
  }
  return { ...world, competencies, colleagues };
}

function expectAccepted(outcome: Outcome) {
  expect(succeeded(outcome), describeOutcome(outcome)).toBe(true);
}

/** The leader asks `respondents` about the first two competencies; returns each respondent's response id. */
async function ask(setup: Setup, respondents: Someone[], anonymity: "named" | "anonymous", message = "How am I doing?") {
  const outcome = await as(setup.leader, requestFeedbackAction, {
    respondentIds: respondents.map((person) => person.id),
    competencyKeys: setup.competencies.slice(0, 2).map((competency) => competency.key),
    anonymity,
    message,
  });
  expectAccepted(outcome);
  const request = await db.feedbackRequest.findFirstOrThrow({ where: { requesterId: setup.leader.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { responses: true } });
  const responseOf = (person: Someone) => request.responses.find((response) => response.respondentId === person.id)?.id ?? "";
  return { request, responseOf };
}

const answer = (person: Someone, responseId: string, first: string, second = "") => as(person, answerFeedbackAction, { responseId, answer1: first, answer2: second });

/** The leader's view of one request, exactly as the page gets it. */
async function leadersView(setup: Setup, requestId: string) {
  const { requests } = await listOwnRequests(asActor(setup.leader));
  const request = requests.find((candidate) => candidate.id === requestId);
  if (!request) throw new Error("the leader's request is missing");
  return request;
}

describe("asking for feedback", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await feedbackWorld();
  });

  it("offers the leader's charter competencies and the people they work with", async () => {
    const coach = await buildPerson(db, setup.organisation.id, { name: "Ina Coach", roles: ["COACH"] });
    await buildInduction(db, setup.organisation.id, { personId: setup.leader.id, jobRoleId: setup.leaderRole.id, managerId: setup.manager.id, supporterId: coach.id });
    const options = await getRequestFormOptions(asActor(setup.leader));
    expect(options.competencies.map((competency) => competency.key)).toEqual(setup.competencies.map((competency) => competency.key));
    const relation = (id: string) => options.colleagues.find((colleague) => colleague.id === id)?.relation;
    expect(relation(setup.manager.id)).toBe("manager");
    expect(relation(setup.member.id)).toBe("report");
    expect(relation(coach.id)).toBe("supporter");
    expect(relation(setup.colleagues[0]?.id ?? "")).toBe("peer");
    expect(relation(setup.hr.id)).toBeNull();
    expect(options.colleagues.map((colleague) => colleague.id)).not.toContain(setup.leader.id);
    expect(options.colleagues.map((colleague) => colleague.id)).not.toContain(setup.foreignHr.id);
  });

  it("stores the request, one response per colleague, tells each colleague with a link to their own part, and audits it", async () => {
    const [ada, bo] = setup.colleagues as [Someone, Someone];
    const outcome = await as(setup.leader, requestFeedbackAction, {
      respondentIds: [ada.id, bo.id, ada.id],
      otherRespondentId: setup.hr.id,
      competencyKeys: [setup.competencies[2]?.key, setup.competencies[0]?.key],
      anonymity: "anonymous",
      message: "  Be frank, please.  ",
    });
    expect(outcome.kind === "redirect" && outcome.location).toMatch(/^\/me\/feedback\?asked=3#request-/);
    const request = await db.feedbackRequest.findFirstOrThrow({ where: { requesterId: setup.leader.id }, include: { responses: true } });
    expect(request).toMatchObject({ organisationId: setup.organisation.id, anonymous: true, message: "Be frank, please." });
    // Stored in the charter's order, with the names the charter gave them.
    expect(request.competencies).toEqual([setup.competencies[0], setup.competencies[2]]);
    expect(request.responses.map((response) => response.respondentId).sort()).toEqual([ada.id, bo.id, setup.hr.id].sort());
    for (const response of request.responses) {
      const notifications = await db.notification.findMany({ where: { recipientId: response.respondentId } });
      expect(notifications).toHaveLength(1);
      expect(notifications[0]).toMatchObject({ title: "Leah Leader asks for your feedback", href: `/feedback/${response.id}` });
      expect(notifications[0]?.body).toContain("your name is not shown");
    }
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: request.id, action: "feedback.requested" } });
    expect(audit.actorId).toBe(setup.leader.id);
    expect(await countOpenAskedOf(asActor(ada))).toBe(1);
  });

  it("refuses colleagues who are not in the organisation, inactive, the leader themselves, none or too many", async () => {
    const keys = [setup.competencies[0]?.key];
    const inactive = await buildPerson(db, setup.organisation.id, { name: "Gone Person", active: false });
    const input = (extra: Record<string, unknown>) => ({ competencyKeys: keys, anonymity: "named", ...extra });
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input({ respondentIds: [setup.foreignHr.id] })), /correct/, "respondentIds");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input({ otherRespondentId: setup.foreignHr.id })), /correct/, "otherRespondentId");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input({ respondentIds: [inactive.id] })), /correct/, "respondentIds");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input({ respondentIds: [setup.leader.id] })), /correct/, "respondentIds");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input({ respondentIds: [] })), /correct/, "respondentIds");
    const eleven: string[] = [];
    for (let index = 0; index < 5; index += 1) eleven.push((await buildPerson(db, setup.organisation.id)).id);
    eleven.push(...setup.colleagues.map((person) => person.id), setup.member.id);
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input({ respondentIds: eleven.slice(0, 10), otherRespondentId: eleven[10] })), /correct/, "respondentIds");
  });

  it("refuses competencies the leader's charter does not require, none or more than five", async () => {
    const foreign = await buildFramework(db, setup.foreignOrganisation.id, { status: "PUBLISHED" });
    const foreignKey = foreign.content.clusters[0]?.competencies[0]?.key;
    const notRequired = (await buildFramework(db, setup.organisation.id, { status: "PUBLISHED" })).content.clusters[3]?.competencies[0]?.key;
    const input = (competencyKeys: unknown) => ({ respondentIds: [setup.member.id], competencyKeys, anonymity: "named" });
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input([foreignKey])), /correct/, "competencyKeys");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input([setup.competencies[0]?.key, notRequired])), /correct/, "competencyKeys");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input([])), /correct/, "competencyKeys");
    await expectRefused(() => as(setup.leader, requestFeedbackAction, input(["a", "b", "c", "d", "e", "f"])), /correct/, "competencyKeys");
  });

  it("tells a leader whose role has no published charter that there is nothing to ask about", async () => {
    const other = await buildPerson(db, setup.organisation.id, { name: "No Charter", roles: ["LEADER"], jobRoleId: setup.expertRole.id });
    await expectRefused(() => as(other, requestFeedbackAction, { respondentIds: [setup.member.id], competencyKeys: [setup.competencies[0]?.key], anonymity: "named" }), /no published charter/);
  });
});

describe("answering and declining", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await feedbackWorld();
  });

  it("lets only the colleague asked answer, once; a second answer is a conflict that changes nothing", async () => {
    const [ada, bo] = setup.colleagues as [Someone, Someone];
    const { responseOf } = await ask(setup, [ada, bo], "named");
    const adas = responseOf(ada);
    await expectRefused(() => answer(bo, adas, "Not mine to give"), /does not exist/);
    await expectRefused(() => answer(setup.foreignHr, adas, "From elsewhere"), /does not exist/);
    await expectRefused(() => answer(ada, adas, "   ", ""), /at least one competency/, "answer1");

    const outcome = await answer(ada, adas, "  Listens before deciding.  ", "");
    expect(outcome).toMatchObject({ kind: "redirect", location: `/feedback/${adas}?answered=1` });
    const stored = await db.feedbackResponse.findUniqueOrThrow({ where: { id: adas } });
    // A blank competency is not stored.
    expect(stored.answers).toEqual([{ competencyKey: setup.competencies[0]?.key, text: "Listens before deciding." }]);
    expect(stored.answeredAt).not.toBeNull();
    await expectRefused(() => answer(ada, adas, "Second thoughts"), /already answered/);
    await expectRefused(() => as(ada, declineFeedbackAction, { responseId: adas }), /already answered/);

    const toLeader = await db.notification.findMany({ where: { recipientId: setup.leader.id } });
    expect(toLeader).toEqual([expect.objectContaining({ title: "Ada Answer answered your request for feedback", href: "/me/feedback" })]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "feedback.answered", actorId: ada.id } });
    expect(JSON.stringify(audit)).not.toContain("Listens before deciding");
  });

  it("shows the colleague their own part only; anyone else, HR included, gets not found", async () => {
    const [ada, bo] = setup.colleagues as [Someone, Someone];
    const { responseOf } = await ask(setup, [ada], "anonymous", "What should I change?");
    const adas = responseOf(ada);
    const mine = await getResponseToAnswer(asActor(ada), adas);
    expect(mine).toMatchObject({ requester: "Leah Leader", message: "What should I change?", anonymous: true, status: "waiting" });
    expect(mine.competencies.map((competency) => competency.key)).toEqual(setup.competencies.slice(0, 2).map((competency) => competency.key));
    for (const other of [bo, setup.hr, setup.leader, setup.foreignHr]) {
      await expect(getResponseToAnswer(asActor(other), adas)).rejects.toBeInstanceOf(NotFoundError);
    }
    const asked = await listAskedOfMe(asActor(ada));
    expect(asked.open.map((item) => item.id)).toEqual([adas]);
    expect((await listAskedOfMe(asActor(bo))).open).toEqual([]);
  });

  it("records a decline, which cannot then be answered, and tells no one", async () => {
    const [ada, bo] = setup.colleagues as [Someone, Someone];
    const { request, responseOf } = await ask(setup, [ada, bo], "named");
    await expectRefused(() => as(bo, declineFeedbackAction, { responseId: responseOf(ada) }), /does not exist/);
    expect(await as(ada, declineFeedbackAction, { responseId: responseOf(ada) })).toMatchObject({ kind: "redirect", location: "/feedback?declined=1" });
    await expectRefused(() => answer(ada, responseOf(ada), "Changed my mind"), /declined/);
    await expectRefused(() => as(ada, declineFeedbackAction, { responseId: responseOf(ada) }), /declined/);
    expect(await db.notification.count({ where: { recipientId: setup.leader.id } })).toBe(0);
    const view = (await leadersView(setup, request.id)).view;
    expect(view.tally).toEqual({ asked: 2, answered: 0, declined: 1, waiting: 1 });
    expect(view.anonymous === false && view.people.map((person) => [person.name, person.status])).toEqual([
      ["Ada Answer", "declined"],
      ["Bo Answer", "waiting"],
    ]);
    expect((await listAskedOfMe(asActor(ada))).closed.map((item) => item.status)).toEqual(["declined"]);
  });
});

describe("what the leader sees", () => {
  let setup: Setup;
  beforeEach(async () => {
    setup = await feedbackWorld();
  });

  it("shows nothing of an anonymous request until three colleagues answered, then the answers without names", async () => {
    const [ada, bo, cy, di] = setup.colleagues as [Someone, Someone, Someone, Someone];
    const { request, responseOf } = await ask(setup, [ada, bo, cy, di], "anonymous");
    const identities = [ada, bo, cy, di].flatMap((person) => [person.id, person.name, person.email, responseOf(person)]);

    expectAccepted(await answer(ada, responseOf(ada), "Ada's words on the first", "Ada's words on the second"));
    expectAccepted(await as(di, declineFeedbackAction, { responseId: responseOf(di) }));
    expectAccepted(await answer(bo, responseOf(bo), "Bo's words on the first"));

    // Two answers and a decline: the count only, no text, no one's identity.
    const two = await leadersView(setup, request.id);
    expect(two.view).toEqual({ anonymous: true, shown: false, reachable: true, competencies: [], tally: { asked: 4, answered: 2, declined: 1, waiting: 1 } });
    const twoText = JSON.stringify(two);
    for (const secret of [...identities, "Ada's words", "Bo's words"]) expect(twoText).not.toContain(secret);

    expectAccepted(await answer(cy, responseOf(cy), "Cy's words on the first", "Cy's words on the second"));
    const three = await leadersView(setup, request.id);
    expect(three.view).toMatchObject({ anonymous: true, shown: true, tally: { asked: 4, answered: 3, declined: 1, waiting: 0 } });
    expect(three.view.anonymous && three.view.competencies.map((competency) => competency.texts)).toEqual([
      ["Ada's words on the first", "Bo's words on the first", "Cy's words on the first"],
      ["Ada's words on the second", "Cy's words on the second"],
    ]);
    const threeText = JSON.stringify(three);
    for (const secret of identities) expect(threeText).not.toContain(secret);

    // The notifications never named who answered either.
    const titles = (await db.notification.findMany({ where: { recipientId: setup.leader.id } })).map((notification) => `${notification.title} ${notification.body}`);
    expect(titles).toEqual(Array.from({ length: 3 }, () => "A colleague answered your request for feedback "));
  });

  it("shows a named request's answers with names as they arrive", async () => {
    const [ada, bo] = setup.colleagues as [Someone, Someone];
    const { request, responseOf } = await ask(setup, [ada, bo], "named");
    expectAccepted(await answer(bo, responseOf(bo), "Bo on the first", "Bo on the second"));
    const { view } = await leadersView(setup, request.id);
    expect(view.anonymous).toBe(false);
    if (view.anonymous) return;
    expect(view.tally).toEqual({ asked: 2, answered: 1, declined: 0, waiting: 1 });
    expect(view.competencies.map((competency) => competency.answers.map((entry) => [entry.name, entry.text]))).toEqual([[["Bo Answer", "Bo on the first"]], [["Bo Answer", "Bo on the second"]]]);
  });

  it("shows a leader only their own requests", async () => {
    const [ada] = setup.colleagues as [Someone];
    await ask(setup, [ada], "named");
    const otherLeader = await buildPerson(db, setup.organisation.id, { name: "Other Leader", roles: ["LEADER"], jobRoleId: setup.leaderRole.id });
    expect((await listOwnRequests(asActor(otherLeader))).requests).toEqual([]);
    expect((await listOwnRequests(asActor(setup.foreignHr))).requests).toEqual([]);
    expect((await listOwnRequests(asActor(setup.leader))).requests).toHaveLength(1);
  });
});
