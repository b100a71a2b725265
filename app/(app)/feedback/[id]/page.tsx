import { AnswerForm } from "@/components/feedback/answer-form";
import { BackLink } from "@/components/ui/back-link";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePerson } from "@/lib/auth/session";
import { orNotFound } from "@/lib/db/or-not-found";
import { visibilityNote } from "@/lib/feedback/labels";
import { getResponseToAnswer } from "@/lib/feedback/queries";
import { formatMoment } from "@/lib/inductions/item-labels";
import { answerFeedbackAction, declineFeedbackAction } from "../actions";

export const metadata = { title: "Feedback asked of you" };

export default async function AnswerFeedbackPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ answered?: string }> }) {
  const actor = await requirePerson();
  const [{ id }, { answered }] = await Promise.all([params, searchParams]);
  const response = await orNotFound(getResponseToAnswer(actor, id));
  const textFor = (key: string) => response.answers.find((answer) => answer.competencyKey === key)?.text ?? "";
  return (
    <>
      <BackLink href="/feedback">Feedback asked of you</BackLink>
      <PageHeader title={`Feedback for ${response.requester}`} description={`Asked on ${formatMoment(response.askedAt, response.timeZone)}.`} />
      {answered ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          Thank you: your feedback is sent.
        </p>
      ) : null}
      <div className="max-w-3xl space-y-6">
        <Card aria-labelledby="request-heading">
          <h2 id="request-heading" className="text-lg font-semibold">
            What {response.requester} asks
          </h2>
          {response.message ? (
            <p className="mt-2 whitespace-pre-line border-l-4 border-slate-200 pl-3 text-sm">{response.message}</p>
          ) : (
            <p className="mt-2 text-sm text-muted">No message: feedback on the competencies below.</p>
          )}
          <p className="mt-3 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-sky-200">{visibilityNote(response.requester, response.anonymous)}</p>
        </Card>
        {response.status === "waiting" ? (
          <>
            <Card aria-labelledby="answer-heading">
              <h2 id="answer-heading" className="mb-3 text-lg font-semibold">
                Your feedback
              </h2>
              <AnswerForm action={answerFeedbackAction} responseId={response.id} competencies={response.competencies} />
            </Card>
            <Card aria-labelledby="decline-heading">
              <h2 id="decline-heading" className="text-lg font-semibold">
                Not the right person?
              </h2>
              <p className="mb-3 mt-1 text-sm text-muted">If you have not worked closely enough with {response.requester} to say, decline: they will see that you will not answer.</p>
              <ButtonActionForm
                action={declineFeedbackAction}
                fields={{ responseId: response.id }}
                label="Decline"
                pendingLabel="Declining…"
                variant="secondary"
                confirmation={`Decline ${response.requester}'s request? You cannot answer it afterwards.`}
              />
            </Card>
          </>
        ) : response.status === "answered" ? (
          <Card aria-labelledby="answers-heading">
            <h2 id="answers-heading" className="text-lg font-semibold">
              Your answers
            </h2>
            <p className="text-xs text-muted">Sent on {response.at ? formatMoment(response.at, response.timeZone) : ""}.</p>
            <dl className="mt-3 space-y-3 text-sm">
              {response.competencies.map((competency) => (
                <div key={competency.key}>
                  <dt className="font-semibold">{competency.name}</dt>
                  <dd className="whitespace-pre-line">{textFor(competency.key) || <span className="text-muted">Left blank</span>}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ) : (
          <Card>
            <p className="text-sm">You declined this request{response.at ? ` on ${formatMoment(response.at, response.timeZone)}` : ""}.</p>
          </Card>
        )}
      </div>
    </>
  );
}
