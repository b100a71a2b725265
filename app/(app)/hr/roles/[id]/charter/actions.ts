"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createCharter,
  discardCharterDraft,
  pinCharterFramework,
  publishCharterDraft,
  saveCharterSections,
  setCharterRequirements,
  setCharterVersionArchived,
  startCharterDraft,
} from "@/lib/charters/commands";
import {
  charterDraftRefSchema,
  charterVersionRefSchema,
  createCharterSchema,
  pinCharterFrameworkSchema,
  saveCharterSectionsSchema,
  setCharterRequirementsSchema,
  startCharterDraftSchema,
} from "@/lib/charters/schemas";

const HR = ["HR_ADMIN"] as const;
const workspace = (jobRoleId: string) => `/hr/roles/${jobRoleId}/charter`;
type Changed = { jobRoleId: string; number: number };
const pages = (_input: unknown, result: { jobRoleId: string }) => ["/hr/roles", `/hr/roles/${result.jobRoleId}`, workspace(result.jobRoleId), "/charters", `/charters/${result.jobRoleId}`];

export const createCharterAction = defineAction({ access: HR, schema: createCharterSchema, revalidate: pages, redirectTo: (result) => workspace(result.jobRoleId) }, (input, actor) =>
  createCharter(actor, input.jobRoleId),
);

export const saveCharterSectionsAction = defineAction({ access: HR, schema: saveCharterSectionsSchema, revalidate: pages, success: "Sections saved to the draft." }, (input, actor) =>
  saveCharterSections(actor, input),
);

export const setCharterRequirementsAction = defineAction(
  { access: HR, schema: setCharterRequirementsSchema, revalidate: pages, success: "Required competencies saved to the draft." },
  (input, actor) => setCharterRequirements(actor, input),
);

export const pinCharterFrameworkAction = defineAction(
  { access: HR, schema: pinCharterFrameworkSchema, revalidate: pages, redirectTo: (result) => `${workspace(result.jobRoleId)}?moved=1` },
  (input, actor) => pinCharterFramework(actor, input),
);

export const publishCharterDraftAction = defineAction(
  { access: HR, schema: charterDraftRefSchema, revalidate: pages, redirectTo: (result: Changed) => `${workspace(result.jobRoleId)}?version=${result.number}&published=1` },
  (input, actor) => publishCharterDraft(actor, input),
);

export const startCharterDraftAction = defineAction(
  { access: HR, schema: startCharterDraftSchema, revalidate: pages, redirectTo: (result: Changed) => `${workspace(result.jobRoleId)}?version=${result.number}` },
  (input, actor) => startCharterDraft(actor, input.charterId),
);

export const archiveCharterVersionAction = defineAction(
  { access: HR, schema: charterVersionRefSchema, revalidate: pages, success: (result: Changed) => `Version ${result.number} is archived.` },
  (input, actor) => setCharterVersionArchived(actor, input.versionId, true),
);

export const unarchiveCharterVersionAction = defineAction(
  { access: HR, schema: charterVersionRefSchema, revalidate: pages, success: (result: Changed) => `Version ${result.number} is published again.` },
  (input, actor) => setCharterVersionArchived(actor, input.versionId, false),
);

export const discardCharterDraftAction = defineAction(
  { access: HR, schema: charterVersionRefSchema, revalidate: pages, redirectTo: (result: { jobRoleId: string; charterDeleted: boolean }) => (result.charterDeleted ? `/hr/roles/${result.jobRoleId}?discarded=1` : workspace(result.jobRoleId)) },
  (input, actor) => discardCharterDraft(actor, input.versionId),
);
