import { AcknowledgementCard } from "@/components/charters/acknowledgement-card";
import { CharterDocument } from "@/components/charters/charter-document";
import { CharterMeta } from "@/components/charters/charter-meta";
import { CharterQuestionForm } from "@/components/charters/charter-question-form";
import { isComparable, TransitionView } from "@/components/charters/transition-view";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getRoleTransition } from "@/lib/charters/queries";
import { getLatestAcknowledgement, getOwnJobRoleId } from "@/lib/charters/reader-queries";
import { orNotFound } from "@/lib/db/or-not-found";

export const metadata = { title: "My charter" };

function Missing({ children }: { children: string }) {
  return (
    <>
      <PageHeader title="My charter" />
      <Card className="max-w-2xl">
        <p className="text-sm">{children}</p>
      </Card>
    </>
  );
}

export default async function MyCharterPage() {
  const actor = await requireRole("LEADER");
  const jobRoleId = await getOwnJobRoleId(actor.organisationId, actor.id);
  if (!jobRoleId) return <Missing>HR has not recorded your job role yet, so there is no charter to show you. Ask your HR team to add it.</Missing>;
  const view = await orNotFound(getRoleTransition(actor.organisationId, jobRoleId));
  const charter = view.charter;
  if (!charter) {
    return (
      <Missing>{`HR has not published a charter for your role, ${view.role.title}, yet. When they do, it will appear here, with what changes from your previous role.`}</Missing>
    );
  }
  const acknowledgement = await getLatestAcknowledgement(actor.organisationId, actor.id, charter.charterId);
  const acknowledged = acknowledgement?.number === charter.number;

  return (
    <>
      <PageHeader
        title="My charter"
        description={`${view.role.title}: what the role is for, what changes from the role you are leaving, and what you and the organisation commit to.`}
      />
      <div className="-mt-4 mb-6 space-y-1 print:mb-3">
        <CharterMeta version={charter} />
        {acknowledged ? null : (
          <p className="text-sm print:hidden">
            When you have read it,{" "}
            <a href="#acknowledge" className="text-brand-700 underline">
              acknowledge it or ask a question
            </a>{" "}
            at the end of this page.
          </p>
        )}
      </div>
      {isComparable(view) ? (
        <>
          {/* On paper the charter itself comes first; on screen the side-by-side view already holds it. */}
          <div className="hidden print:mb-4 print:block">
            <CharterDocument version={charter} />
          </div>
          <TransitionView transition={view} />
        </>
      ) : (
        <CharterDocument version={charter} />
      )}
      <div className="mt-10 grid items-start gap-6 lg:grid-cols-2 print:hidden">
        <AcknowledgementCard version={charter} acknowledgement={acknowledgement} />
        <Card aria-labelledby="question-heading">
          <h2 id="question-heading" className="text-lg font-semibold">
            Ask a question
          </h2>
          <p className="mb-4 mt-2 text-sm text-muted">Your question goes to your manager and to HR, who will get back to you.</p>
          <CharterQuestionForm charterVersionId={charter.id} />
        </Card>
      </div>
    </>
  );
}
