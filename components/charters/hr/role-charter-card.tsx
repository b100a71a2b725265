import Link from "next/link";
import { format } from "date-fns";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions/result";
import type { CharterVersionSummary } from "@/lib/charters/queries";
import { workspaceHref } from "./labels";

/** The role's charter on the role's page: where it stands, and the way in. */
export function RoleCharterCard({ roleId, versions, create }: { roleId: string; versions: CharterVersionSummary[]; create: FormAction }) {
  const published = versions.find((version) => version.status === "PUBLISHED");
  const draft = versions.find((version) => version.status === "DRAFT");
  return (
    <Card aria-labelledby="role-charter">
      <h2 id="role-charter" className="text-lg font-semibold">
        Role charter
      </h2>
      {versions.length === 0 ? (
        <>
          <p className="mt-1 mb-3 text-sm text-muted">
            Not started. A charter sets out the role&apos;s purpose, what it answers for and the competencies it expects.
          </p>
          <ButtonActionForm action={create} fields={{ jobRoleId: roleId }} label="Start the charter" pendingLabel="Starting…" />
        </>
      ) : (
        <>
          <ul className="mt-1 mb-3 space-y-1 text-sm">
            {published ? (
              <li>
                Version {published.number} published{published.publishedAt ? ` on ${format(published.publishedAt, "d MMMM yyyy")}` : ""}
                {published.frameworkLabel ? <span className="block text-muted">Competencies from {published.frameworkLabel}</span> : null}
              </li>
            ) : (
              <li className="text-muted">No published version yet.</li>
            )}
            {draft ? <li>Draft version {draft.number} in progress</li> : null}
          </ul>
          <Link href={workspaceHref(roleId)} className="text-sm font-medium text-brand-700 underline">
            Open the charter
          </Link>
        </>
      )}
    </Card>
  );
}
