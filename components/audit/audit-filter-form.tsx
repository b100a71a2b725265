import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { INVOLVING, type FilterErrors, type FilterValues } from "@/lib/audit/filters";
import { OBJECT_TYPES } from "@/lib/audit/objects";

const typeOptions = Object.entries(OBJECT_TYPES).map(([value, type]) => ({ value, label: type.label }));
const involvingOptions = Object.entries(INVOLVING).map(([value, label]) => ({ value, label }));

/** A plain GET form, so a filtered log is a link HR can share; each field shows its own error. */
export function AuditFilterForm({ values, errors = {} }: { values: FilterValues; errors?: FilterErrors }) {
  return (
    <form method="get" action="/hr/audit" role="search" aria-label="Filter the audit log" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField name="person" label="Person" hint="A name or an email address" defaultValue={values.person ?? ""} errors={errors.person} />
        <SelectField name="involving" label="Their part" options={involvingOptions} defaultValue={values.involving ?? "either"} errors={errors.involving} />
        <SelectField name="type" label="Object type" placeholder="All types" options={typeOptions} defaultValue={values.type ?? ""} errors={errors.type} />
        <TextField name="object" label="Object id" hint="Filled in by an entry's “Its history” link" defaultValue={values.object ?? ""} errors={errors.object} />
        <TextField name="from" label="From" type="date" defaultValue={values.from ?? ""} errors={errors.from} />
        <TextField name="to" label="To" type="date" defaultValue={values.to ?? ""} errors={errors.to} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">Filter</Button>
        <Link href="/hr/audit" className="text-sm text-brand-700 underline">
          Clear filters
        </Link>
        <p className="text-xs text-muted">Dates are days in your organisation&apos;s time zone, both included.</p>
      </div>
    </form>
  );
}
