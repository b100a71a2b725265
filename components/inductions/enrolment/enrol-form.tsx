"use client";

import { useState } from "react";
import Link from "next/link";
import type { FormAction } from "@/lib/actions/result";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

type PersonOption = { id: string; name: string; email: string; managerId: string | null };
type RoleOption = { id: string; title: string; leadership: boolean; template: { id: string; name: string; items: number } | null };
type TemplateOption = { id: string; name: string; items: number };

export type EnrolFormOptions = {
  today: string;
  people: PersonOption[];
  managers: { id: string; name: string; email: string }[];
  jobRoles: RoleOption[];
  templates: TemplateOption[];
  coaches: { id: string; name: string; email: string }[];
  cohortNames: string[];
};

const personLabel = (person: { name: string; email: string }) => `${person.name} (${person.email})`;
const itemCount = (items: number) => `${items} ${items === 1 ? "item" : "items"}`;

/** Which template the enrolment will copy, as chosen so far, in words; nothing when the job role's own error already says it has none. */
function TemplateNote({ role, template, roleRefused }: { role: RoleOption | undefined; template: TemplateOption | undefined; roleRefused: boolean }) {
  if (template) return <>The induction copies “{template.name}” ({itemCount(template.items)}).</>;
  if (!role) return <>Choose the job role to see which induction template it uses.</>;
  if (role.template) return <>The induction copies {role.title}’s template, “{role.template.name}” ({itemCount(role.template.items)}).</>;
  if (roleRefused) return null;
  return (
    <span className="text-red-800">
      {role.title} has no induction template yet.{" "}
      <Link href="/hr/inductions" className="text-brand-700 underline">
        Create one under Inductions
      </Link>{" "}
      first, or choose another template.
    </span>
  );
}

/** Enrol one person: who, into which role, from when, under whom, with which support and template. */
export function EnrolForm({ action, options }: { action: FormAction; options: EnrolFormOptions }) {
  const [managerId, setManagerId] = useState("");
  const [jobRoleId, setJobRoleId] = useState("");
  const [templateId, setTemplateId] = useState("");
  const role = options.jobRoles.find((candidate) => candidate.id === jobRoleId);
  const template = options.templates.find((candidate) => candidate.id === templateId);

  return (
    <ActionForm action={action} className="max-w-3xl">
      {(state, pending) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="personId"
              label="Person"
              hint="People already in an induction that is running are not listed."
              options={options.people.map((person) => ({ value: person.id, label: personLabel(person) }))}
              placeholder="Choose a person"
              defaultValue=""
              onChange={(event) => {
                const chosen = options.people.find((person) => person.id === event.currentTarget.value);
                if (chosen?.managerId) setManagerId(chosen.managerId);
              }}
              errors={fieldErrors(state, "personId")}
            />
            <SelectField
              name="jobRoleId"
              label="Job role they move into"
              hint="The leadership role they are taking up; enrolling makes it their job role."
              options={[...options.jobRoles]
                .sort((a, b) => Number(b.leadership) - Number(a.leadership))
                .map((option) => ({ value: option.id, label: option.leadership ? option.title : `${option.title} (expert role)` }))}
              placeholder="Choose a job role"
              value={jobRoleId}
              onChange={(event) => setJobRoleId(event.currentTarget.value)}
              errors={fieldErrors(state, "jobRoleId")}
            />
            <TextField
              name="startDate"
              label="Start date"
              type="date"
              hint="Due dates count from this day. It may be in the past for someone who has already started."
              defaultValue={options.today}
              errors={fieldErrors(state, "startDate")}
            />
            <SelectField
              name="managerId"
              label="Manager"
              hint="Filled in with their current manager; enrolling makes this person their manager."
              options={options.managers.map((person) => ({ value: person.id, label: personLabel(person) }))}
              placeholder="Choose their manager"
              value={managerId}
              onChange={(event) => setManagerId(event.currentTarget.value)}
              errors={fieldErrors(state, "managerId")}
            />
            <SelectField
              name="supporterId"
              label="Coach or mentor (optional)"
              hint="Only people with the coach or mentor hat are listed."
              options={options.coaches.map((person) => ({ value: person.id, label: personLabel(person) }))}
              placeholder="No coach or mentor"
              defaultValue=""
              errors={fieldErrors(state, "supporterId")}
            />
            <TextField
              name="cohortName"
              label="Cohort (optional)"
              hint="Pick a cohort or type a new name to start one. Leave it empty for none."
              list="cohort-names"
              autoComplete="off"
              maxLength={120}
              errors={fieldErrors(state, "cohortName")}
            />
            <datalist id="cohort-names">
              {options.cohortNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </div>
          <SelectField
            name="templateId"
            label="Induction template"
            className="max-w-xl"
            options={options.templates.map((option) => ({ value: option.id, label: `${option.name} (${itemCount(option.items)})` }))}
            placeholder="The job role’s own template"
            value={templateId}
            onChange={(event) => setTemplateId(event.currentTarget.value)}
            errors={fieldErrors(state, "templateId")}
          />
          <p className="text-sm" aria-live="polite">
            <TemplateNote role={role} template={template} roleRefused={Boolean(fieldErrors(state, "jobRoleId"))} />
          </p>
          <p className="text-sm text-muted">
            Enrolling copies the template into their own induction, dated from the start date: later changes to the template leave it as it is. They, their
            manager and their coach or mentor are told in the app.
          </p>
          <SubmitButton pending={pending} pendingLabel="Enrolling…">
            Enrol
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
