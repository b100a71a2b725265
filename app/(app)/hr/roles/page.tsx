import Link from "next/link";
import { Plus } from "lucide-react";
import { Badge, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { listRoleCharters } from "@/lib/charters/queries";
import { listJobRoles } from "@/lib/roles/queries";
import { STAGE_LABELS, TRACK_LABELS } from "@/lib/roles/labels";

export const metadata = { title: "Job roles" };

/** The state of a role's charter in a few words: not started, a draft, or its latest published version. */
function charterLabel({ charterId, latestPublished, hasDraft }: { charterId: string | null; latestPublished: number | null; hasDraft: boolean }) {
  if (!charterId) return "Not started";
  if (latestPublished === null) return hasDraft ? "Draft" : "Archived";
  return `Published v${latestPublished}${hasDraft ? ", new draft" : ""}`;
}

export default async function JobRolesPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  const actor = await requireRole("HR_ADMIN");
  const [roles, charters, { saved, deleted }] = await Promise.all([listJobRoles(actor.organisationId), listRoleCharters(actor.organisationId), searchParams]);
  const charterState = new Map(charters.map((charter) => [charter.id, charterLabel(charter)]));
  return (
    <>
      <PageHeader
        title="Job roles"
        description="The catalogue of roles in your organisation: expert roles, and the leadership roles people move into from them."
        actions={
          <Button asChild>
            <Link href="/hr/roles/new">
              <Plus aria-hidden className="size-4" /> Add job role
            </Link>
          </Button>
        }
      />
      {saved || deleted ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {saved ? "Job role added." : "Job role deleted."}
        </p>
      ) : null}
      <Table caption="Job roles">
        <thead>
          <tr>
            <Th>Title</Th>
            <Th>Track</Th>
            <Th>Career stage</Th>
            <Th>Usually follows</Th>
            <Th>Charter</Th>
            <Th className="text-right">People</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {roles.map((role) => (
            <tr key={role.id}>
              <Td>
                <Link href={`/hr/roles/${role.id}`} className="font-medium text-brand-700 underline">
                  {role.title}
                </Link>
              </Td>
              <Td>
                <Badge>{TRACK_LABELS[role.track]}</Badge>
              </Td>
              <Td>{STAGE_LABELS[role.careerStage]}</Td>
              <Td>{role.usuallyFollows?.title ?? <span className="text-muted">None</span>}</Td>
              <Td>
                <Link href={`/hr/roles/${role.id}/charter`} className="text-brand-700 underline">
                  {charterState.get(role.id) ?? "Not started"}
                </Link>
              </Td>
              <Td className="text-right tabular-nums">{role._count.people}</Td>
            </tr>
          ))}
          {roles.length === 0 ? (
            <tr>
              <Td colSpan={6} className="py-6 text-center text-muted">
                No job roles yet. Add the expert roles first, then the leadership roles that follow them.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </>
  );
}
