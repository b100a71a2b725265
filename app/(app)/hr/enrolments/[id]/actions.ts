"use server";

import { defineAction } from "@/lib/actions/define-action";
import { addItem, removeItem, waiveItem } from "@/lib/inductions/item-commands";
import { inductionPaths, settledMessage } from "@/lib/inductions/item-paths";
import { addItemSchema, itemChangeSchema, waiveItemSchema } from "@/lib/inductions/item-schemas";

/** HR's changes to one running induction's items. */

const HR = ["HR_ADMIN"] as const;

export const waiveItemAction = defineAction(
  { access: HR, schema: waiveItemSchema, revalidate: inductionPaths, success: settledMessage("Waived, with your reason recorded.") },
  (input, actor) => waiveItem(actor, input),
);

export const addItemAction = defineAction(
  { access: HR, schema: addItemSchema, revalidate: inductionPaths, success: "Item added to this induction." },
  (input, actor) => addItem(actor, input),
);

export const removeItemAction = defineAction(
  { access: HR, schema: itemChangeSchema, revalidate: inductionPaths, success: settledMessage("Item removed.") },
  (input, actor) => removeItem(actor, input),
);
