import { format } from "date-fns";
import { acknowledgeCharterAction } from "@/app/(app)/me/charter/actions";
import { ButtonActionForm } from "@/components/ui/button-action-form";
import { Card } from "@/components/ui/card";

type Acknowledgement = { number: number; acknowledgedAt: Date } | null;

/** The leader's "I have read my charter": offered until they acknowledge the latest version, and again when a newer one is published. */
export function AcknowledgementCard({ version, acknowledgement }: { version: { id: string; number: number }; acknowledgement: Acknowledgement }) {
  const current = acknowledgement?.number === version.number;
  return (
    <Card id="acknowledge" aria-labelledby="acknowledge-heading" className="scroll-mt-4">
      <h2 id="acknowledge-heading" className="text-lg font-semibold">
        Acknowledge your charter
      </h2>
      {acknowledgement ? (
        <p className="mt-2 text-sm">
          You acknowledged version {acknowledgement.number} on {format(acknowledgement.acknowledgedAt, "d MMMM yyyy")}.
          {current ? " Thank you: your manager and HR can see that you have read it." : null}
        </p>
      ) : null}
      {current ? null : (
        <>
          <p className="mb-4 mt-2 text-sm text-muted">
            {acknowledgement
              ? `HR has since published version ${version.number}. Please read it through and acknowledge it.`
              : "When you have read your charter, say so here. Your acknowledgement is recorded with the version and the date."}
          </p>
          <ButtonActionForm action={acknowledgeCharterAction} fields={{ charterVersionId: version.id }} label="I have read my charter" pendingLabel="Recording…" />
        </>
      )}
    </Card>
  );
}
