import { notFound } from "next/navigation";
import { CharterDocument } from "@/components/charters/charter-document";
import { CharterMeta } from "@/components/charters/charter-meta";
import { isComparable, TransitionView } from "@/components/charters/transition-view";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/card";
import { requirePerson } from "@/lib/auth/session";
import { getRoleTransition } from "@/lib/charters/queries";
import { orNotFound } from "@/lib/db/or-not-found";

export const metadata = { title: "Role charter" };

export default async function CharterPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await requirePerson();
  const { id } = await params;
  const view = await orNotFound(getRoleTransition(person.organisationId, id));
  if (!view.charter) notFound();
  const comparable = isComparable(view);
  return (
    <>
      <div className="print:hidden">
        <BackLink href="/charters">Role charters</BackLink>
      </div>
      <PageHeader title={view.role.title} description={view.role.description || undefined} />
      <div className="-mt-4 mb-6 space-y-1 print:mb-3">
        <CharterMeta version={view.charter} />
        {comparable ? (
          <p className="text-sm print:hidden">
            <a href="#changes" className="text-brand-700 underline">
              See what changes from {view.previousRole.title}
            </a>
          </p>
        ) : view.previousRole ? (
          <p className="text-sm text-muted">
            This role usually follows {view.previousRole.title}, which has no published charter yet, so there is nothing to compare it with.
          </p>
        ) : null}
      </div>
      <CharterDocument version={view.charter} />
      {comparable ? (
        <div id="changes" className="mt-10 scroll-mt-4 print:mt-4">
          <TransitionView transition={view} />
        </div>
      ) : null}
    </>
  );
}
