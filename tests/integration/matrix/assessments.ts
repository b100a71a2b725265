import { db } from "@/lib/db/client";
import { CHARTER_LIMITS } from "@/lib/charters/limits";
import { buildCharter, buildFramework, sampleCharter } from "@/tests/factories";
import type { CrossTenantCase, FormInput, MatrixEntry, MatrixWorld } from "./core";

/**
 * A new published version of the charter of the leader's role, on a new framework, so each
 * call rates against the role's current charter; with ratings for every competency it requires.
 */
async function leadersCharterWithRatings(world: MatrixWorld): Promise<FormInput> {
  const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
  const newest = await db.charterVersion.findFirst({ where: { charter: { jobRoleId: world.leaderRole.id } }, orderBy: { number: "desc" }, select: { number: true } });
  const content = sampleCharter(framework.content);
  const { version } = await buildCharter(db, world.organisation.id, {
    jobRoleId: world.leaderRole.id,
    frameworkVersionId: framework.version.id,
    content,
    status: "PUBLISHED",
    number: (newest?.number ?? 0) + 1,
  });
  // Check-ins can be taken any number of times, so every call is valid.
  return { charterVersionId: version.id, moment: "ON_DEMAND", ratings: content.requirements.map((requirement, index) => `${requirement.competencyKey}:${(index % 4) + 1}`) };
}

const assessmentFields = {
  charterVersionId: { kind: "id", of: "charterVersion" },
  moment: { kind: "choice", values: ["START", "END", "ON_DEMAND"] },
  ratings: { kind: "choices", values: ["competency:level"], max: CHARTER_LIMITS.requirements },
} as const;

/** Self- and manager assessment: the leader rates themselves; their manager rates them; HR only reads. */
export const ASSESSMENT_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/me/assessment/actions.ts#submitSelfAssessmentAction": {
    type: "action",
    access: ["LEADER"],
    validInput: (world) => leadersCharterWithRatings(world),
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "self-assess against organisation A's charter", input: await leadersCharterWithRatings(world) }];
    },
    fields: assessmentFields,
  },

  "app/(app)/team/[id]/assessment/actions.ts#submitManagerAssessmentAction": {
    type: "action",
    access: ["MANAGER"],
    async validInput(world) {
      return { personId: world.leader.id, ...(await leadersCharterWithRatings(world)) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const input = { personId: world.leader.id, ...(await leadersCharterWithRatings(world)) };
      return [
        { label: "assess organisation A's leader against A's charter", input },
        { label: "assess organisation A's leader against their own charter", input: { ...input, charterVersionId: world.foreignCharter.version.id } },
      ];
    },
    fields: { personId: { kind: "id", of: "person" }, ...assessmentFields },
  },
};
