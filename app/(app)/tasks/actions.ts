"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addEvidence, completeItem, reopenItem, signOffItem } from "@/lib/inductions/item-commands";
import { inductionPaths, settledMessage } from "@/lib/inductions/item-paths";
import { addEvidenceSchema, itemChangeSchema } from "@/lib/inductions/item-schemas";

/** What people do with the induction items they owe, from My tasks, My transition, My team and HR's enrolment page. */

const OWNERS = ["LEADER", "MANAGER", "HR_ADMIN"] as const;
const SIGNERS = ["MANAGER", "HR_ADMIN"] as const;

export const completeItemAction = defineAction(
  { access: OWNERS, schema: itemChangeSchema, revalidate: inductionPaths, success: settledMessage("Marked as done.") },
  (input, actor) => completeItem(actor, input),
);

export const reopenItemAction = defineAction(
  { access: OWNERS, schema: itemChangeSchema, revalidate: inductionPaths, success: "Reopened: the item is to do again." },
  (input, actor) => reopenItem(actor, input),
);

export const signOffItemAction = defineAction(
  { access: SIGNERS, schema: itemChangeSchema, revalidate: inductionPaths, success: settledMessage("Signed off.") },
  (input, actor) => signOffItem(actor, input),
);

export const addEvidenceAction = defineAction(
  { access: OWNERS, schema: addEvidenceSchema, revalidate: inductionPaths, success: "Evidence added." },
  (input, actor) => addEvidence(actor, input),
);
