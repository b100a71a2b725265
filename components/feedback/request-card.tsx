import { Badge, Card } from "@/components/ui/card";
import type { AnonymousFeedbackView, FeedbackTally, NamedFeedbackView, ResponseStatus } from "@/lib/feedback/anonymity";
import { ANONYMITY_THRESHOLD } from "@/lib/feedback/anonymity";
import type { OwnRequest } from "@/lib/feedback/queries";
import { formatMoment } from "@/lib/inductions/item-labels";

const STATUS_LABELS: Record<ResponseStatus, string> = { answered: "Answered", declined: "Declined", waiting: "Not answered yet" };
const STATUS_STYLES: Record<ResponseStatus, string> = {
  answered: "bg-emerald-100 text-emerald-900",
  declined: "bg-slate-200 text-slate-800",
  waiting: "bg-amber-100 text-amber-900",
};

function tallyText(tally: FeedbackTally): string {
  return `${tally.answered} of ${tally.asked} answered${tally.declined ? `, ${tally.declined} declined` : ""}`;
}

/** One of the leader's requests, with what they may see of its answers. */
export function RequestCard({ request, timeZone }: { request: OwnRequest; timeZone: string }) {
  const headingId = `request-heading-${request.id}`;
  const { view } = request;
  return (
    <Card id={`request-${request.id}`} aria-labelledby={headingId} className="scroll-mt-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-lg font-semibold">
            {request.competencies.map((competency) => competency.name).join(", ")}
          </h3>
          <p className="text-xs text-muted">
            Asked on {formatMoment(request.createdAt, timeZone)} · <span className="font-medium text-ink">{tallyText(view.tally)}</span>
          </p>
        </div>
        <Badge className={view.anonymous ? "bg-violet-100 text-violet-900" : "bg-sky-100 text-sky-900"}>{view.anonymous ? "Anonymous" : "Named"}</Badge>
      </div>
      {request.message ? <p className="mt-2 whitespace-pre-line border-l-4 border-slate-200 pl-3 text-sm text-muted">{request.message}</p> : null}
      <div className="mt-4">{view.anonymous ? <AnonymousAnswers view={view} /> : <NamedAnswers view={view} timeZone={timeZone} />}</div>
    </Card>
  );
}

function NamedAnswers({ view, timeZone }: { view: NamedFeedbackView; timeZone: string }) {
  const answered = view.tally.answered > 0;
  return (
    <div className="space-y-4">
      <div>
        <h4 className="text-sm font-semibold">Who you asked</h4>
        <ul className="mt-1 flex flex-wrap gap-2 text-sm">
          {view.people.map((person) => (
            <li key={person.id} className="flex items-center gap-1">
              {person.name} <Badge className={STATUS_STYLES[person.status]}>{STATUS_LABELS[person.status]}</Badge>
            </li>
          ))}
        </ul>
      </div>
      {answered ? (
        view.competencies.map((competency) => (
          <section key={competency.key} aria-label={`Answers on ${competency.name}`}>
            <h4 className="text-sm font-semibold">{competency.name}</h4>
            {competency.answers.length === 0 ? (
              <p className="text-sm text-muted">No one has written about this competency yet.</p>
            ) : (
              <ul className="mt-1 space-y-2">
                {competency.answers.map((answer) => (
                  <li key={`${answer.name}-${answer.answeredAt.toISOString()}`} className="rounded-md bg-slate-50 p-3 text-sm">
                    <p className="whitespace-pre-line">{answer.text}</p>
                    <p className="mt-1 text-xs text-muted">
                      {answer.name}, {formatMoment(answer.answeredAt, timeZone)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      ) : (
        <p className="text-sm text-muted">No answers yet. Each one appears here, with its author&apos;s name, as soon as it is sent.</p>
      )}
    </div>
  );
}

function AnonymousAnswers({ view }: { view: AnonymousFeedbackView }) {
  if (!view.shown) {
    return (
      <p className="text-sm text-muted">
        {view.reachable
          ? `The answers stay hidden until at least ${ANONYMITY_THRESHOLD} colleagues have answered, so that no one can be recognised: ${view.tally.answered} so far.`
          : `Fewer than ${ANONYMITY_THRESHOLD} colleagues answered and no more can, so these answers stay hidden to protect who wrote them.`}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        {view.tally.answered} colleagues answered. Their answers are shown without names, in alphabetical order rather than the order they arrived.
      </p>
      {view.competencies.map((competency) => (
        <section key={competency.key} aria-label={`Answers on ${competency.name}`}>
          <h4 className="text-sm font-semibold">{competency.name}</h4>
          {competency.texts.length === 0 ? (
            <p className="text-sm text-muted">No one wrote about this competency.</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {competency.texts.map((text, index) => (
                <li key={index} className="whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm">
                  {text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
