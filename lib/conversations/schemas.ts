import { z } from "zod";
import { isDateOnly } from "@/lib/inductions/dates";
import { idField, MULTI_LINE_FORBIDDEN, optionalText, requiredText, versionField } from "@/lib/validation/fields";
import { OWNER_CHOICES, TRACKS } from "./labels";
import { CONVERSATION_LIMITS } from "./limits";

/** Inputs of the career-conversation actions, shared by the forms and the actions. */

function day(missing: string) {
  return z.string({ message: missing }).trim().min(1, missing).refine(isDateOnly, "Enter a real date, such as 2027-03-31");
}

export const logConversationSchema = z
  .object({
    personId: idField,
    heldOn: day("Enter the day the conversation took place"),
    nextConversationOn: day("Enter the day of the next conversation"),
    aspirations: optionalText("aspirations", CONVERSATION_LIMITS.prompt),
    strengths: optionalText("strengths", CONVERSATION_LIMITS.prompt),
    energisers: optionalText("what energises them", CONVERSATION_LIMITS.prompt),
    developmentAreas: optionalText("development areas", CONVERSATION_LIMITS.prompt),
    nextRole: optionalText("the next role", CONVERSATION_LIMITS.nextRole),
    track: z.enum(TRACKS, { message: "Choose a leadership track, or say it is not decided yet" }),
    supportNeeded: optionalText("the support needed", CONVERSATION_LIMITS.prompt),
    sharedNotes: optionalText("the shared notes", CONVERSATION_LIMITS.notes),
    privateNote: optionalText("the private note", CONVERSATION_LIMITS.notes),
  })
  .superRefine((value, context) => {
    const written = [value.aspirations, value.strengths, value.energisers, value.developmentAreas, value.nextRole, value.supportNeeded, value.sharedNotes];
    if (written.every((text) => text === "")) {
      context.addIssue({ code: "custom", path: ["aspirations"], message: "Write down at least one thing you talked about, here or in the shared notes" });
    }
  });

export const addAgreedActionSchema = z.object({
  conversationId: idField,
  owner: z.enum(OWNER_CHOICES, { message: "Choose who owns the action" }),
  description: requiredText("what was agreed", CONVERSATION_LIMITS.action),
  dueOn: day("Enter the due date"),
});

export const changeAgreedActionSchema = z.object({ actionId: idField, version: versionField });

/** Required text that may run over several lines. */
function note(missing: string, min: number, max: number) {
  return z
    .string({ message: missing })
    .trim()
    .min(min, missing)
    .max(max, `Keep it to ${max} characters or fewer`)
    .refine((value) => !MULTI_LINE_FORBIDDEN.test(value), "This contains a character that cannot be stored");
}

export const addPreparationSchema = z.object({ text: note("Write your note before saving it", 1, CONVERSATION_LIMITS.preparation) });

export const deletePreparationSchema = z.object({ preparationId: idField });

export const openPrivateNoteSchema = z.object({
  conversationId: idField,
  reason: note(
    `Give the reason for opening the notes, in at least ${CONVERSATION_LIMITS.reasonMin} characters: the person they are about will read it`,
    CONVERSATION_LIMITS.reasonMin,
    CONVERSATION_LIMITS.reasonMax,
  ),
});

export type LogConversationInput = z.output<typeof logConversationSchema>;
export type AddAgreedActionInput = z.output<typeof addAgreedActionSchema>;
export type ChangeAgreedActionInput = z.output<typeof changeAgreedActionSchema>;
export type AddPreparationInput = z.output<typeof addPreparationSchema>;
export type OpenPrivateNoteInput = z.output<typeof openPrivateNoteSchema>;
