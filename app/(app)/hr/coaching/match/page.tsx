import Link from "next/link";
import { notFound } from "next/navigation";
import { StartRelationshipForm } from "@/components/coaching/start-relationship-form";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { monthsLater } from "@/lib/coaching/dates";
import { KIND_DESCRIPTIONS, KIND_LABELS, SUPPORTER_NOUNS } from "@/lib/coaching/labels";
import { firstName } from "@/lib/coaching/matching";
import { getMatch, type MatchView } from "@/lib/coaching/queries";
import { matchQuerySchema } from "@/lib/coaching/schemas";
import { orNotFound } from "@/lib/db/or-not-found";

export const metadata = { title: "Find a coach or mentor" };

/** The usual length of a relationship, which the start form proposes. */
const USUAL_MONTHS = 6;

const RATED_BY = { MANAGER: "manager", SELF: "self-assessment" } as const;

function GapsCard({ match }: { match: MatchView }) {
  const first = firstName(match.leader.name);
  const { result } = match;
  return (
    <Card aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" className="text-lg font-semibold">
        Where {first} is below expectation
      </h2>
      {!result.assessed ? (
        <p className="mt-2 text-sm text-muted">
          {first} has not been assessed yet{match.measuredAgainst ? "" : ", and their role has no published charter to assess against"}, so suggestions are ranked by places free.
        </p>
      ) : result.gaps.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{first} meets every expectation assessed so far, so suggestions are ranked by places free.</p>
      ) : (
        <>
          <p className="mt-1 mb-3 text-sm text-muted">
            {result.totalGap} points below expectation in all, from the latest ratings against the {match.measuredAgainst}.
          </p>
          <Table caption={`${match.leader.name}'s gaps: each competency with the level expected, the latest rating and the gap`}>
            <thead>
              <tr>
                <Th>Competency</Th>
                <Th>Expected</Th>
                <Th>Rated</Th>
                <Th className="text-right">Gap</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {match.details.map((gap) => (
                <tr key={gap.competencyKey}>
                  <Th scope="row" className="bg-white font-medium">
                    {gap.competencyName}
                  </Th>
                  <Td>{gap.expected}</Td>
                  <Td>
                    {gap.rated} <span className="text-xs text-muted">({RATED_BY[gap.ratedBy]})</span>
                  </Td>
                  <Td className="text-right tabular-nums">{gap.gap}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}

export default async function MatchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole("HR_ADMIN");
  const query = matchQuerySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const { person, kind } = query.data;
  const match = await orNotFound(getMatch(actor, person, kind));
  const { result, leader } = match;
  const noun = SUPPORTER_NOUNS[kind];
  const other = kind === "COACHING" ? "MENTORING" : "COACHING";
  const endOn = monthsLater(match.today, USUAL_MONTHS);

  return (
    <>
      <BackLink href="/hr/coaching">Coaching and mentoring</BackLink>
      <PageHeader title={`A ${noun} for ${leader.name}`} description={`${KIND_LABELS[kind]} ${KIND_DESCRIPTIONS[kind].charAt(0).toLowerCase()}${KIND_DESCRIPTIONS[kind].slice(1)}`} />
      <p className="-mt-4 mb-6 text-sm">
        <Link href={`/hr/coaching/match?person=${leader.id}&kind=${other}`} className="text-brand-700 underline">
          Find a {SUPPORTER_NOUNS[other]} for {leader.name} instead
        </Link>
      </p>
      <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="suggestions-heading" className="space-y-4">
          <h2 id="suggestions-heading" className="text-lg font-semibold">
            Suggestions
          </h2>
          {result.suggestions.length === 0 ? (
            <Card>
              <p className="text-sm text-muted">
                Nobody on the bench can take {firstName(leader.name)} on for {KIND_LABELS[kind].toLowerCase()} at the moment. Add people to the bench, or raise someone&apos;s capacity.
              </p>
            </Card>
          ) : (
            <ol className="space-y-4">
              {result.suggestions.map((suggestion, index) => (
                <li key={suggestion.personId}>
                  <Card aria-labelledby={`suggestion-${suggestion.personId}`} className="space-y-3">
                    <h3 id={`suggestion-${suggestion.personId}`} className="font-semibold">
                      {index + 1}. {suggestion.name}
                    </h3>
                    <p className="text-sm">{suggestion.explanation}</p>
                    {suggestion.about ? <p className="text-sm text-muted">{suggestion.about}</p> : null}
                    <details className="rounded-md border border-slate-200 p-3" open={index === 0}>
                      <summary className="cursor-pointer text-sm font-medium">Agree goals and dates with {suggestion.name}</summary>
                      <div className="mt-3">
                        <StartRelationshipForm leaderId={leader.id} supporter={{ id: suggestion.personId, name: suggestion.name }} kind={kind} startOn={match.today} endOn={endOn} />
                      </div>
                    </details>
                  </Card>
                </li>
              ))}
            </ol>
          )}
        </section>
        <div className="space-y-6">
          <GapsCard match={match} />
          {result.excluded.length > 0 ? (
            <Card aria-labelledby="excluded-heading">
              <h2 id="excluded-heading" className="text-lg font-semibold">
                Not suggested
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {result.excluded.map((person) => (
                  <li key={person.personId}>{person.reason}</li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
