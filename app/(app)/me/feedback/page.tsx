import { RequestCard } from "@/components/feedback/request-card";
import { RequestForm } from "@/components/feedback/request-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getRequestFormOptions, listOwnRequests, REQUESTS_SHOWN } from "@/lib/feedback/queries";
import { requestFeedbackAction } from "./actions";

export const metadata = { title: "My feedback" };

export default async function MyFeedbackPage({ searchParams }: { searchParams: Promise<{ asked?: string }> }) {
  const actor = await requireRole("LEADER");
  const [options, { timeZone, requests }, { asked }] = await Promise.all([getRequestFormOptions(actor), listOwnRequests(actor), searchParams]);
  return (
    <>
      <PageHeader
        title="My feedback"
        description="Ask the people you work with how you are doing on the competencies your role's charter requires, and read what they say. Colleagues answer from their notifications."
        actions={
          requests.length > 0 ? (
            <a href="#requests" className="rounded-md px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100">
              Go to your requests
            </a>
          ) : null
        }
      />
      {asked ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Your request is on its way: the colleagues you asked have been told in the app.
        </p>
      ) : null}
      <section aria-labelledby="ask-heading" className="mb-8">
        <h2 id="ask-heading" className="mb-3 text-lg font-semibold">
          Ask for feedback
        </h2>
        <Card>
          {options.competencies.length === 0 ? (
            <p className="text-sm text-muted">
              {options.roleTitle
                ? `The ${options.roleTitle} role has no published charter with competencies yet, so there is nothing to ask about. HR publishes it.`
                : "You have no job role yet, so there are no competencies to ask about. HR records it."}
            </p>
          ) : (
            <RequestForm
              action={requestFeedbackAction}
              colleagues={options.colleagues}
              competencies={options.competencies.map(({ key, name, clusterName }) => ({ key, name, clusterName }))}
            />
          )}
        </Card>
      </section>
      <section aria-labelledby="requests-heading" id="requests" className="scroll-mt-4">
        <h2 id="requests-heading" className="mb-3 text-lg font-semibold">
          Your requests ({requests.length})
        </h2>
        {requests.length === 0 ? (
          <Card>
            <p className="text-sm text-muted">You have not asked anyone yet.</p>
          </Card>
        ) : (
          <div className="space-y-4">
            {requests.length === REQUESTS_SHOWN ? <p className="text-sm text-muted">Showing your {REQUESTS_SHOWN} newest requests.</p> : null}
            {requests.map((request) => (
              <RequestCard key={request.id} request={request} timeZone={timeZone} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
