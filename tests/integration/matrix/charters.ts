import { db } from "@/lib/db/client";
import { LIST_SECTIONS, TEXT_SECTIONS, type CharterDocument } from "@/lib/charters/document";
import { CHARTER_LIMITS } from "@/lib/charters/limits";
import { buildCharter, buildFramework, buildJobRole, sampleCharter } from "@/tests/factories";
import { HR, type CrossTenantCase, type FieldSpec, type FormInput, type MatrixEntry, type MatrixWorld } from "./core";

const charterSectionFields = {
  ...Object.fromEntries(TEXT_SECTIONS.map((section) => [section, { kind: "text", max: CHARTER_LIMITS.text, required: true } as const])),
  // One item per line: each line is trimmed and blank lines are dropped.
  ...Object.fromEntries(
    LIST_SECTIONS.map((section) => [section, { kind: "text", max: CHARTER_LIMITS.item, required: true, stored: (value: string) => listLines(value).join("\n") } as const]),
  ),
} as Record<string, FieldSpec>;

const listLines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A draft charter for a new job role of the organisation, pinned to a new published framework. */
async function draftCharter(organisationId: string) {
  const framework = await buildFramework(db, organisationId, { status: "PUBLISHED" });
  const role = await buildJobRole(db, organisationId);
  const built = await buildCharter(db, organisationId, { jobRoleId: role.id, frameworkVersionId: framework.version.id, content: sampleCharter(framework.content) });
  return { ...built, framework, role };
}

/** A published charter for a new job role of the organisation. */
async function publishedCharter(organisationId: string, status: "PUBLISHED" | "ARCHIVED" = "PUBLISHED") {
  const framework = await buildFramework(db, organisationId, { status: "PUBLISHED" });
  const role = await buildJobRole(db, organisationId);
  return buildCharter(db, organisationId, { jobRoleId: role.id, frameworkVersionId: framework.version.id, content: sampleCharter(framework.content), status });
}

/** A new published version of the charter of the leader's own job role (the newest, so it is the one to acknowledge). */
async function leadersCharterVersion(world: MatrixWorld) {
  const framework = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
  const newest = await db.charterVersion.findFirst({ where: { charter: { jobRoleId: world.leaderRole.id } }, orderBy: { number: "desc" }, select: { number: true } });
  const { version } = await buildCharter(db, world.organisation.id, {
    jobRoleId: world.leaderRole.id,
    frameworkVersionId: framework.version.id,
    content: sampleCharter(framework.content),
    status: "PUBLISHED",
    number: (newest?.number ?? 0) + 1,
  });
  return version;
}

function sectionsInput(version: { id: string; revision: number }): FormInput {
  return {
    versionId: version.id,
    revision: String(version.revision),
    ...Object.fromEntries(TEXT_SECTIONS.map((section) => [section, `The ${section} of the role`])),
    ...Object.fromEntries(LIST_SECTIONS.map((section) => [section, `First ${section}\nSecond ${section}`])),
  };
}

async function readCharterDraft(versionId: string) {
  const version = await db.charterVersion.findUniqueOrThrow({ where: { id: versionId } });
  const doc = version.content as unknown as CharterDocument;
  return {
    organisationId: version.organisationId,
    ...Object.fromEntries(TEXT_SECTIONS.map((section) => [section, doc[section]])),
    ...Object.fromEntries(LIST_SECTIONS.map((section) => [section, doc[section].join("\n")])),
  };
}

function requirementsInput(draft: Awaited<ReturnType<typeof draftCharter>>): FormInput {
  const competencies = draft.framework.content.clusters.flatMap((cluster) => cluster.competencies).slice(0, 2);
  const stage = draft.framework.content.stages[1]?.key;
  return {
    versionId: draft.version.id,
    revision: String(draft.version.revision),
    stage: competencies.map((competency) => `${competency.key}:${stage}`),
    ahead: competencies.slice(0, 1).map((competency) => competency.key),
  };
}

/** Role charters: HR writes them; leaders acknowledge their own. */
export const CHARTER_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/roles/[id]/charter/actions.ts#createCharterAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { jobRoleId: (await buildJobRole(db, world.organisation.id)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "start a charter for organisation A's job role", input: { jobRoleId: (await buildJobRole(db, world.organisation.id)).id } }];
    },
    fields: { jobRoleId: { kind: "id", of: "jobRole" } },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#saveCharterSectionsAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return sectionsInput((await draftCharter(world.organisation.id)).version);
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "rewrite organisation A's charter draft", input: sectionsInput((await draftCharter(world.organisation.id)).version) }];
    },
    fields: { versionId: { kind: "id", of: "charterVersion" }, revision: { kind: "version" }, ...charterSectionFields },
    readBack: (_world, _caller, input) => readCharterDraft(String(input.versionId)),
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#setCharterRequirementsAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return requirementsInput(await draftCharter(world.organisation.id));
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "change organisation A's required competencies", input: requirementsInput(await draftCharter(world.organisation.id)) }];
    },
    fields: {
      versionId: { kind: "id", of: "charterVersion" },
      revision: { kind: "version" },
      stage: { kind: "choices", values: ["competency:stage"], max: CHARTER_LIMITS.requirements * 2 },
      ahead: { kind: "choices", values: ["competency"], max: CHARTER_LIMITS.requirements },
    },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#pinCharterFrameworkAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const draft = await draftCharter(world.organisation.id);
      const target = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
      return { versionId: draft.version.id, revision: String(draft.version.revision), frameworkVersionId: target.version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const theirs = await draftCharter(world.organisation.id);
      const own = await draftCharter(world.foreignOrganisation.id);
      const target = await buildFramework(db, world.organisation.id, { status: "PUBLISHED" });
      return [
        { label: "move organisation A's charter draft", input: { versionId: theirs.version.id, revision: "1", frameworkVersionId: own.framework.version.id } },
        { label: "point their own charter at organisation A's framework", input: { versionId: own.version.id, revision: "1", frameworkVersionId: target.version.id }, field: "frameworkVersionId" },
      ];
    },
    fields: { versionId: { kind: "id", of: "charterVersion" }, revision: { kind: "version" }, frameworkVersionId: { kind: "id", of: "frameworkVersion" } },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#publishCharterDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      const { version } = await draftCharter(world.organisation.id);
      return { versionId: version.id, revision: String(version.revision) };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      const { version } = await draftCharter(world.organisation.id);
      return [{ label: "publish organisation A's charter draft", input: { versionId: version.id, revision: "1" } }];
    },
    fields: { versionId: { kind: "id", of: "charterVersion" }, revision: { kind: "version" } },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#startCharterDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { charterId: (await publishedCharter(world.organisation.id)).charter.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "start a draft of organisation A's charter", input: { charterId: (await publishedCharter(world.organisation.id)).charter.id } }];
    },
    fields: { charterId: { kind: "id", of: "charter" } },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#archiveCharterVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await publishedCharter(world.organisation.id)).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "archive organisation A's charter version", input: { versionId: (await publishedCharter(world.organisation.id)).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "charterVersion" } },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#unarchiveCharterVersionAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await publishedCharter(world.organisation.id, "ARCHIVED")).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "unarchive organisation A's charter version", input: { versionId: (await publishedCharter(world.organisation.id, "ARCHIVED")).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "charterVersion" } },
  },

  "app/(app)/hr/roles/[id]/charter/actions.ts#discardCharterDraftAction": {
    type: "action",
    access: HR,
    async validInput(world) {
      return { versionId: (await draftCharter(world.organisation.id)).version.id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "discard organisation A's charter draft", input: { versionId: (await draftCharter(world.organisation.id)).version.id } }];
    },
    fields: { versionId: { kind: "id", of: "charterVersion" } },
  },

  "app/(app)/me/charter/actions.ts#acknowledgeCharterAction": {
    type: "action",
    access: ["LEADER"],
    async validInput(world) {
      return { charterVersionId: (await leadersCharterVersion(world)).id };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "acknowledge organisation A's charter", input: { charterVersionId: (await leadersCharterVersion(world)).id } }];
    },
    fields: { charterVersionId: { kind: "id", of: "charterVersion" } },
  },

  "app/(app)/me/charter/actions.ts#askCharterQuestionAction": {
    type: "action",
    access: ["LEADER"],
    async validInput(world) {
      return { charterVersionId: (await leadersCharterVersion(world)).id, question: "Who decides the team's hiring plan?" };
    },
    async crossTenant(world): Promise<CrossTenantCase[]> {
      return [{ label: "ask about organisation A's charter", input: { charterVersionId: (await leadersCharterVersion(world)).id, question: "Let me in?" } }];
    },
    fields: { charterVersionId: { kind: "id", of: "charterVersion" }, question: { kind: "text", max: CHARTER_LIMITS.question, required: true } },
    async readBack(_world, _caller, _input, outcome) {
      // By the id the action answers with: the same question sent again is the one already asked.
      const questionId = outcome.kind === "result" ? (outcome.value as { data?: { questionId?: string } }).data?.questionId : undefined;
      const question = await db.charterQuestion.findUniqueOrThrow({ where: { id: questionId ?? "" } });
      return { question: question.question, organisationId: question.organisationId };
    },
  },
};
