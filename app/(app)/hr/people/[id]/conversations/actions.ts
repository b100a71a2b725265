"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conversationPaths } from "@/lib/conversations/paths";
import { openPrivateNote } from "@/lib/conversations/private-note-commands";
import { openPrivateNoteSchema } from "@/lib/conversations/schemas";

/** HR opens a private conversation note only with a reason; the result carries the note's text for the page to show in place. */
export const openPrivateNoteAction = defineAction(
  { access: ["HR_ADMIN"], schema: openPrivateNoteSchema, revalidate: conversationPaths, success: "Opened. The opening and your reason are now in their access log." },
  (input, actor) => openPrivateNote(actor, input),
);
