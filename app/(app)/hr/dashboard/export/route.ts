import { plainResponse, routePerson } from "@/lib/actions/route-responses";
import { parseFilters } from "@/lib/dashboard/filters";
import { assessmentChange, coachingActivity, conversationCoverage, inductionProgress, planBalanceSummary } from "@/lib/dashboard/queries";
import { assessmentsTable, coachingTable, coverageTable, isSection, ownersTable, phasesTable, plansTable, tableCsv, type Section, type Table } from "@/lib/dashboard/tables";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DateOnly } from "@/lib/inductions/dates";
import { organisationToday } from "@/lib/inductions/induction-queries";

const TABLES: Record<Section, (organisationId: string, filters: DashboardFilters, today: DateOnly) => Promise<Table>> = {
  phases: async (organisationId, filters, today) => phasesTable(await inductionProgress(organisationId, filters, today)),
  owners: async (organisationId, filters, today) => ownersTable(await inductionProgress(organisationId, filters, today)),
  coverage: async (organisationId, filters, today) => coverageTable(await conversationCoverage(organisationId, filters, today)),
  assessments: async (organisationId, filters) => assessmentsTable(await assessmentChange(organisationId, filters)),
  coaching: async (organisationId, filters, today) => coachingTable(await coachingActivity(organisationId, filters, today)),
  plans: async (organisationId, filters) => plansTable(await planBalanceSummary(organisationId, filters)),
};

/** GET /hr/dashboard/export?section=…&cohortId=…: one table of the HR dashboard as CSV, under the same filters as the page. */
export async function GET(request: Request) {
  const person = await routePerson({ roles: ["HR_ADMIN"], refusal: "Only HR admins can export the dashboard." });
  if (person instanceof Response) return person;

  const params = new URL(request.url).searchParams;
  const section = params.get("section");
  if (!isSection(section)) return plainResponse(404, "There is no such table on the dashboard.");
  const { today } = await organisationToday(person.organisationId);
  const table = await TABLES[section](person.organisationId, parseFilters(params), today);
  return new Response(tableCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="dashboard-${section}-${today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
