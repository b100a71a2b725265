"use server";

import { defineAction } from "@/lib/actions/define-action";
import { enrolPerson } from "@/lib/inductions/enrolment-commands";
import { enrolPersonSchema } from "@/lib/inductions/enrolment-schemas";

const HR = ["HR_ADMIN"] as const;

/** Enrols one person into a role transition, copying the induction template; back to their cohort, or the cohorts page. */
export const enrolPersonAction = defineAction(
  {
    access: HR,
    schema: enrolPersonSchema,
    revalidate: ["/hr/cohorts", "/hr"],
    redirectTo: (result: { id: string; cohortId: string | null }) => `${result.cohortId ? `/hr/cohorts/${result.cohortId}` : "/hr/cohorts"}?enrolled=${result.id}`,
  },
  (input, actor) => enrolPerson(actor, input),
);
