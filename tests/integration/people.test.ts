import { describe, expect, it } from "vitest";
import { createPersonAction, deactivatePersonAction, updatePersonAction } from "@/app/(app)/hr/people/actions";
import { getCurrentPerson } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { signInAs } from "@/tests/support/session";
import { buildWorld } from "@/tests/support/world";

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("people", () => {
  it("HR adds a person with a manager, a job role and two hats, and the change is audited", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const result = await createPersonAction(
      null,
      form({ name: "Nia New", email: "Nia.New@Example.test", managerId: world.manager.id, jobRoleId: world.leaderRole.id, roles: ["LEADER", "COACH"] }),
    ).catch((error: unknown) => error);
    // Success redirects to the new person's page.
    expect(String((result as Error).message)).toContain("NEXT_REDIRECT");
    const created = await db.person.findFirstOrThrow({ where: { email: "nia.new@example.test" } });
    expect(created).toMatchObject({ organisationId: world.organisation.id, managerId: world.manager.id, roles: ["LEADER", "COACH"] });
    const audit = await db.auditEvent.findFirst({ where: { entityId: created.id, action: "person.created" } });
    expect(audit?.actorId).toBe(world.hr.id);
  });

  it("refuses a manager from another organisation and writes nothing", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const before = await db.person.count();
    const result = await createPersonAction(null, form({ name: "X", email: "x-foreign@example.test", managerId: world.foreignHr.id }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { managerId: [expect.any(String)] } });
    expect(await db.person.count()).toBe(before);
  });

  it("refuses a reporting loop", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    // member reports to leader, who reports to manager: manager cannot report to member.
    const manager = await db.person.findUniqueOrThrow({ where: { id: world.manager.id } });
    const result = await updatePersonAction(
      null,
      form({ id: manager.id, version: String(manager.version), name: manager.name, email: manager.email, managerId: world.member.id, roles: ["MANAGER"] }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { managerId: [expect.stringContaining("loop")] } });
  });

  it("gives the second of two editors a conflict and keeps the first editor's change", async () => {
    const world = await buildWorld();
    signInAs(world.hr);
    const person = await db.person.findUniqueOrThrow({ where: { id: world.member.id } });
    const base = { id: person.id, version: String(person.version), email: person.email, roles: [] as string[] };
    const first = await updatePersonAction(null, form({ ...base, name: "First edit" }));
    const second = await updatePersonAction(null, form({ ...base, name: "Second edit" }));
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, message: expect.stringContaining("Someone else") });
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("First edit");
  });

  it("a deactivated person loses their session on the next request", async () => {
    const world = await buildWorld();
    signInAs(world.leader);
    expect((await getCurrentPerson())?.id).toBe(world.leader.id);
    signInAs(world.hr);
    expect(await deactivatePersonAction(null, form({ id: world.leader.id }))).toMatchObject({ ok: true });
    signInAs(world.leader);
    expect(await getCurrentPerson()).toBeNull();
  });
});
