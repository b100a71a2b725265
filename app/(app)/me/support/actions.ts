"use server";

import { defineAction } from "@/lib/actions/define-action";
import { logSession } from "@/lib/coaching/relationship-commands";
import { logSessionSchema } from "@/lib/coaching/schemas";

export const logSessionAction = defineAction(
  { access: ["LEADER"], schema: logSessionSchema, revalidate: ["/me/support", "/coaching", "/hr/coaching"], success: "Session logged." },
  (input, actor) => logSession(actor, input),
);
