import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getGoalChoices, getPlanView } from "@/lib/plans/queries";
import { buildCharter, buildFramework, buildPlan, sampleCharter } from "@/tests/factories";
import { countStatements } from "@/tests/support/statements";
import { buildWorld } from "@/tests/support/world";

/**
 * A page may run at most 10 SQL statements (engineering.md). The leader's plan page reads the
 * session's person, the plan view and the goal choices; the manager's and HR's pages only the
 * first two.
 */

const PAGE_BUDGET = 10;
const SESSION_STATEMENTS = 1;

describe("the plan pages' statements", () => {
  it("reads a plan with goals and actions in two statements, and the leader's whole page within the budget", async () => {
    const world = await buildWorld();
    const { version, content } = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
    await buildCharter(db, world.organisation.id, { jobRoleId: world.leaderRole.id, frameworkVersionId: version.id, content: sampleCharter(content, { requireCount: 4 }), status: "PUBLISHED" });
    await buildPlan(db, world.organisation.id, {
      personId: world.leader.id,
      goals: [
        { title: "One", actions: [{ title: "A", type: "EXPERIENCE" }, { title: "B", type: "PEOPLE" }] },
        { title: "Two", actions: [{ title: "C", type: "FORMAL" }] },
      ],
    });

    expect(await countStatements(() => getPlanView(world.manager, world.leader.id))).toBe(2);
    const leaderPage = await countStatements(async () => getGoalChoices(world.leader, (await getPlanView(world.leader, world.leader.id)).goals));
    expect(leaderPage + SESSION_STATEMENTS).toBeLessThanOrEqual(PAGE_BUDGET);
  });
});
