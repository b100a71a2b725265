import { beforeAll, describe, expect, it } from "vitest";
import type { SessionPerson } from "@/lib/auth/session";
import { getMatch, listOwnRelationships, listRelationships } from "@/lib/coaching/queries";
import { db } from "@/lib/db/client";
import { DEMO_ORGANISATION } from "@/prisma/demo-organisation";
import { seedDemoOrganisation } from "@/prisma/seed-demo";

/**
 * The demo organisation's coaching data is what the browser test and the demo rely on:
 * relationships to show, and a match for Kwame Mensah with a ranking and both exclusions.
 */

let organisationId: string;

async function demoSession(email: string): Promise<SessionPerson> {
  const person = await db.person.findUniqueOrThrow({ where: { email }, select: { id: true, organisationId: true, name: true, email: true, roles: true } });
  return { ...person, organisationName: DEMO_ORGANISATION.name };
}

beforeAll(async () => {
  await seedDemoOrganisation(db);
  organisationId = (await db.organisation.findUniqueOrThrow({ where: { slug: DEMO_ORGANISATION.slug } })).id;
}, 120_000);

describe("the demo organisation's coaching and mentoring", () => {
  it("has running and ended relationships with sessions, for HR, the coach and the leader", async () => {
    const relationships = await listRelationships(organisationId);
    expect(relationships.map((item) => [item.kind, item.supporterName, item.leaderName, item.status])).toEqual(
      expect.arrayContaining([
        ["COACHING", "Colin Ashby", "Lena Park", "ACTIVE"],
        ["MENTORING", "Priya Natarajan", "Jamal Haddad", "ACTIVE"],
        ["MENTORING", "Colin Ashby", "Daniel Kim", "ENDED"],
      ]),
    );
    expect(relationships.every((item) => item.sessions > 0)).toBe(true);
    const colin = await listOwnRelationships(await demoSession("coach@demo.test"), "supporter");
    expect(colin.relationships.find((item) => item.leader.name === "Lena Park")?.supportsInduction, "Lena's induction names Colin").toBe(true);
    const lena = await listOwnRelationships(await demoSession("leader@demo.test"), "leader");
    expect(lena.relationships[0]?.sessions).toHaveLength(3);
  });

  it("suggests mentors for Kwame Mensah from his assessed gaps, leaving out his manager and the mentor who is full", async () => {
    const kwame = await db.person.findUniqueOrThrow({ where: { email: "kwame.mensah@demo.test" } });
    const match = await getMatch(await demoSession("hr@demo.test"), kwame.id, "MENTORING");
    expect(match.result.assessed).toBe(true);
    expect(match.result.totalGap).toBe(7);
    expect(match.result.suggestions.map((item) => [item.name, item.score])).toEqual([
      ["Grace Liu", 3],
      ["Colin Ashby", 2],
    ]);
    expect(match.result.excluded.map((item) => item.reason)).toEqual([
      "Nadia Petrova is Kwame's manager.",
      "Priya Natarajan is at capacity: 1 person supported, with room for 1.",
    ]);
  });
});
