"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addPhase, createTemplate, deleteTemplate, movePhase, removePhase, renamePhase, updateTemplate } from "@/lib/inductions/template-commands";
import { addItem, addMindsetSection, moveItem, removeItem, updateItem } from "@/lib/inductions/template-item-commands";
import {
  addItemSchema,
  addMindsetSectionSchema,
  addPhaseSchema,
  createTemplateSchema,
  moveItemSchema,
  movePhaseSchema,
  removeItemSchema,
  removePhaseSchema,
  renamePhaseSchema,
  templateIdSchema,
  updateItemSchema,
  updateTemplateSchema,
} from "@/lib/inductions/template-schemas";

const HR = ["HR_ADMIN"] as const;
const editorPaths = (_input: unknown, result: { templateId: string }) => ["/hr/inductions", `/hr/inductions/${result.templateId}`];

export const createTemplateAction = defineAction(
  { access: HR, schema: createTemplateSchema, revalidate: ["/hr/inductions"], redirectTo: (template: { id: string }) => `/hr/inductions/${template.id}?created=1` },
  (input, actor) => createTemplate(actor, input),
);

export const updateTemplateAction = defineAction(
  { access: HR, schema: updateTemplateSchema, revalidate: (input) => ["/hr/inductions", `/hr/inductions/${input.id}`], success: "Template details saved." },
  (input, actor) => updateTemplate(actor, input),
);

export const deleteTemplateAction = defineAction(
  { access: HR, schema: templateIdSchema, revalidate: ["/hr/inductions"], redirectTo: () => "/hr/inductions?deleted=1" },
  (input, actor) => deleteTemplate(actor, input.id),
);

export const addPhaseAction = defineAction(
  { access: HR, schema: addPhaseSchema, revalidate: editorPaths, success: "Phase added." },
  (input, actor) => addPhase(actor, input),
);

export const renamePhaseAction = defineAction(
  { access: HR, schema: renamePhaseSchema, revalidate: editorPaths, success: "Phase renamed." },
  (input, actor) => renamePhase(actor, input),
);

export const removePhaseAction = defineAction(
  { access: HR, schema: removePhaseSchema, revalidate: editorPaths, success: "Phase removed." },
  (input, actor) => removePhase(actor, input),
);

export const movePhaseAction = defineAction(
  { access: HR, schema: movePhaseSchema, revalidate: editorPaths, success: "Phase moved." },
  (input, actor) => movePhase(actor, input),
);

export const addItemAction = defineAction(
  { access: HR, schema: addItemSchema, revalidate: editorPaths, success: "Item added." },
  (input, actor) => addItem(actor, input),
);

export const updateItemAction = defineAction(
  { access: HR, schema: updateItemSchema, revalidate: editorPaths, success: "Item saved." },
  (input, actor) => updateItem(actor, input),
);

export const removeItemAction = defineAction(
  { access: HR, schema: removeItemSchema, revalidate: editorPaths, success: "Item removed." },
  (input, actor) => removeItem(actor, input),
);

export const moveItemAction = defineAction(
  { access: HR, schema: moveItemSchema, revalidate: editorPaths, success: "Item moved." },
  (input, actor) => moveItem(actor, input),
);

export const addMindsetSectionAction = defineAction(
  {
    access: HR,
    schema: addMindsetSectionSchema,
    revalidate: editorPaths,
    success: (result: { templateId: string; added: number }) => `Added ${result.added} items from the mindset section.`,
  },
  (input, actor) => addMindsetSection(actor, input),
);
