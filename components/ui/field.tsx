import type { ComponentProps, ReactNode } from "react";
import { clsx } from "clsx";

const control =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-ink shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-700";

type FieldProps = { name: string; label: string; errors?: string[]; hint?: string; className?: string };

function describedBy(name: string, errors?: string[], hint?: string) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({ name, label, errors, hint, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={clsx("space-y-1", className)}>
      <label htmlFor={name} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}

export function FieldErrors({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

/** `id` (default: `name`) ties the label, hint and errors to the input when a page has two fields of one name. */
export function TextField({ name, label, errors, hint, className, id = name, ...input }: FieldProps & ComponentProps<"input">) {
  return (
    <FieldFrame name={id} label={label} errors={errors} hint={hint} className={className}>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={control}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextAreaField({ name, label, errors, hint, className, id = name, ...input }: FieldProps & ComponentProps<"textarea">) {
  return (
    <FieldFrame name={id} label={label} errors={errors} hint={hint} className={className}>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={clsx(control, "min-h-24")}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  className,
  options,
  placeholder,
  id = name,
  ...select
}: FieldProps & ComponentProps<"select"> & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FieldFrame name={id} label={label} errors={errors} hint={hint} className={className}>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={control}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  defaultValues,
  errors,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string; description?: string }[];
  defaultValues?: string[];
  errors?: string[];
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues?.includes(option.value)}
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              {option.description ? <span className="block text-xs text-muted">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors name={name} errors={errors} />
    </fieldset>
  );
}
