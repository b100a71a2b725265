import Link from "next/link";
import { FilterForm } from "@/components/dashboard/filter-form";
import { OwnerCard, PhaseProgressCard } from "@/components/dashboard/induction-sections";
import { HatsCard, RecentChangesCard } from "@/components/dashboard/organisation-cards";
import { AssessmentCard, CoachingCard, CoverageCard, PlansCard } from "@/components/dashboard/people-sections";
import { PageHeader } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/auth/hats";
import { listRecentAuditEvents } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/session";
import { DASHBOARD_CACHE_SECONDS, getDashboardPageData } from "@/lib/dashboard/cached";
import { filterQuery, parseFilters } from "@/lib/dashboard/filters";
import type { Section } from "@/lib/dashboard/tables";

export const metadata = { title: "HR overview" };

function Figure({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
      <span className="block text-3xl font-semibold tabular-nums">{value.toLocaleString("en-GB")}</span>
      <span className="text-sm text-muted">{label}</span>
    </Link>
  );
}

/** The programme dashboard: session, unread count, recent changes, and (cached for a minute) filter choices, headline figures and five sections: ten statements at most. */
export default async function HrHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("HR_ADMIN");
  const filters = parseFilters(await searchParams);
  const [{ context, overview, dashboard, countedAt }, events] = await Promise.all([getDashboardPageData(actor.organisationId, filters), listRecentAuditEvents(actor.organisationId)]);
  const counted = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: context.timeZone }).format(new Date(countedAt));
  const exportHref = (section: Section) => `/hr/dashboard/export?${filterQuery(filters, { section })}`;

  return (
    <>
      <PageHeader title="HR overview" description={`How the leadership transition programme at ${actor.organisationName} is going, as of ${context.today}. Figures counted at ${counted}, and counted again once they are ${DASHBOARD_CACHE_SECONDS} seconds old.`} />
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
