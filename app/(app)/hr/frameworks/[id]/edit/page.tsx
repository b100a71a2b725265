import { notFound } from "next/navigation";
import { LazyFrameworkEditor } from "@/components/frameworks/editor/lazy-framework-editor";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { getFramework, getFrameworkVersion } from "@/lib/frameworks/queries";

export const metadata = { title: "Edit framework draft" };

export default async function EditFrameworkDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await requireRole("HR_ADMIN");
  const { id } = await params;
  const framework = await orNotFound(getFramework(person.organisationId, id));
  const draft = framework.versions.find((version) => version.status === "DRAFT");
  if (!draft) notFound();
  const version = await orNotFound(getFrameworkVersion(person.organisationId, id, draft.number));

  return (
    <>
      <BackLink href={`/hr/frameworks/${id}?version=${version.number}`}>Back to the framework</BackLink>
      <PageHeader
        title={`Edit draft: ${version.document.name || framework.name}`}
        description={`Version ${version.number}. Every change is saved to the draft as you make it; publish it from the framework's page when it is complete.`}
      />
      <LazyFrameworkEditor versionId={version.id} revision={version.revision} document={version.document} />
    </>
  );
}
