import Link from "next/link";
import { addGoalAction } from "@/app/(app)/me/plan/actions";
import { Card } from "@/components/ui/card";
import type { GoalChoices } from "@/lib/plans/queries";
import { LazyInlineActionButton } from "./lazy-controls";

/** How many suggestions the card shows; the goal form lists every competency. */
const SHOWN = 3;

function Intro({ choices }: { choices: GoalChoices }) {
  if (!choices.roleTitle) return <p className="mt-1 text-sm text-muted">Your role has no published charter yet, so there is nothing to suggest. Goals of your own are welcome.</p>;
  if (!choices.assessed) {
    return (
      <p className="mt-1 text-sm text-muted">
        Nothing is assessed yet, so these come from the {choices.roleTitle} charter in its order.{" "}
        <Link href="/me/assessment" className="text-brand-700 underline">
          Take your self-assessment
        </Link>{" "}
        to see where your largest gaps are.
      </p>
    );
  }
  return <p className="mt-1 text-sm text-muted">Competencies of the {choices.roleTitle} charter that are not goals yet, those furthest below what the role expects first.</p>;
}

export function GoalSuggestions({ choices }: { choices: GoalChoices }) {
  const shown = choices.suggestions.slice(0, SHOWN);
  const more = choices.suggestions.length - shown.length;
  return (
    <Card aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" className="text-lg font-semibold">
        Suggested goals
      </h2>
      <Intro choices={choices} />
      {choices.roleTitle && shown.length === 0 ? <p className="mt-3 text-sm">Every competency of your charter is already a goal.</p> : null}
      {shown.length > 0 ? (
        <ul className="mt-3 divide-y divide-slate-200">
          {shown.map((suggestion) => (
            <li key={suggestion.competencyKey} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{suggestion.competencyName}</p>
                <p className={suggestion.belowExpectation ? "text-sm text-red-800" : "text-sm text-muted"}>{suggestion.reason}</p>
              </div>
              <LazyInlineActionButton
                action={addGoalAction}
                fields={{ title: suggestion.competencyName, competencyKey: suggestion.competencyKey }}
                accessibleName={`Add as a goal: ${suggestion.competencyName}`}
              >
                Add as a goal
              </LazyInlineActionButton>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? <p className="mt-1 text-xs text-muted">{`${more} more in the list of competencies when you add a goal below.`}</p> : null}
    </Card>
  );
}
