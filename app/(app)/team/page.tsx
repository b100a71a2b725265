import Link from "next/link";
import { ProgressBar } from "@/components/inductions/running/progress-bar";
import { Badge, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { listTeamInductions } from "@/lib/inductions/induction-queries";
import { formatMoment } from "@/lib/inductions/item-labels";

export const metadata = { title: "My team" };

export default async function MyTeamPage() {
  const actor = await requireRole("MANAGER");
  const { rows, timeZone } = await listTeamInductions(actor);
  return (
    <>
      <PageHeader
        title="My team"
        description="The people who report to you and the inductions you support as their manager: how far along each is, what is overdue, and when anything last moved."
      />
      <Table caption="Your reports and their inductions">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Job role</Th>
            <Th className="w-64">Induction</Th>
            <Th>Overdue</Th>
            <Th>Last activity</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ person, induction }) => (
            <tr key={person.id}>
              <Td>
                {induction ? (
                  <Link href={`/team/${person.id}`} className="font-medium text-brand-700 underline">
                    {person.name}
                  </Link>
                ) : (
                  <span className="font-medium">{person.name}</span>
                )}
                <span className="block text-xs text-muted">{person.email}</span>
              </Td>
              <Td>{person.jobRole ?? <span className="text-muted">None</span>}</Td>
              <Td>
                {induction ? (
                  <>
                    <ProgressBar progress={induction.counts} label={`${person.name}'s induction: progress`} />
                    {induction.status === "COMPLETED" ? <Badge className="mt-1 bg-emerald-100 text-emerald-900">Complete</Badge> : null}
                  </>
                ) : (
                  <span className="text-muted">Not enrolled</span>
                )}
              </Td>
              <Td>
                {induction ? (
                  induction.counts.overdue > 0 ? (
                    <Badge className="bg-red-100 text-red-800">{induction.counts.overdue} overdue</Badge>
                  ) : (
                    <span className="text-muted">None</span>
                  )
                ) : null}
              </Td>
              <Td>{induction ? formatMoment(induction.lastActivity, timeZone) : null}</Td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <Td colSpan={5} className="py-6 text-center text-muted">
                Nobody reports to you in the app yet. HR sets reporting lines on the People page.
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </>
  );
}
