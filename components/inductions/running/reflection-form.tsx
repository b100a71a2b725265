"use client";

import { editReflectionAction, writeReflectionAction } from "@/app/(app)/me/reflections/actions";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, TextAreaField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

type Reader = { name: string } | null;
type Existing = { id: string; text: string; sharedWithManager: boolean; sharedWithSupporter: boolean };

/**
 * Writes a reflection against a prompt, or edits one. It stays private unless the leader
 * ticks who may read it; the choice can be changed at any time.
 */
export function ReflectionForm({
  prompt,
  item,
  reflection,
  manager,
  supporter,
}: {
  prompt: { id: string };
  item?: { id: string; version: number };
  reflection?: Existing;
  manager: Reader;
  supporter: Reader;
}) {
  const shareOptions = [
    ...(manager ? [{ value: "manager", label: `My manager, ${manager.name}` }] : []),
    ...(supporter ? [{ value: "supporter", label: `My coach or mentor, ${supporter.name}` }] : []),
  ];
  const shared = reflection ? [...(reflection.sharedWithManager ? ["manager"] : []), ...(reflection.sharedWithSupporter ? ["supporter"] : [])] : [];
  return (
    <ActionForm action={reflection ? editReflectionAction : writeReflectionAction}>
      {(state, pending) => (
        <>
          {reflection ? <input type="hidden" name="reflectionId" value={reflection.id} /> : null}
          {item && !reflection ? (
            <>
              <input type="hidden" name="itemId" value={item.id} />
              <input type="hidden" name="version" value={item.version} />
            </>
          ) : null}
          <TextAreaField id={`reflection-${prompt.id}`} name="text" label="Your reflection" defaultValue={reflection?.text} errors={fieldErrors(state, "text")} rows={6} required />
          {shareOptions.length > 0 ? (
            <CheckboxGroup name="share" legend="Share it with (it stays private to you otherwise)" options={shareOptions} defaultValues={shared} errors={fieldErrors(state, "share")} />
          ) : (
            <p className="text-sm text-muted">Only you can read it.</p>
          )}
          <SubmitButton pending={pending} pendingLabel="Saving…">
            {reflection ? "Save changes" : "Save reflection"}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
