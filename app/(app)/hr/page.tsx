import Link from "next/link";
import { FilterForm } from "@/components/dashboard/filter-form";
import { OwnerCard, PhaseProgressCard } from "@/components/dashboard/induction-sections";
import { HatsCard, RecentChangesCard } from "@/components/dashboard/organisation-cards";
import { AssessmentCard, CoachingCard, CoverageCard, PlansCard } from "@/components/dashboard/people-sections";
import { PageHeader } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/auth/hats";
import { listRecentAuditEvents } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/session";
import { filterQuery, parseFilters } from "@/lib/dashboard/filters";
import { getDashboard, getDashboardContext } from "@/lib/dashboard/queries";
import type { Section } from "@/lib/dashboard/tables";
import { getOrganisationOverview } from "@/lib/people/overview";

export const metadata = { title: "HR overview" };

function Figure({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
      <span className="block text-3xl font-semibold tabular-nums">{value.toLocaleString("en-GB")}</span>
      <span className="text-sm text-muted">{label}</span>
    </Link>
  );
}

/** The programme dashboard: session, filter choices, headline figures (two), five section statements and recent changes: ten in all. */
export default async function HrHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("HR_ADMIN");
  const filters = parseFilters(await searchParams);
  const [context, overview, events] = await Promise.all([
    getDashboardContext(actor.organisationId),
    getOrganisationOverview(actor.organisationId),
    listRecentAuditEvents(actor.organisationId),
  ]);
  const dashboard = await getDashboard(actor.organisationId, filters, context.today);
  const exportHref = (section: Section) => `/hr/dashboard/export?${filterQuery(filters, { section })}`;

  return (
    <>
      <PageHeader title="HR overview" description={`How the leadership transition programme at ${actor.organisationName} is going, as of ${context.today}.`} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Active people" value={overview.active} href="/hr/people" />
        <Figure label={ROLE_LABELS.LEADER + "s"} value={overview.byRole.LEADER ?? 0} href="/hr/people?role=LEADER" />
        <Figure label="Job roles" value={overview.jobRoles} href="/hr/roles" />
        <Figure label="Active people with no manager" value={overview.withoutManager} href="/hr/people?manager=none" />
      </div>
      <FilterForm action="/hr" filters={filters} cohorts={context.cohorts} jobRoles={context.jobRoles} managers={context.managers} />
      <div className="space-y-6">
        <PhaseProgressCard section={dashboard.inductions} filters={filters} exportHref={exportHref("phases")} />
        <OwnerCard section={dashboard.inductions} filters={filters} exportHref={exportHref("owners")} />
        <CoverageCard section={dashboard.coverage} filters={filters} exportHref={exportHref("coverage")} />
        <AssessmentCard rows={dashboard.assessments} exportHref={exportHref("assessments")} />
        <PlansCard section={dashboard.plans} exportHref={exportHref("plans")} />
        <CoachingCard section={dashboard.coaching} exportHref={exportHref("coaching")} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <HatsCard byRole={overview.byRole} inactive={overview.inactive} />
        <RecentChangesCard events={events} />
      </div>
    </>
  );
}
