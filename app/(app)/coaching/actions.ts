"use server";

import { defineAction } from "@/lib/actions/define-action";
import { endRelationship, logSession } from "@/lib/coaching/relationship-commands";
import { logSessionSchema, relationshipIdSchema } from "@/lib/coaching/schemas";

const COACH = ["COACH"] as const;
const PAGES = ["/coaching", "/me/support", "/hr/coaching"];

export const logSessionAction = defineAction(
  { access: COACH, schema: logSessionSchema, revalidate: PAGES, success: "Session logged." },
  (input, actor) => logSession(actor, input),
);

export const endRelationshipAction = defineAction(
  { access: COACH, schema: relationshipIdSchema, revalidate: PAGES, success: "Ended. The leader has been told." },
  (input, actor) => endRelationship(actor, input.relationshipId),
);
