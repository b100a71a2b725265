import Link from "next/link";
import { formatDistanceToNow } from "date-fns";
import { Card, PageHeader } from "@/components/ui/card";
import { HATS, ROLE_LABELS } from "@/lib/auth/hats";
import { requireRole } from "@/lib/auth/session";
import { listRecentAuditEvents } from "@/lib/audit/queries";
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

export default async function HrHomePage() {
  const actor = await requireRole("HR_ADMIN");
  const [overview, events] = await Promise.all([getOrganisationOverview(actor.organisationId), listRecentAuditEvents(actor.organisationId)]);

  return (
    <>
      <PageHeader title="HR overview" description={`How the leadership transition programme at ${actor.organisationName} is set up today.`} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Active people" value={overview.active} href="/hr/people" />
        <Figure label={ROLE_LABELS.LEADER + "s"} value={overview.byRole.LEADER ?? 0} href="/hr/people?role=LEADER" />
        <Figure label="Job roles" value={overview.jobRoles} href="/hr/roles" />
        <Figure label="Active people with no manager" value={overview.withoutManager} href="/hr/people?manager=none" />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Who holds which hat</h2>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {HATS.map((hat) => (
              <li key={hat.role} className="flex justify-between py-2">
                <Link href={`/hr/people?role=${hat.role}`} className="text-brand-700 underline">
                  {ROLE_LABELS[hat.role]}
                </Link>
                <span className="tabular-nums">{overview.byRole[hat.role] ?? 0}</span>
              </li>
            ))}
          </ul>
          {overview.inactive ? <p className="mt-3 text-xs text-muted">{overview.inactive} deactivated people are not counted.</p> : null}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Recent changes</h2>
          {events.length ? (
            <ol className="mt-3 divide-y divide-slate-100 text-sm">
              {events.map((event) => (
                <li key={event.id} className="py-2">
                  {event.summary}
                  <span className="block text-xs text-muted">
                    {event.actor?.name ?? "System"} · {formatDistanceToNow(event.createdAt, { addSuffix: true })}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-3 text-sm text-muted">Nothing has changed yet.</p>
          )}
        </Card>
      </div>
    </>
  );
}
