import { z } from "zod";
import { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { idField, optionalId, optionalText, requiredText, versionField } from "@/lib/validation/fields";
import { TEMPLATE_LIMITS } from "./template-limits";

/** Inputs of the induction template actions. Every change to a template's structure carries the template's version. */

const templateDetails = {
  name: requiredText("a name", TEMPLATE_LIMITS.name),
  description: optionalText("the description", TEMPLATE_LIMITS.description),
  jobRoleId: optionalId("a job role"),
};

/** Whole days from the start date, as a form's number box sends them: "-7", "0", "30". */
export const dueOffsetField = z
  .string({ message: "Enter the number of days from the start date" })
  .trim()
  .min(1, { message: "Enter the number of days from the start date", abort: true })
  .regex(/^(0|-?[1-9]\d{0,5})$/, "Enter a whole number of days, such as 14, or -7 for a week before the start date")
  .transform(Number)
  .pipe(
    z
      .number()
      .min(TEMPLATE_LIMITS.earliestOffset, `Choose a day no more than ${-TEMPLATE_LIMITS.earliestOffset} days before the start date`)
      .max(TEMPLATE_LIMITS.latestOffset, `Choose a day no more than ${TEMPLATE_LIMITS.latestOffset} days after the start date`),
  );

/** A single checkbox: "on" when ticked, absent when not. */
const checkboxField = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.literal("on", { message: "Tick the box or leave it empty" }))
    .max(1, "Tick the box or leave it empty")
    .transform((ticked) => ticked.length > 0),
);

const competencyField = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z
    .string({ message: "Choose a competency from the list" })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a competency from the list")
    .optional(),
);

const directionField = z.enum(["up", "down"], { message: "Choose up or down" });

const itemFields = {
  title: requiredText("a title", TEMPLATE_LIMITS.title),
  guidance: optionalText("the guidance", TEMPLATE_LIMITS.guidance),
  owner: z.enum(ItemOwner, { message: "Choose who does it" }),
  kind: z.enum(ItemKind, { message: "Choose the kind of item" }),
  dueOffsetDays: dueOffsetField,
  competencyKey: competencyField,
  needsSignOff: checkboxField,
};

const templateRef = { templateId: idField, version: versionField };
const phaseRef = { phaseId: idField, version: versionField };
const itemRef = { itemId: idField, version: versionField };

export const createTemplateSchema = z.object(templateDetails);
export const updateTemplateSchema = z.object({ id: idField, version: versionField, ...templateDetails });
export const templateIdSchema = z.object({ id: idField });

export const addPhaseSchema = z.object({ ...templateRef, name: requiredText("a name for the phase", TEMPLATE_LIMITS.phaseName) });
export const renamePhaseSchema = z.object({ ...phaseRef, name: requiredText("a name for the phase", TEMPLATE_LIMITS.phaseName) });
export const removePhaseSchema = z.object(phaseRef);
export const movePhaseSchema = z.object({ ...phaseRef, direction: directionField });

export const addItemSchema = z.object({ ...phaseRef, ...itemFields });
/** Editing an item may also move it to another phase of the same template. */
export const updateItemSchema = z.object({ ...itemRef, phaseId: idField, ...itemFields });
export const removeItemSchema = z.object(itemRef);
export const moveItemSchema = z.object({ ...itemRef, direction: directionField });

/** `section` is a built-in section's key or the id of one of the organisation's own sections. */
export const addMindsetSectionSchema = z.object({
  ...phaseRef,
  section: z.string({ message: "Choose a section from the library" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a section from the library"),
  dueOffsetDays: dueOffsetField,
});

export type TemplateDetailsInput = z.output<typeof createTemplateSchema>;
export type UpdateTemplateInput = z.output<typeof updateTemplateSchema>;
export type ItemFieldsInput = z.output<z.ZodObject<typeof itemFields>>;
export type AddItemInput = z.output<typeof addItemSchema>;
export type UpdateItemInput = z.output<typeof updateItemSchema>;
export type AddMindsetSectionInput = z.output<typeof addMindsetSectionSchema>;
export type Direction = z.output<typeof directionField>;
