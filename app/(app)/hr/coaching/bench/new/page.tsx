import { KindExplainer } from "@/components/coaching/kind-explainer";
import { SupporterForm } from "@/components/coaching/supporter-form";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listBenchNewcomers, listStrengthOptions } from "@/lib/coaching/queries";
import { addSupporterAction } from "../../actions";

export const metadata = { title: "Add to the bench" };

export default async function AddToBenchPage() {
  const actor = await requireRole("HR_ADMIN");
  const [people, strengthOptions] = await Promise.all([listBenchNewcomers(actor.organisationId), listStrengthOptions(actor.organisationId)]);
  return (
    <>
      <BackLink href="/hr/coaching">Coaching and mentoring</BackLink>
      <PageHeader title="Add to the bench" description="Someone who wears the Coach or mentor hat: what they offer, how many people they can support at once, and what they are strongest in." />
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          {people.length === 0 ? (
            <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
              Everyone who wears the Coach or mentor hat is on the bench already. Give someone the hat on the People page to add them.
            </p>
          ) : null}
          <SupporterForm action={addSupporterAction} people={people} strengthOptions={strengthOptions} />
        </Card>
        <KindExplainer />
      </div>
    </>
  );
}
