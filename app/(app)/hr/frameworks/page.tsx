import Link from "next/link";
import { formatDistanceToNow } from "date-fns";
import { NewFramework } from "@/components/frameworks/new-framework";
import { Badge, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { hasAnyRole } from "@/lib/auth/hats";
import { requirePerson } from "@/lib/auth/session";
import { FRAMEWORK_FILE_MAX_BYTES } from "@/lib/frameworks/action-schemas";
import { listFrameworks } from "@/lib/frameworks/queries";
import { createFrameworkAction, importFrameworkAction, previewFrameworkImportAction } from "./actions";

export const metadata = { title: "Competency frameworks" };

export default async function FrameworksPage({ searchParams }: { searchParams: Promise<{ discarded?: string }> }) {
  const person = await requirePerson();
  const isHr = hasAnyRole(person.roles, ["HR_ADMIN"]);
  const [frameworks, { discarded }] = await Promise.all([listFrameworks(person.organisationId, !isHr), searchParams]);
  return (
    <>
      <PageHeader
        title="Competency frameworks"
        description="What leadership looks like at each career stage in your organisation: competencies, the expectations at each stage, and the behaviours that show them."
      />
      {discarded ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          The draft was discarded.
        </p>
      ) : null}
      <Table caption="Frameworks">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Latest published</Th>
            {isHr ? <Th>Draft</Th> : null}
            <Th className="text-right">Published versions</Th>
            {isHr ? <Th className="text-right">Archived</Th> : null}
            <Th>Last changed</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {frameworks.map((framework) => (
            <tr key={framework.id}>
              <Td>
                <Link href={`/hr/frameworks/${framework.id}`} className="font-medium text-brand-700 underline">
                  {framework.name}
                </Link>
              </Td>
              <Td>{framework.latestPublished ? `Version ${framework.latestPublished}` : <span className="text-muted">Not yet</span>}</Td>
              {isHr ? <Td>{framework.hasDraft ? <Badge>Draft</Badge> : <span className="text-muted">None</span>}</Td> : null}
              <Td className="text-right tabular-nums">{framework.published}</Td>
              {isHr ? <Td className="text-right tabular-nums">{framework.archived}</Td> : null}
              <Td>{formatDistanceToNow(framework.updatedAt, { addSuffix: true })}</Td>
            </tr>
          ))}
          {frameworks.length === 0 ? (
            <tr>
              <Td colSpan={6} className="text-muted">
                {isHr ? "No frameworks yet. Start one below." : "Your organisation has not published a framework yet."}
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
      {isHr ? (
        <section className="mt-8" aria-labelledby="new-framework">
          <h2 id="new-framework" className="mb-4 text-xl font-semibold">
            New framework
          </h2>
          <NewFramework
            create={createFrameworkAction}
            previewAction={previewFrameworkImportAction}
            importAction={importFrameworkAction}
            maxBytes={FRAMEWORK_FILE_MAX_BYTES}
          />
        </section>
      ) : null}
    </>
  );
}
