"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createMindsetSection, deleteMindsetSection, updateMindsetSection } from "@/lib/inductions/mindset-commands";
import { createMindsetSectionSchema, mindsetSectionIdSchema, updateMindsetSectionSchema } from "@/lib/inductions/mindset-schemas";

const HR = ["HR_ADMIN"] as const;
const LIBRARY_PATHS = ["/hr/inductions", "/hr/inductions/library"];

export const createMindsetSectionAction = defineAction(
  { access: HR, schema: createMindsetSectionSchema, revalidate: LIBRARY_PATHS, redirectTo: () => "/hr/inductions/library?saved=1" },
  (input, actor) => createMindsetSection(actor, input),
);

export const updateMindsetSectionAction = defineAction(
  { access: HR, schema: updateMindsetSectionSchema, revalidate: (input) => [...LIBRARY_PATHS, `/hr/inductions/library/${input.id}`], success: "Section saved." },
  (input, actor) => updateMindsetSection(actor, input),
);

export const deleteMindsetSectionAction = defineAction(
  { access: HR, schema: mindsetSectionIdSchema, revalidate: LIBRARY_PATHS, redirectTo: () => "/hr/inductions/library?deleted=1" },
  (input, actor) => deleteMindsetSection(actor, input.id),
);
