import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePerson } from "@/lib/auth/session";
import { listAskedOfMe, type AskedOfMe } from "@/lib/feedback/queries";
import { formatMoment } from "@/lib/inductions/item-labels";

export const metadata = { title: "Feedback asked of you" };

const competencyNames = (item: AskedOfMe) => item.competencies.map((competency) => competency.name).join(", ");

export default async function FeedbackAskedOfMePage({ searchParams }: { searchParams: Promise<{ declined?: string }> }) {
  const actor = await requirePerson();
  const [{ timeZone, open, closed }, { declined }] = await Promise.all([listAskedOfMe(actor), searchParams]);
  return (
    <>
      <PageHeader
        title="Feedback asked of you"
        description="Colleagues who are new to leading ask how they are doing on a few competencies of their role. Honest, specific answers help them most."
      />
      {declined ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          You declined the request. Its author sees that you will not answer.
        </p>
      ) : null}
      <section aria-labelledby="open-heading" className="mb-8">
        <h2 id="open-heading" className="mb-3 text-lg font-semibold">
          Waiting for your answer ({open.length})
        </h2>
        {open.length === 0 ? (
          <Card>
            <p className="text-sm text-muted">No one is waiting for your feedback.</p>
          </Card>
        ) : (
          <ul className="space-y-3">
            {open.map((item) => (
              <li key={item.id}>
                <Card>
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 flex-1">
                      <h3 className="font-semibold">{item.requester} asks for your feedback</h3>
                      <p className="text-sm">On {competencyNames(item)}</p>
                      <p className="text-xs text-muted">
                        Asked on {formatMoment(item.askedAt, timeZone)} · {item.anonymous ? "Anonymous: your name is not shown" : "Named: your name is shown"}
                      </p>
                    </div>
                    <Link href={`/feedback/${item.id}`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
                      Answer<span className="sr-only"> {item.requester}</span>
                    </Link>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {closed.length > 0 ? (
        <section aria-labelledby="closed-heading">
          <h2 id="closed-heading" className="mb-3 text-lg font-semibold">
            Answered or declined ({closed.length})
          </h2>
          <Table caption="Requests you have answered or declined">
            <thead>
              <tr>
                <Th>Asked by</Th>
                <Th>Competencies</Th>
                <Th>What you did</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {closed.map((item) => (
                <tr key={item.id}>
                  <Td>
                    <Link href={`/feedback/${item.id}`} className="font-medium text-brand-700 underline">
                      {item.requester}
                    </Link>
                  </Td>
                  <Td>{competencyNames(item)}</Td>
                  <Td className="whitespace-nowrap">
                    <Badge className={item.status === "answered" ? "bg-emerald-100 text-emerald-900" : undefined}>{item.status === "answered" ? "Answered" : "Declined"}</Badge>
                    {item.at ? <span className="ml-2 text-xs text-muted">{formatMoment(item.at, timeZone)}</span> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
