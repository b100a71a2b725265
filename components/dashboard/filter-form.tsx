import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { Option } from "@/lib/dashboard/queries";

const options = (items: Option[]) => items.map((item) => ({ value: item.id, label: item.name }));

/** A plain GET form, so a filtered dashboard is a link HR can share. */
export function FilterForm({ action, filters, cohorts, jobRoles, managers }: { action: string; filters: DashboardFilters; cohorts: Option[]; jobRoles: Option[]; managers: Option[] }) {
  return (
    <form method="get" action={action} aria-label="Filter the dashboard" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField name="cohortId" label="Cohort" placeholder="All cohorts" options={options(cohorts)} defaultValue={filters.cohortId ?? ""} />
        <SelectField name="jobRoleId" label="Job role" placeholder="All job roles" options={options(jobRoles)} defaultValue={filters.jobRoleId ?? ""} />
        <SelectField name="managerId" label="Manager" placeholder="All managers" options={options(managers)} defaultValue={filters.managerId ?? ""} />
        <TextField name="from" label="From" type="date" defaultValue={filters.from ?? ""} />
        <TextField name="to" label="To" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">Apply filters</Button>
        <Link href={action} className="text-sm text-brand-700 underline">
          Clear filters
        </Link>
        <p className="text-xs text-muted">Dates pick inductions by start date, and conversations, sessions and plan actions by their own date.</p>
      </div>
    </form>
  );
}
