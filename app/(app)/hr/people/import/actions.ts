"use server";

import { defineAction } from "@/lib/actions/define-action";
import { importPeople, previewPeopleImport, type PeopleImportResult } from "@/lib/people/import";
import { peopleCsvImportSchema } from "@/lib/people/schemas";

const HR = ["HR_ADMIN"] as const;

/** Checks a CSV file against the organisation and reports on every row; writes nothing. */
export const previewPeopleImportAction = defineAction({ access: HR, schema: peopleCsvImportSchema }, (input, actor) =>
  previewPeopleImport(actor, input.csv),
);

/** Checks the file again on the server and adds everyone in one transaction, or nobody. */
export const importPeopleAction = defineAction(
  {
    access: HR,
    schema: peopleCsvImportSchema,
    revalidate: ["/hr/people", "/hr"],
    success: (result: PeopleImportResult) => `Added ${result.created.toLocaleString("en-GB")} ${result.created === 1 ? "person" : "people"}.`,
  },
  (input, actor) => importPeople(actor, input.csv),
);
