import { Badge, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/hats";
import { requireRole } from "@/lib/auth/session";
import { listReports } from "@/lib/people/queries";

export const metadata = { title: "My team" };

export default async function MyTeamPage() {
  const actor = await requireRole("MANAGER");
  const reports = await listReports(actor.organisationId, actor.id);
  return (
    <>
      <PageHeader title="My team" description="The people who report to you, and who among them is moving into leadership." />
      <Table caption="Your direct reports">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Job role</Th>
            <Th>In the programme as</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reports.map((person) => (
            <tr key={person.id}>
              <Td>
                <span className="font-medium">{person.name}</span>
                <span className="block text-xs text-muted">{person.email}</span>
              </Td>
              <Td>{person.jobRole?.title ?? <span className="text-muted">None</span>}</Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  {person.roles.map((role) => (
                    <Badge key={role}>{ROLE_LABELS[role]}</Badge>
                  ))}
                </div>
              </Td>
            </tr>
          ))}
          {reports.length === 0 ? (
            <tr>
              <Td colSpan={3} className="py-6 text-center text-muted">
                Nobody reports to you in the app yet. HR sets reporting lines on the People page.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </>
  );
}
