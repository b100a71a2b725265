"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createPerson, setPersonActive, updatePerson } from "@/lib/people/commands";
import { createPersonSchema, personIdSchema, updatePersonSchema } from "@/lib/people/schemas";

const HR = ["HR_ADMIN"] as const;

export const createPersonAction = defineAction(
  { access: HR, schema: createPersonSchema, revalidate: ["/hr/people"], redirectTo: (person: { id: string }) => `/hr/people/${person.id}?created=1` },
  (input, actor) => createPerson(actor, input),
);

export const updatePersonAction = defineAction(
  { access: HR, schema: updatePersonSchema, revalidate: (input) => ["/hr/people", `/hr/people/${input.id}`], success: "Changes saved." },
  (input, actor) => updatePerson(actor, input),
);

export const deactivatePersonAction = defineAction(
  { access: HR, schema: personIdSchema, revalidate: (input) => ["/hr/people", `/hr/people/${input.id}`], success: "Deactivated. They can no longer sign in." },
  (input, actor) => setPersonActive(actor, input.id, false),
);

export const reactivatePersonAction = defineAction(
  { access: HR, schema: personIdSchema, revalidate: (input) => ["/hr/people", `/hr/people/${input.id}`], success: "Reactivated. They can sign in again." },
  (input, actor) => setPersonActive(actor, input.id, true),
);
