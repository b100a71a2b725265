import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { TemplateForm } from "@/components/inductions/templates/template-form";
import { requireRole } from "@/lib/auth/session";
import { DEFAULT_PHASES } from "@/lib/inductions/template-copy";
import { listJobRoleOptions } from "@/lib/roles/queries";
import { createTemplateAction } from "../actions";

export const metadata = { title: "New induction template" };

const names = DEFAULT_PHASES.map((phase) => phase.name.toLowerCase());
const phaseList = `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

export default async function NewTemplatePage() {
  const actor = await requireRole("HR_ADMIN");
  const roles = await listJobRoleOptions(actor.organisationId);
  return (
    <>
      <BackLink href="/hr/inductions">Inductions</BackLink>
      <PageHeader
        title="New induction template"
        description={`A template starts with these phases: ${phaseList}. You can rename, reorder or remove them, and add more.`}
      />
      <Card className="max-w-2xl">
        <TemplateForm action={createTemplateAction} roles={roles.map((role) => ({ value: role.id, label: role.title }))} submitLabel="Create template" />
      </Card>
    </>
  );
}
