"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addSupporter, removeSupporter, updateSupporter } from "@/lib/coaching/commands";
import { endRelationship, startRelationship } from "@/lib/coaching/relationship-commands";
import { addSupporterSchema, relationshipIdSchema, startRelationshipSchema, supporterIdSchema, updateSupporterSchema } from "@/lib/coaching/schemas";

const HR = ["HR_ADMIN"] as const;
const BENCH = "/hr/coaching";
const PEOPLES_PAGES = ["/coaching", "/me/support"];

export const addSupporterAction = defineAction(
  { access: HR, schema: addSupporterSchema, revalidate: [BENCH], redirectTo: () => `${BENCH}?saved=added` },
  (input, actor) => addSupporter(actor, input),
);

export const updateSupporterAction = defineAction(
  { access: HR, schema: updateSupporterSchema, revalidate: (input) => [BENCH, `${BENCH}/bench/${input.profileId}`], redirectTo: () => `${BENCH}?saved=updated` },
  (input, actor) => updateSupporter(actor, input),
);

export const removeSupporterAction = defineAction(
  { access: HR, schema: supporterIdSchema, revalidate: [BENCH], redirectTo: () => `${BENCH}?saved=removed` },
  (input, actor) => removeSupporter(actor, input.profileId),
);

export const startRelationshipAction = defineAction(
  { access: HR, schema: startRelationshipSchema, revalidate: [BENCH, ...PEOPLES_PAGES], redirectTo: (result: { relationshipId: string }) => `${BENCH}?started=${result.relationshipId}#relationships` },
  (input, actor) => startRelationship(actor, input),
);

export const endRelationshipAction = defineAction(
  { access: HR, schema: relationshipIdSchema, revalidate: [BENCH, ...PEOPLES_PAGES], success: "Ended. Both of them have been told." },
  (input, actor) => endRelationship(actor, input.relationshipId),
);
