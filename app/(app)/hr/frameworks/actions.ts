"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createFrameworkSchema,
  editFrameworkDraftSchema,
  frameworkIdSchema,
  frameworkVersionIdSchema,
  importFrameworkSchema,
  previewFrameworkImportSchema,
  publishFrameworkDraftSchema,
} from "@/lib/frameworks/action-schemas";
import {
  createFramework,
  discardFrameworkDraft,
  duplicateFrameworkVersion,
  editFrameworkDraft,
  importFramework,
  publishFrameworkDraft,
  setFrameworkVersionArchived,
  startFrameworkDraft,
} from "@/lib/frameworks/commands";
import { previewFrameworkFile } from "@/lib/frameworks/import-file";

const HR = ["HR_ADMIN"] as const;
const LIST = "/hr/frameworks";
type Changed = { frameworkId: string; number: number };
const page = (_input: unknown, result: { frameworkId: string }) => [LIST, `${LIST}/${result.frameworkId}`];
const opened = (result: { id: string }) => `${LIST}/${result.id}?created=1`;

export const createFrameworkAction = defineAction({ access: HR, schema: createFrameworkSchema, revalidate: [LIST], redirectTo: opened }, (input, actor) =>
  createFramework(actor, input),
);

/** Reads a CSV or JSON framework file and says what importing it would create; writes nothing. */
export const previewFrameworkImportAction = defineAction({ access: HR, schema: previewFrameworkImportSchema }, async (input) => previewFrameworkFile(input.file));

/** Reads the file again on the server and creates the framework as a draft. */
export const importFrameworkAction = defineAction({ access: HR, schema: importFrameworkSchema, revalidate: [LIST], redirectTo: opened }, (input, actor) =>
  importFramework(actor, input),
);

export const duplicateFrameworkVersionAction = defineAction(
  { access: HR, schema: frameworkVersionIdSchema, revalidate: [LIST], redirectTo: opened },
  (input, actor) => duplicateFrameworkVersion(actor, input.versionId),
);

/**
 * One editor change to the draft; answers with the draft's new revision. Nothing is
 * revalidated: the editor keeps its own copy, and the pages are dynamic, so they
 * render afresh on the next visit rather than resending the whole draft per keystroke.
 */
export const editFrameworkDraftAction = defineAction({ access: HR, schema: editFrameworkDraftSchema, success: "Saved." }, (input, actor) =>
  editFrameworkDraft(actor, input),
);

export const publishFrameworkDraftAction = defineAction(
  {
    access: HR,
    schema: publishFrameworkDraftSchema,
    revalidate: page,
    redirectTo: (result: Changed) => `${LIST}/${result.frameworkId}?version=${result.number}&published=1`,
  },
  (input, actor) => publishFrameworkDraft(actor, input),
);

export const startFrameworkDraftAction = defineAction(
  { access: HR, schema: frameworkIdSchema, revalidate: page, redirectTo: (result: Changed) => `${LIST}/${result.frameworkId}?version=${result.number}` },
  (input, actor) => startFrameworkDraft(actor, input.frameworkId),
);

export const archiveFrameworkVersionAction = defineAction(
  { access: HR, schema: frameworkVersionIdSchema, revalidate: page, success: (result: Changed) => `Version ${result.number} is archived.` },
  (input, actor) => setFrameworkVersionArchived(actor, input.versionId, true),
);

export const unarchiveFrameworkVersionAction = defineAction(
  { access: HR, schema: frameworkVersionIdSchema, revalidate: page, success: (result: Changed) => `Version ${result.number} is published again.` },
  (input, actor) => setFrameworkVersionArchived(actor, input.versionId, false),
);

export const discardFrameworkDraftAction = defineAction(
  {
    access: HR,
    schema: frameworkVersionIdSchema,
    revalidate: page,
    redirectTo: (result: { frameworkId: string; frameworkDeleted: boolean }) => (result.frameworkDeleted ? `${LIST}?discarded=1` : `${LIST}/${result.frameworkId}`),
  },
  (input, actor) => discardFrameworkDraft(actor, input.versionId),
);
