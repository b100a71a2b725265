import { beforeAll, describe, expect, it } from "vitest";
import { getLatestAcknowledgement, getOwnJobRoleId } from "@/lib/charters/reader-queries";
import { db } from "@/lib/db/client";
import { buildCharter, buildFramework, sampleCharter } from "@/tests/factories";
import { buildWorld, type World } from "@/tests/support/world";

let world: World;
let charterId: string;
let versions: { id: string; number: number }[];

beforeAll(async () => {
  world = await buildWorld();
  const organisationId = world.organisation.id;
  const framework = await buildFramework(db, organisationId, { status: "PUBLISHED" });
  const content = sampleCharter(framework.content);
  const first = await buildCharter(db, organisationId, { jobRoleId: world.leaderRole.id, frameworkVersionId: framework.version.id, content, status: "PUBLISHED" });
  const second = await buildCharter(db, organisationId, { jobRoleId: world.leaderRole.id, frameworkVersionId: framework.version.id, content, status: "PUBLISHED", number: 2 });
  charterId = first.charter.id;
  versions = [first.version, second.version];
});

const acknowledge = (personId: string, charterVersionId: string) =>
  db.charterAcknowledgement.create({ data: { organisationId: world.organisation.id, personId, charterVersionId } });

describe("getOwnJobRoleId", () => {
  it("is the person's job role, or null when they have none", async () => {
    expect(await getOwnJobRoleId(world.organisation.id, world.leader.id)).toBe(world.leaderRole.id);
    expect(await getOwnJobRoleId(world.organisation.id, world.hr.id)).toBeNull();
  });

  it("never reads a person of another organisation", async () => {
    expect(await getOwnJobRoleId(world.organisation.id, world.foreignHr.id)).toBeNull();
    expect(await getOwnJobRoleId(world.foreignOrganisation.id, world.leader.id)).toBeNull();
  });
});

describe("getLatestAcknowledgement", () => {
  it("is null until the person acknowledges, then the newest version they acknowledged", async () => {
    const [first, second] = versions as [{ id: string; number: number }, { id: string; number: number }];
    expect(await getLatestAcknowledgement(world.organisation.id, world.leader.id, charterId)).toBeNull();

    await acknowledge(world.leader.id, first.id);
    expect(await getLatestAcknowledgement(world.organisation.id, world.leader.id, charterId)).toMatchObject({ versionId: first.id, number: 1 });

    await acknowledge(world.leader.id, second.id);
    const latest = await getLatestAcknowledgement(world.organisation.id, world.leader.id, charterId);
    expect(latest).toMatchObject({ versionId: second.id, number: 2 });
    expect(latest?.acknowledgedAt).toBeInstanceOf(Date);
  });

  it("is someone else's business: another person, or another organisation, sees nothing", async () => {
    expect(await getLatestAcknowledgement(world.organisation.id, world.manager.id, charterId)).toBeNull();
    expect(await getLatestAcknowledgement(world.foreignOrganisation.id, world.leader.id, charterId)).toBeNull();
  });
});
