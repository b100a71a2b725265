"use server";

import { defineAction } from "@/lib/actions/define-action";
import { editReflection, writeReflection } from "@/lib/inductions/reflection-commands";
import { inductionPaths } from "@/lib/inductions/item-paths";
import { editReflectionSchema, writeReflectionSchema } from "@/lib/inductions/reflection-schemas";

const LEADER = ["LEADER"] as const;

export const writeReflectionAction = defineAction(
  { access: LEADER, schema: writeReflectionSchema, revalidate: inductionPaths, success: "Your reflection is saved." },
  (input, actor) => writeReflection(actor, input),
);

export const editReflectionAction = defineAction(
  { access: LEADER, schema: editReflectionSchema, revalidate: inductionPaths, success: "Your changes are saved." },
  (input, actor) => editReflection(actor, input),
);
