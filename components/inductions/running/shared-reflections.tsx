import { Card } from "@/components/ui/card";
import type { InductionView } from "@/lib/inductions/induction-queries";
import { formatMoment } from "@/lib/inductions/item-labels";

/** The reflections the new leader chose to share with the viewer; HR reads none of them. */
export function SharedReflections({ view }: { view: InductionView }) {
  const { isManager, isSupporter } = view.viewer;
  return (
    <section id="reflections" aria-labelledby="reflections-heading" className="scroll-mt-4">
      <h2 id="reflections-heading" className="mb-3 text-lg font-semibold">
        {isManager || isSupporter ? "Reflections shared with you" : "Reflections"}
      </h2>
      {!isManager && !isSupporter ? (
        <p className="text-sm text-muted">Reflections belong to the new leader. They can share them with their manager or their coach or mentor; HR does not read them.</p>
      ) : view.reflections.length === 0 ? (
        <p className="text-sm text-muted">{view.person.name} has not shared a reflection with you yet.</p>
      ) : (
        <ul className="space-y-3">
          {view.reflections.map((reflection) => (
            <li key={reflection.id} id={`reflection-${reflection.id}`} className="scroll-mt-4">
              <Card>
                <h3 className="font-medium">{reflection.prompt}</h3>
                <p className="text-xs text-muted">
                  Written {formatMoment(reflection.createdAt, view.timeZone)}
                  {reflection.updatedAt.getTime() - reflection.createdAt.getTime() > 60_000 ? `, last changed ${formatMoment(reflection.updatedAt, view.timeZone)}` : ""}
                </p>
                <p className="mt-2 whitespace-pre-line text-sm">{reflection.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
