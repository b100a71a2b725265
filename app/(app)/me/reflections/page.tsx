import { ReflectionForm } from "@/components/inductions/running/reflection-form";
import { StatusBadge } from "@/components/inductions/running/status-badge";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getOwnInduction, type ReflectionView } from "@/lib/inductions/induction-queries";
import { formatDay, formatMoment } from "@/lib/inductions/item-labels";

export const metadata = { title: "My reflections" };

function sharedWith(reflection: ReflectionView, manager: string | undefined, supporter: string | undefined) {
  const readers = [reflection.sharedWithManager && manager ? manager : null, reflection.sharedWithSupporter && supporter ? supporter : null].filter(Boolean);
  return readers.length ? `Shared with ${readers.join(" and ")}.` : "Private to you.";
}

export default async function MyReflectionsPage() {
  const actor = await requireRole("LEADER");
  const induction = await getOwnInduction(actor);
  const header = (
    <>
      <BackLink href="/me">My transition</BackLink>
      <PageHeader
        title="My reflections"
        description="Write against the prompts of your induction. Each reflection is private to you until you choose to share it with your manager or your coach or mentor; HR does not read them."
      />
    </>
  );
  if (!induction) {
    return (
      <>
        {header}
        <Card>
          <p className="text-sm text-muted">HR has not enrolled you in an induction yet, so there are no prompts to reflect on.</p>
        </Card>
      </>
    );
  }

  const prompts = induction.phases.flatMap((phase) => phase.items.filter((item) => item.kind === "REFLECTION").map((item) => ({ item, phase: phase.name })));
  const mine = induction.reflections.filter((reflection) => reflection.mine);
  const promptIds = new Set(prompts.map(({ item }) => item.id));
  // Reflections whose prompt HR has since removed from the induction are still the leader's.
  const orphans = mine.filter((reflection) => !reflection.itemId || !promptIds.has(reflection.itemId));
  const people = { manager: induction.manager, supporter: induction.supporter };

  return (
    <>
      {header}
      {prompts.length === 0 && orphans.length === 0 ? (
        <Card>
          <p className="text-sm text-muted">Your induction has no reflection prompts yet.</p>
        </Card>
      ) : null}
      <ul className="space-y-6">
        {prompts.map(({ item, phase }) => {
          const reflection = mine.find((entry) => entry.itemId === item.id);
          return (
            <li key={item.id} id={`prompt-${item.id}`} className="scroll-mt-4">
              <Card aria-labelledby={`prompt-heading-${item.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0 flex-1">
                    <h2 id={`prompt-heading-${item.id}`} className="text-lg font-semibold">
                      {item.title}
                    </h2>
                    <p className="text-xs text-muted">
                      {phase} · due {formatDay(item.dueDate)}
                    </p>
                  </div>
                  <StatusBadge item={item} />
                </div>
                {item.guidance ? <p className="mt-2 whitespace-pre-line text-sm text-muted">{item.guidance}</p> : null}
                {reflection ? (
                  <p className="mt-2 text-sm">
                    Written {formatMoment(reflection.createdAt, induction.timeZone)}. {sharedWith(reflection, induction.manager?.name, induction.supporter?.name)}
                  </p>
                ) : null}
                <div className="mt-4">
                  <ReflectionForm prompt={{ id: item.id }} item={{ id: item.id, version: item.version }} reflection={reflection} {...people} />
                </div>
              </Card>
            </li>
          );
        })}
        {orphans.map((reflection) => (
          <li key={reflection.id} id={`reflection-${reflection.id}`} className="scroll-mt-4">
            <Card aria-labelledby={`orphan-heading-${reflection.id}`}>
              <h2 id={`orphan-heading-${reflection.id}`} className="text-lg font-semibold">
                {reflection.prompt}
              </h2>
              <p className="mt-1 text-sm">
                Written {formatMoment(reflection.createdAt, induction.timeZone)}; the prompt is no longer in your plan. {sharedWith(reflection, induction.manager?.name, induction.supporter?.name)}
              </p>
              <div className="mt-4">
                <ReflectionForm prompt={{ id: reflection.id }} reflection={reflection} {...people} />
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
