import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions/result";

/** A role with no charter yet: what a charter is for, and the button that starts one. */
export function StartCharter({ roleId, follows, create }: { roleId: string; follows: string | null; create: FormAction }) {
  return (
    <Card className="max-w-3xl">
      <h2 className="text-lg font-semibold">This role has no charter yet</h2>
      <div className="mt-2 space-y-2 text-sm">
        <p>
          A role charter tells the person in the role what it is for and what it asks of them: its purpose, what they answer for and
          decide, who they work with, how success shows, and what they and the organisation each commit to. It also sets the stage of
          each competency the role expects, taken from one published competency framework.
        </p>
        <p>
          New leaders read their charter on their first day, beside the charter of the role they are leaving, so they can see what
          changes. You write it as a draft and publish it when every section is filled in; published versions never change.
        </p>
        {follows ? (
          <p className="text-muted">
            The draft starts with the framework version used by the {follows} charter, if that charter is published.
          </p>
        ) : null}
      </div>
      <div className="mt-4">
        <ButtonActionForm action={create} fields={{ jobRoleId: roleId }} label="Start the charter" pendingLabel="Starting…" />
      </div>
    </Card>
  );
}
