"use client";

import { useState } from "react";
import { logConversationAction } from "@/app/(app)/team/[id]/conversations/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrors, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { fieldErrors } from "@/components/ui/form-status";
import { defaultNextConversationOn, NEXT_CONVERSATION_DAYS } from "@/lib/conversations/dates";
import { NEXT_ROLE, PROMPTS, SUPPORT_NEEDED, TRACK_DESCRIPTIONS, TRACK_LABELS, TRACKS } from "@/lib/conversations/labels";
import { CONVERSATION_LIMITS } from "@/lib/conversations/limits";
import type { DateOnly } from "@/lib/inductions/dates";

const sectionHeading = "text-base font-semibold text-ink";

/**
 * The guided career conversation: when it was held and when the next one is (ninety days on
 * unless the manager picks another day), the prompts with a hint each, the leadership track,
 * and the notes the report reads apart from the manager's private note.
 */
export function ConversationForm({ personId, name, today }: { personId: string; name: string; today: DateOnly }) {
  const [heldOn, setHeldOn] = useState(today);
  const [nextOn, setNextOn] = useState(defaultNextConversationOn(today));
  const [nextChosen, setNextChosen] = useState(false);

  return (
    <ActionForm action={logConversationAction}>
      {(state, pending) => (
        <>
          <input type="hidden" name="personId" value={personId} />
          <section aria-labelledby="when-heading" className="space-y-4">
            <h2 id="when-heading" className={sectionHeading}>
              When
            </h2>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                name="heldOn"
                type="date"
                label="Held on"
                hint="The day you talked: today or earlier."
                max={today}
                value={heldOn}
                onChange={(event) => {
                  setHeldOn(event.target.value);
                  if (!nextChosen && event.target.value) setNextOn(defaultNextConversationOn(event.target.value));
                }}
                errors={fieldErrors(state, "heldOn")}
                required
              />
              <TextField
                name="nextConversationOn"
                type="date"
                label="Next conversation"
                hint={`${NEXT_CONVERSATION_DAYS} days after this one unless you choose another day.`}
                min={heldOn}
                value={nextOn}
                onChange={(event) => {
                  setNextOn(event.target.value);
                  setNextChosen(true);
                }}
                errors={fieldErrors(state, "nextConversationOn")}
                required
              />
            </div>
          </section>

          <section aria-labelledby="talked-heading" className="space-y-4">
            <h2 id="talked-heading" className={sectionHeading}>
              What you talked about
            </h2>
            <p className="text-sm text-muted">Write it in {name}&apos;s words where you can. {name} reads everything in this section.</p>
            {PROMPTS.map((prompt) => (
              <TextAreaField
                key={prompt.name}
                name={prompt.name}
                label={prompt.label}
                hint={prompt.hint}
                rows={3}
                maxLength={CONVERSATION_LIMITS.prompt}
                errors={fieldErrors(state, prompt.name)}
              />
            ))}
          </section>

          <section aria-labelledby="direction-heading" className="space-y-4">
            <h2 id="direction-heading" className={sectionHeading}>
              Where they are heading
            </h2>
            <TextField name="nextRole" label={NEXT_ROLE.label} hint={NEXT_ROLE.hint} maxLength={CONVERSATION_LIMITS.nextRole} errors={fieldErrors(state, "nextRole")} />
            <TrackField errors={fieldErrors(state, "track")} />
            <TextAreaField
              name="supportNeeded"
              label={SUPPORT_NEEDED.label}
              hint={SUPPORT_NEEDED.hint}
              rows={3}
              maxLength={CONVERSATION_LIMITS.prompt}
              errors={fieldErrors(state, "supportNeeded")}
            />
          </section>

          <section aria-labelledby="notes-heading" className="space-y-4">
            <h2 id="notes-heading" className={sectionHeading}>
              Notes
            </h2>
            <TextAreaField
              name="sharedNotes"
              label="Shared notes"
              hint={`Anything else you agreed or want to remember together. ${name} reads these notes.`}
              rows={4}
              maxLength={CONVERSATION_LIMITS.notes}
              errors={fieldErrors(state, "sharedNotes")}
            />
            <TextAreaField
              name="privateNote"
              label="Private note (only you)"
              hint={`Not shown to ${name}. Only you read it while you are their manager; HR can open it only by giving a reason, and ${name} then sees who opened it, when and why.`}
              rows={4}
              maxLength={CONVERSATION_LIMITS.notes}
              errors={fieldErrors(state, "privateNote")}
            />
          </section>
          <p className="text-sm text-muted">You can add agreed actions, each with an owner and a due date, once the conversation is logged.</p>
          <FormFooter state={state} pending={pending}>
            Log the conversation
          </FormFooter>
        </>
      )}
    </ActionForm>
  );
}

function TrackField({ errors }: { errors?: string[] }) {
  return (
    <fieldset className="space-y-2" aria-describedby={["track-hint", errors?.length ? "track-error" : null].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-ink">Leadership track</legend>
      <p id="track-hint" className="text-xs text-muted">
        Leadership here has two tracks of equal standing. Which one fits what they told you?
      </p>
      <div className="grid gap-2 sm:grid-cols-3">
        {TRACKS.map((track) => (
          <label key={track} className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="track" value={track} defaultChecked={track === "UNDECIDED"} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            <span>
              <span className="font-medium">{TRACK_LABELS[track]}</span>
              <span className="block text-xs text-muted">{TRACK_DESCRIPTIONS[track]}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldErrors name="track" errors={errors} />
    </fieldset>
  );
}
