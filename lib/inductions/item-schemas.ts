import { z } from "zod";
import { ItemKind, ItemOwner } from "@/lib/db/generated/enums";
import { idField, MULTI_LINE_FORBIDDEN, optionalText, requiredText, versionField } from "@/lib/validation/fields";
import { isDateOnly } from "./dates";

/** Inputs of the actions people take on a running induction's items. */

export const ITEM_LIMITS = { title: 200, guidance: 2000, evidenceText: 2000, url: 2000, reason: 500 } as const;

const itemRef = { itemId: idField, version: versionField };

export const itemChangeSchema = z.object(itemRef);

/** Only web links: a javascript:, data: or file: address could run or reveal something when clicked. */
const webLink = z
  .string({ message: "The link must be text" })
  .trim()
  .max(ITEM_LIMITS.url, `Keep the link to ${ITEM_LIMITS.url} characters or fewer`)
  .refine((value) => value === "" || !/[\s\p{Cc}\p{Cf}]|\p{Cs}/u.test(value), "Enter the link without spaces or hidden characters")
  .refine(
    (value) => value === "" || z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).safeParse(value).success,
    "Enter a web address that starts with https:// or http://, such as https://wiki.example.com/notes",
  );

export const addEvidenceSchema = z
  .object({
    itemId: idField,
    text: optionalText("the note", ITEM_LIMITS.evidenceText),
    url: webLink.default(""),
  })
  .superRefine((value, context) => {
    if (value.text === "" && value.url === "") {
      context.addIssue({ code: "custom", path: ["text"], message: "Write a note or add a link (or both)" });
    }
  });

export const waiveItemSchema = z.object({
  ...itemRef,
  reason: z
    .string({ message: "Give the reason for waiving this item" })
    .trim()
    .min(1, "Give the reason for waiving this item")
    .max(ITEM_LIMITS.reason, `Keep the reason to ${ITEM_LIMITS.reason} characters or fewer`)
    .refine((value) => !MULTI_LINE_FORBIDDEN.test(value), "The reason contains a character that cannot be stored"),
});

/** A lone checkbox: absent (or blank) when unticked, its value once when ticked. */
export function checkbox(value: string) {
  return z
    .preprocess((raw) => (raw === undefined || raw === "" ? [] : Array.isArray(raw) ? raw : [raw]), z.array(z.literal(value, { message: "Tick the box or leave it empty" })).max(1, "Tick the box once"))
    .transform((ticked) => ticked.length > 0);
}

export const dateField = z
  .string({ message: "Enter the due date" })
  .trim()
  .min(1, "Enter the due date")
  .refine(isDateOnly, "Enter a real date, such as 2027-03-31");

/** Acknowledging the charter and writing a reflection are things only the new leader can do. */
export const LEADER_ONLY_KINDS: readonly ItemKind[] = ["ACKNOWLEDGE_CHARTER", "REFLECTION"];

export const addItemSchema = z
  .object({
    inductionId: idField,
    phaseId: idField,
    title: requiredText("a title", ITEM_LIMITS.title),
    guidance: optionalText("the guidance", ITEM_LIMITS.guidance),
    owner: z.enum(ItemOwner, { message: "Choose who owns the item" }),
    kind: z.enum(ItemKind, { message: "Choose what kind of item it is" }),
    dueDate: dateField,
    needsSignOff: checkbox("yes"),
  })
  .superRefine((value, context) => {
    if (LEADER_ONLY_KINDS.includes(value.kind) && value.owner !== "INDIVIDUAL") {
      context.addIssue({ code: "custom", path: ["owner"], message: "Only the new leader can acknowledge the charter or write a reflection: choose New leader as the owner" });
    }
  });

export type AddEvidenceInput = z.output<typeof addEvidenceSchema>;
export type WaiveItemInput = z.output<typeof waiveItemSchema>;
export type AddItemInput = z.output<typeof addItemSchema>;
export type ItemChangeInput = z.output<typeof itemChangeSchema>;
